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
 * Declares a serverless replication: its type, the source tables and their sizes, the engines.
 *
 * <pre>{@code
 * .replication("orders", r -> r.type(FULL_LOAD_AND_CDC).table("public.orders", 2_000_000))
 * }</pre>
 * In Groovy: {@code replication('orders') { type FULL_LOAD_AND_CDC; table 'public.orders', rows: 2_000_000 }}
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReplicationSpec {

    private ReplicationType type = ReplicationType.FULL_LOAD_AND_CDC;
    private final List<Table> tables = new ArrayList<>();
    private String sourceEngine = "postgres";
    private String targetEngine = "postgres";
    private int maxCapacityUnits = 16;

    ReplicationSpec() {}

    /** {@code full-load}, {@code cdc} or {@code full-load-and-cdc} (the default). */
    public ReplicationSpec type(ReplicationType type) {
        this.type = type;
        return this;
    }

    /** The same, from the DMS word: {@code "full-load"}. */
    public ReplicationSpec type(String type) {
        return type(ReplicationType.parse(type));
    }

    /** A source table ({@code schema.table}) and its row count. */
    public ReplicationSpec table(String name, long rows) {
        tables.add(new Table(name, rows));
        return this;
    }

    /** Groovy: {@code table 'public.orders', rows: 2_000_000}. */
    public ReplicationSpec table(Map<String, Object> named, String name) {
        return table(name, Named.requireLong(named, "rows", "table '" + name + "'"));
    }

    /** The engine of the source endpoint created for it (default {@code postgres}). */
    public ReplicationSpec sourceEngine(String engine) {
        this.sourceEngine = engine;
        return this;
    }

    /** The engine of the target endpoint created for it (default {@code postgres}). */
    public ReplicationSpec targetEngine(String engine) {
        this.targetEngine = engine;
        return this;
    }

    /** DMS capacity units of the ComputeConfig (default 16). */
    public ReplicationSpec maxCapacityUnits(int units) {
        this.maxCapacityUnits = units;
        return this;
    }

    Resource.Replication build(String name, Source source) {
        return new Resource.Replication(name, type, tables, sourceEngine, targetEngine, maxCapacityUnits, source);
    }
}
