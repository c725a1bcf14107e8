package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.ServiceError;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.databasemigration.model.ReloadOptionValue;
import software.amazon.awssdk.services.databasemigration.model.TableToReload;

/**
 * What ReloadReplicationTables and ReloadTables both read from a request: the reload option (default
 * {@code data-reload}) and the tables to reload, which must be among the tables the running run selected
 * (InvalidParameterValueException otherwise; names match case-insensitively, repeats count once).
 */
public final class TableReloads {

    private TableReloads() {}

    public static ReloadOptionValue option(String requested) {
        if (requested == null) {
            return ReloadOptionValue.DATA_RELOAD;
        }
        ReloadOptionValue option = ReloadOptionValue.fromValue(requested);
        if (option == ReloadOptionValue.UNKNOWN_TO_SDK_VERSION) {
            throw ServiceError.invalidParameterValue(
                    "Invalid ReloadOption '" + requested + "'. Valid values: data-reload | validate-only");
        }
        return option;
    }

    /**
     * @param name how messages name the resource, e.g. {@code replication task orders}
     */
    public static List<TableSpec> tables(RunHistory history, List<TableToReload> requested, String name) {
        if (requested.isEmpty()) {
            throw ServiceError.invalidParameterValue("TablesToReload must name at least one table");
        }
        List<TableSpec> running = history.current().orElseThrow().plan().load().tables();
        List<TableSpec> tables = new ArrayList<>();
        for (TableToReload wanted : requested) {
            TableSpec table = running.stream()
                    .filter(t -> t.schema().equalsIgnoreCase(wanted.schemaName())
                            && t.name().equalsIgnoreCase(wanted.tableName()))
                    .findFirst()
                    .orElseThrow(() -> ServiceError.invalidParameterValue("Table " + wanted.schemaName() + "."
                            + wanted.tableName() + " is not selected by the table mappings of " + name));
            if (!tables.contains(table)) {
                tables.add(table);
            }
        }
        return tables;
    }
}
