package io.dmstestkit.simulator.internal.progress;

import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.Timings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * When each table of a full load starts and finishes, planned once when the load starts. Tables load
 * {@link Timings#parallelTables()} at a time, in order; each takes {@link Timings#tableSetup()} plus its
 * rows at {@link Timings#fullLoadRowsPerSecond()}. Everything else (percent, rows, table counts) is a
 * function of the virtual time it is asked for.
 *
 * <p>What every read needs (the finish, the moments the counts change, a table's plan) is worked out once
 * here, so a read costs the same for 40,000 tables as for 4.
 */
public final class FullLoadPlan {

    /** One table's place in the plan. Rows flow linearly from {@code rowsFrom} to {@code finishesAt}. */
    public record TablePlan(TableSpec table, Instant startsAt, Instant rowsFrom, Instant finishesAt) {

        public long rowsLoadedAt(Instant now) {
            if (!now.isAfter(rowsFrom)) {
                return 0;
            }
            if (!now.isBefore(finishesAt)) {
                return table.rows();
            }
            double fraction = (double) Duration.between(rowsFrom, now).toNanos()
                    / Duration.between(rowsFrom, finishesAt).toNanos();
            return Math.min(table.rows(), (long) Math.floor(table.rows() * fraction));
        }

        public TableLoadState stateAt(Instant now) {
            if (now.isBefore(startsAt)) {
                return TableLoadState.QUEUED;
            }
            return now.isBefore(finishesAt) ? TableLoadState.LOADING : TableLoadState.LOADED;
        }
    }

    /** Where a table is in the full load. */
    public enum TableLoadState {
        QUEUED,
        LOADING,
        LOADED
    }

    /** How many tables are in each state at one moment. */
    public record Counts(int loaded, int loading, int queued) {}

    private final Instant start;
    private final List<TablePlan> tables;
    private final long totalRows;
    private final Instant finishesAt;
    // Every table start and finish, sorted and without repeats: the next change is a binary search away.
    private final Instant[] changes;
    // A table listed twice keeps its first plan, as a search of the list in order would find it.
    private final Map<TableSpec, TablePlan> byTable;

    private FullLoadPlan(Instant start, List<TablePlan> tables) {
        this.start = start;
        this.tables = List.copyOf(tables);
        // Plain loops and one array sort: this runs once per start over every table (up to 40,000).
        long rows = 0;
        Instant last = null;
        Instant[] moments = new Instant[tables.size() * 2];
        int i = 0;
        for (TablePlan plan : tables) {
            rows += plan.table().rows();
            last = last == null || plan.finishesAt().isAfter(last) ? plan.finishesAt() : last;
            moments[i++] = plan.startsAt();
            moments[i++] = plan.finishesAt();
        }
        this.totalRows = rows;
        this.finishesAt = last == null ? start : last;
        this.changes = distinctSorted(moments);
        this.byTable = new HashMap<>(tables.size() * 2);
        for (TablePlan plan : tables) {
            byTable.putIfAbsent(plan.table(), plan);
        }
    }

    private static Instant[] distinctSorted(Instant[] moments) {
        Arrays.sort(moments);
        int distinct = 0;
        for (Instant moment : moments) {
            if (distinct == 0 || !moment.equals(moments[distinct - 1])) {
                moments[distinct++] = moment;
            }
        }
        return distinct == moments.length ? moments : Arrays.copyOf(moments, distinct);
    }

    /** Plans the load of {@code tables} from {@code start}. */
    public static FullLoadPlan schedule(List<TableSpec> tables, Instant start, Timings timings) {
        PriorityQueue<Instant> freeSlots = new PriorityQueue<>();
        for (int i = 0; i < timings.parallelTables(); i++) {
            freeSlots.add(start);
        }
        List<TablePlan> plans = new ArrayList<>();
        for (TableSpec table : tables) {
            Instant startsAt = freeSlots.poll();
            Instant rowsFrom = startsAt.plus(timings.tableSetup());
            Duration rowsTime = Duration.ofNanos(Math.round(table.rows() * 1e9 / timings.fullLoadRowsPerSecond()));
            Instant finishesAt = rowsFrom.plus(rowsTime);
            plans.add(new TablePlan(table, startsAt, rowsFrom, finishesAt));
            freeSlots.add(finishesAt);
        }
        return new FullLoadPlan(start, plans);
    }

    public Instant start() {
        return start;
    }

    public List<TablePlan> tables() {
        return tables;
    }

    public long totalRows() {
        return totalRows;
    }

    /** When the last table finishes (the start itself when there is nothing to load). */
    public Instant finishesAt() {
        return finishesAt;
    }

    /** The plan of {@code table} in this load; empty when the load does not include it. */
    public Optional<TablePlan> planOf(TableSpec table) {
        return Optional.ofNullable(byTable.get(table));
    }

    public boolean isFinishedAt(Instant now) {
        return !now.isBefore(finishesAt());
    }

    public long rowsLoadedAt(Instant now) {
        long rows = 0;
        for (TablePlan table : tables) {
            rows += table.rowsLoadedAt(now);
        }
        return rows;
    }

    /** Whole percent of rows loaded; 100 only once every table has finished. */
    public int percentAt(Instant now) {
        if (isFinishedAt(now)) {
            return 100;
        }
        if (totalRows == 0) {
            return 0;
        }
        return (int) Math.min(99, rowsLoadedAt(now) * 100 / totalRows);
    }

    public Counts countsAt(Instant now) {
        int loaded = 0;
        int loading = 0;
        int queued = 0;
        for (TablePlan table : tables) {
            switch (table.stateAt(now)) {
                case LOADED -> loaded++;
                case LOADING -> loading++;
                case QUEUED -> queued++;
            }
        }
        return new Counts(loaded, loading, queued);
    }

    /** The first moment the load reaches {@code percent} (0–100), found by bisection over virtual time. */
    public Instant timeAtPercent(int percent) {
        if (percent <= 0) {
            return start;
        }
        if (percent >= 100) {
            return finishesAt();
        }
        long low = 0;
        long high = Duration.between(start, finishesAt()).toMillis();
        while (low < high) {
            long mid = (low + high) >>> 1;
            if (percentAt(start.plusMillis(mid)) >= percent) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return start.plusMillis(low);
    }

    /** The next table start or finish strictly after {@code now}: the moments the counts change. */
    public Optional<Instant> nextChangeAfter(Instant now) {
        int found = Arrays.binarySearch(changes, now);
        int next = found >= 0 ? found + 1 : -found - 1;
        return next < changes.length ? Optional.of(changes[next]) : Optional.empty();
    }
}
