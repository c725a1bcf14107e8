package io.dmstestkit.simulator.internal.run;

import java.util.List;

/**
 * How many of a run's tables are in each state at one moment: the counts every kind reports
 * ({@code ReplicationStats}, {@code DataMigrationStatistics}, {@code ReplicationTaskStats}). Tables whose
 * load was cut by a stop count as queued (a resume loads them again); a table being reloaded counts as
 * loading.
 *
 * <pre>{@code
 * TableCounts counts = TableCounts.of(run.tablesAt(now));
 * counts.loading();   // 3
 * }</pre>
 */
public record TableCounts(int loaded, int loading, int queued, int errored) {

    public static TableCounts of(List<TableView> tables) {
        if (tables instanceof RunTables run) {
            return run.counts(); // from the load plan when it alone decides, without a view per table
        }
        return count(tables);
    }

    static TableCounts count(List<TableView> tables) {
        return new TableCounts(
                count(tables, TableView.COMPLETED),
                count(tables, TableView.FULL_LOAD, TableView.BEING_RELOADED),
                count(tables, TableView.BEFORE_LOAD, TableView.CANCELLED),
                count(tables, TableView.ERROR));
    }

    private static int count(List<TableView> tables, String... states) {
        List<String> wanted = List.of(states);
        int count = 0;
        for (TableView table : tables) {
            count += wanted.contains(table.state()) ? 1 : 0;
        }
        return count;
    }
}
