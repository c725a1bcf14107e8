package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.TableSpec;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * One table of a replication at one moment, as DescribeReplicationTableStatistics shows it, plus what the
 * wire shape has no member for (the message of a table error).
 *
 * <pre>{@code
 * TableView orders = record.tablesAt(now).get(0);
 * orders.state();            // "Full load"
 * orders.toSdk(false);       // the TableStatistics DMS would send
 * }</pre>
 *
 * @param state a DMS table state, e.g. {@link #FULL_LOAD}
 * @param reloaded whether the rows come from a ReloadReplicationTables reload (FullLoadReloaded)
 */
public record TableView(
        TableSpec table,
        String state,
        long fullLoadRows,
        Optional<Instant> loadStartedAt,
        Optional<Instant> loadFinishedAt,
        boolean reloaded,
        Changes changes,
        Optional<Instant> lastUpdate,
        Optional<String> errorMessage) {

    /** Inserts, updates and deletes CDC applied to the table in this run. */
    public record Changes(long inserts, long updates, long deletes) {
        public static final Changes NONE = new Changes(0, 0, 0);
    }

    public static final String BEFORE_LOAD = "Before load";
    public static final String FULL_LOAD = "Full load";
    public static final String COMPLETED = "Table completed";
    public static final String CANCELLED = "Table cancelled";
    public static final String ERROR = "Table error";
    public static final String BEING_RELOADED = "Table is being reloaded";

    /** The SDK shape; validation is not simulated beyond its state, so its record counts are zero. */
    public TableStatistics toSdk(boolean validationEnabled) {
        return TableStatistics.builder()
                .schemaName(table.schema())
                .tableName(table.name())
                .inserts(changes.inserts())
                .updates(changes.updates())
                .deletes(changes.deletes())
                .ddls(0L)
                .fullLoadRows(fullLoadRows)
                .fullLoadCondtnlChkFailedRows(0L)
                .fullLoadErrorRows(0L)
                .fullLoadStartTime(loadStartedAt.orElse(null))
                .fullLoadEndTime(loadFinishedAt.orElse(null))
                .fullLoadReloaded(reloaded)
                .lastUpdateTime(lastUpdate.orElse(null))
                .tableState(state)
                .validationPendingRecords(0L)
                .validationFailedRecords(0L)
                .validationSuspendedRecords(0L)
                .validationState(validationState(validationEnabled))
                .build();
    }

    private String validationState(boolean enabled) {
        if (!enabled) {
            return "Not enabled";
        }
        if (state.equals(ERROR)) {
            return ERROR;
        }
        return state.equals(COMPLETED) ? "Validated" : "Pending records";
    }
}
