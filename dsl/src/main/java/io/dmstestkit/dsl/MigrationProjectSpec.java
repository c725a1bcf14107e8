package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Declares a migration project on its own, for schema conversion without a data migration; its instance
 * profile and data providers are created for it, and its tables are the source the metadata model is read
 * from.
 *
 * <pre>{@code
 * .migrationProject("hr", p -> p.engine("postgres").table("hr.employees", 200_000))
 * .convertMetadataModel("hr")
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class MigrationProjectSpec {

    private final List<Table> tables = new ArrayList<>();
    private String engine = "postgres";

    MigrationProjectSpec() {}

    /** A source table (with its rows) whose schema the metadata-model steps select. */
    public MigrationProjectSpec table(String name, long rows) {
        tables.add(new Table(name, rows));
        return this;
    }

    /** Groovy: {@code table 'hr.employees', rows: 200_000}. */
    public MigrationProjectSpec table(Map<String, Object> named, String name) {
        return table(name, Named.requireLong(named, "rows", "table '" + name + "'"));
    }

    /** The engine of both data providers (default {@code postgres}). */
    public MigrationProjectSpec engine(String engine) {
        this.engine = engine;
        return this;
    }

    Resource.MigrationProject build(String name, Source source) {
        return new Resource.MigrationProject(name, tables, engine, source);
    }
}
