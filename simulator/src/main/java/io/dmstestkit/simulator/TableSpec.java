package io.dmstestkit.simulator;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A source table the simulator pretends to migrate: its schema, name and row count. Row counts drive how
 * long the full load takes.
 *
 * <pre>{@code
 * TableSpec orders = TableSpec.of("public", "orders", 2_000_000);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public record TableSpec(String schema, String name, long rows) {

    public TableSpec {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        if (rows < 0) {
            throw new IllegalArgumentException(
                    "rows must not be negative, was " + rows + " for " + schema + "." + name);
        }
    }

    public static TableSpec of(String schema, String name, long rows) {
        return new TableSpec(schema, name, rows);
    }

    /** Parses {@code schema.table}; a name without a dot gets the schema {@code public}. */
    public static TableSpec parse(String qualifiedName, long rows) {
        int dot = qualifiedName.indexOf('.');
        return dot < 0
                ? new TableSpec("public", qualifiedName, rows)
                : new TableSpec(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1), rows);
    }

    /** {@code schema.name}. */
    public String qualifiedName() {
        return schema + "." + name;
    }
}
