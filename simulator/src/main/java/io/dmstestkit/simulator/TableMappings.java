package io.dmstestkit.simulator;

import io.dmstestkit.simulator.internal.progress.TableSelection;
import java.util.List;
import org.apiguardian.api.API;

/**
 * DMS table-mapping documents for tests: the {@code TableMappings} of a replication config, or the
 * {@code SelectionRules} of a data migration.
 *
 * <pre>{@code
 * String mappings = TableMappings.selecting(List.of(TableSpec.of("public", "orders", 2_000_000)));
 * String everything = TableMappings.everything();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TableMappings {

    private TableMappings() {}

    /** One include selection rule per table. */
    public static String selecting(List<TableSpec> tables) {
        return TableSelection.mappingFor(tables);
    }

    /** One rule selecting every table of every schema ({@code %.%}). */
    public static String everything() {
        return TableSelection.mappingFor(List.of(TableSpec.of("%", "%", 0)));
    }
}
