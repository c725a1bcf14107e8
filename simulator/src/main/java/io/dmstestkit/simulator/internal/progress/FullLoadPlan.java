package io.dmstestkit.simulator.internal.progress;

import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.Timings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * When each table of a full load starts and finishes, planned once when the load starts. Tables load
 * {@link Timings#parallelTables()} at a time, in order; each takes {@link Timings#tableSetup()} plus its
 * rows at {@link Timings#fullLoadRowsPerSecond()}. Everything else (percent, rows, table counts) is a
 * function of the virtual time it is asked for.
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

    private FullLoadPlan(Instant start, List<TablePlan> tables) {
        this.start = start;
        this.tables = List.copyOf(tables);
        this.totalRows = tables.stream().mapToLong(t -> t.table().rows()).sum();
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
        return tables.stream()
                .map(TablePlan::finishesAt)
                .max(Comparator.naturalOrder())
                .orElse(start);
    }

    public boolean isFinishedAt(Instant now) {
        return !now.isBefore(finishesAt());
    }

    public long rowsLoadedAt(Instant now) {
        return tables.stream().mapToLong(t -> t.rowsLoadedAt(now)).sum();
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
        TreeSet<Instant> moments = new TreeSet<>();
        for (TablePlan table : tables) {
            moments.add(table.startsAt());
            moments.add(table.finishesAt());
        }
        return Optional.ofNullable(moments.higher(now));
    }
}
