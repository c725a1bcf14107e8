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
 * Declares a homogeneous data migration; its instance profile, data providers and migration project
 * are created for it.
 *
 * <pre>{@code
 * .dataMigration("customers", d -> d.type(FULL_LOAD).table("public.customers", 50_000))
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DataMigrationSpec {

    private ReplicationType type = ReplicationType.FULL_LOAD_AND_CDC;
    private final List<Table> tables = new ArrayList<>();
    private String engine = "postgres";

    DataMigrationSpec() {}

    public DataMigrationSpec type(ReplicationType type) {
        this.type = type;
        return this;
    }

    public DataMigrationSpec type(String type) {
        return type(ReplicationType.parse(type));
    }

    public DataMigrationSpec table(String name, long rows) {
        tables.add(new Table(name, rows));
        return this;
    }

    /** Groovy: {@code table 'public.customers', rows: 50_000}. */
    public DataMigrationSpec table(Map<String, Object> named, String name) {
        return table(name, Named.requireLong(named, "rows", "table '" + name + "'"));
    }

    /** The engine of both data providers (default {@code postgres}). */
    public DataMigrationSpec engine(String engine) {
        this.engine = engine;
        return this;
    }

    Resource.DataMigration build(String name, Source source) {
        return new Resource.DataMigration(name, type, tables, engine, source);
    }
}
