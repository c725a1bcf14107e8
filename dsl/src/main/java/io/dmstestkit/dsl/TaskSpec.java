package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.ReplicationType;
import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Declares a classic replication task: its migration type, the source tables and their sizes, the replication
 * instance it runs on and its endpoints. What it does not name is created for it: an instance
 * {@code <task>-instance} (awaited until {@code available}) and endpoints {@code <task>-source} and
 * {@code <task>-target}.
 *
 * <pre>{@code
 * .task("orders", t -> t.type(FULL_LOAD_AND_CDC).table("public.orders", 2_000_000).instance("shared"))
 * }</pre>
 * In Groovy: {@code task('orders') { type FULL_LOAD_AND_CDC; table 'public.orders', rows: 2_000_000 }}
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TaskSpec {

    private ReplicationType type = ReplicationType.FULL_LOAD_AND_CDC;
    private final List<Table> tables = new ArrayList<>();
    private String instance;
    private String sourceEndpoint;
    private String targetEndpoint;
    private String sourceEngine = "postgres";
    private String targetEngine = "postgres";

    TaskSpec() {}

    /** The MigrationType: {@code full-load}, {@code cdc} or {@code full-load-and-cdc} (the default). */
    public TaskSpec type(ReplicationType type) {
        this.type = type;
        return this;
    }

    /** The same, from the DMS word: {@code "full-load"}. */
    public TaskSpec type(String type) {
        return type(ReplicationType.parse(type));
    }

    /** A source table ({@code schema.table}) and its row count. */
    public TaskSpec table(String name, long rows) {
        tables.add(new Table(name, rows));
        return this;
    }

    /** Groovy: {@code table 'public.orders', rows: 2_000_000}. */
    public TaskSpec table(Map<String, Object> named, String name) {
        return table(name, Named.requireLong(named, "rows", "table '" + name + "'"));
    }

    /**
     * Several tables at once, in order: {@code tables(Map.of("public.orders", 2_000_000))}; Groovy
     * {@code tables 'public.orders': 2_000_000}, YAML {@code tables: { public.orders: 2000000 }}.
     */
    public TaskSpec tables(Map<String, ? extends Number> rowsByTable) {
        rowsByTable.forEach((name, rows) -> table(name, rows.longValue()));
        return this;
    }

    /** The replication instance it runs on, declared with {@code instance(...)} or created with defaults. */
    public TaskSpec instance(String instanceName) {
        this.instance = instanceName;
        return this;
    }

    /** An existing source endpoint (its identifier) instead of one created for the task. */
    public TaskSpec sourceEndpoint(String endpointIdentifier) {
        this.sourceEndpoint = endpointIdentifier;
        return this;
    }

    /** An existing target endpoint (its identifier) instead of one created for the task. */
    public TaskSpec targetEndpoint(String endpointIdentifier) {
        this.targetEndpoint = endpointIdentifier;
        return this;
    }

    /** The engine of the source endpoint created for it (default {@code postgres}). */
    public TaskSpec sourceEngine(String engine) {
        this.sourceEngine = engine;
        return this;
    }

    /** The engine of the target endpoint created for it (default {@code postgres}). */
    public TaskSpec targetEngine(String engine) {
        this.targetEngine = engine;
        return this;
    }

    Resource.Task build(String name, Source source) {
        return new Resource.Task(
                name, type, tables, instance, sourceEndpoint, targetEndpoint, sourceEngine, targetEngine, source);
    }
}
