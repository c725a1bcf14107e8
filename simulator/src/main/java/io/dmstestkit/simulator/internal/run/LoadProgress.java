package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.Timings;
import io.dmstestkit.simulator.internal.progress.FullLoadPlan;
import io.dmstestkit.simulator.internal.progress.FullLoadPlan.TablePlan;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The full load of one run: the tables already loaded by earlier runs of the same fresh start (a run resumed
 * after a stop in the middle of its full load loads only the tables that had not completed, as DMS does)
 * and the plan of the tables this run loads, from the moment it enters {@code running}.
 *
 * <p>A {@code cdc} replication has no full load: it counts as loaded (100%) once running.
 */
public final class LoadProgress {

    private final List<TableSpec> tables;
    private final Map<String, TablePlan> alreadyLoaded;
    private final Optional<FullLoadPlan> plan;
    private final Instant runningAt;
    private final boolean fullLoad;
    private final long totalRows;
    private final long alreadyLoadedRows;
    private final Instant finishedAt;
    // When the first table loaded by an earlier run started; null when none was.
    private final Instant firstEarlierStart;
    // The starts and finishes of every selected table's load, each sorted: counting the tables loaded (or
    // loading) at a moment is two binary searches, not a pass over 40,000 tables. Null when a table has no
    // load (cdc), then the counts are not worked out here.
    private final Instant[] startsSorted;
    private final Instant[] finishesSorted;

    private LoadProgress(
            List<TableSpec> tables,
            Map<String, TablePlan> alreadyLoaded,
            Optional<FullLoadPlan> plan,
            Instant runningAt,
            boolean fullLoad) {
        this.tables = List.copyOf(tables);
        this.alreadyLoaded = Map.copyOf(alreadyLoaded);
        this.plan = plan;
        this.runningAt = runningAt;
        this.fullLoad = fullLoad;
        long rows = 0;
        for (TableSpec table : this.tables) {
            rows += table.rows();
        }
        this.totalRows = rows;
        long loadedRows = 0;
        Instant lastFinish = null;
        Instant firstStart = null;
        for (TablePlan loaded : this.alreadyLoaded.values()) {
            loadedRows += loaded.table().rows();
            firstStart = firstStart == null || loaded.startsAt().isBefore(firstStart) ? loaded.startsAt() : firstStart;
            lastFinish =
                    lastFinish == null || loaded.finishesAt().isAfter(lastFinish) ? loaded.finishesAt() : lastFinish;
        }
        this.alreadyLoadedRows = loadedRows;
        this.firstEarlierStart = firstStart;
        this.finishedAt = plan.isPresent() ? plan.get().finishesAt() : lastFinish != null ? lastFinish : runningAt;
        // Plain loops: this runs once per start over every selected table (up to 40,000).
        int size = this.tables.size();
        Instant[] starts = new Instant[size];
        Instant[] finishes = new Instant[size];
        boolean everyTableLoads = true;
        for (int i = 0; i < size && everyTableLoads; i++) {
            TablePlan load = loadPlanOf(this.tables.get(i));
            if (load == null) {
                everyTableLoads = false;
            } else {
                starts[i] = load.startsAt();
                finishes[i] = load.finishesAt();
            }
        }
        if (everyTableLoads) {
            Arrays.sort(starts);
            Arrays.sort(finishes);
        }
        this.startsSorted = everyTableLoads ? starts : null;
        this.finishesSorted = everyTableLoads ? finishes : null;
    }

    /** Whether the run loads tables at all (false for {@code cdc}). */
    public boolean isFullLoad() {
        return fullLoad;
    }

    /** A run without full load ({@code cdc}). */
    static LoadProgress none(List<TableSpec> tables, Instant runningAt) {
        return new LoadProgress(tables, Map.of(), Optional.empty(), runningAt, false);
    }

    /** A run that loads every table not in {@code alreadyLoaded} (by qualified name) from {@code runningAt}. */
    static LoadProgress load(
            List<TableSpec> tables, Map<String, TablePlan> alreadyLoaded, Instant runningAt, Timings timings) {
        if (alreadyLoaded.isEmpty()) { // a fresh start: every table loads, nothing to match by name
            return new LoadProgress(tables, Map.of(), planOf(tables, runningAt, timings), runningAt, true);
        }
        Set<String> selected = tables.stream().map(TableSpec::qualifiedName).collect(Collectors.toSet());
        Map<String, TablePlan> kept = alreadyLoaded.entrySet().stream()
                .filter(e -> selected.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<TableSpec> remaining = tables.stream()
                .filter(t -> !kept.containsKey(t.qualifiedName()))
                .toList();
        return new LoadProgress(tables, kept, planOf(remaining, runningAt, timings), runningAt, true);
    }

    private static Optional<FullLoadPlan> planOf(List<TableSpec> remaining, Instant runningAt, Timings timings) {
        return remaining.isEmpty()
                ? Optional.empty()
                : Optional.of(FullLoadPlan.schedule(remaining, runningAt, timings));
    }

    /** Every table the run selected, loaded now, earlier or (cdc) not at all. */
    public List<TableSpec> tables() {
        return tables;
    }

    /** Whether the run selected this table (compared without regard to case, as DMS does). */
    boolean selects(TableSpec table) {
        return tables.stream().anyMatch(t -> sameTable(t, table));
    }

    static boolean sameTable(TableSpec a, TableSpec b) {
        return a.schema().equalsIgnoreCase(b.schema()) && a.name().equalsIgnoreCase(b.name());
    }

    /** How the table gets (or got) its rows in this run: loaded now, loaded earlier, or not at all (cdc). */
    Optional<TablePlan> loadOf(TableSpec table) {
        return Optional.ofNullable(loadPlanOf(table));
    }

    /** {@link #loadOf} without the Optional, null when the table has no load: the constructor's per-table step. */
    private TablePlan loadPlanOf(TableSpec table) {
        TablePlan planned = plan.isPresent() ? plan.get().planOf(table).orElse(null) : null;
        return planned != null ? planned : alreadyLoaded.get(table.qualifiedName());
    }

    /** When every table is loaded. */
    Instant finishedAt() {
        return finishedAt;
    }

    /**
     * How many selected tables are loaded, loading and queued at {@code at}, by their loads alone (no
     * reloads, errors or stops); empty when some table has no load (cdc).
     */
    Optional<FullLoadPlan.Counts> loadCountsAt(Instant at) {
        if (startsSorted == null) {
            return Optional.empty();
        }
        // A load starts no later than it finishes, so loaded ⊆ started.
        int started = countAtOrBefore(startsSorted, at);
        int loaded = countAtOrBefore(finishesSorted, at);
        return Optional.of(new FullLoadPlan.Counts(loaded, started - loaded, tables.size() - started));
    }

    /** How many of the sorted {@code moments} are at or before {@code at}. */
    private static int countAtOrBefore(Instant[] moments, Instant at) {
        int low = 0;
        int high = moments.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (moments[mid].isAfter(at)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** Whole percent of all rows loaded, earlier runs included; 100 only once every table is loaded. */
    public int percentAt(Instant at) {
        if (!at.isBefore(finishedAt())) {
            return 100;
        }
        if (totalRows == 0) {
            return 0;
        }
        long loaded = alreadyLoadedRows + plan.map(p -> p.rowsLoadedAt(at)).orElse(0L);
        return (int) Math.min(99, loaded * 100 / totalRows);
    }

    /** The first moment this run's load reaches {@code percent}; empty when it never passes it. */
    Optional<Instant> timeAtPercent(int percent) {
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        FullLoadPlan load = plan.get();
        if (percent >= 100) {
            return Optional.of(load.finishesAt());
        }
        if (percent <= 0) {
            return Optional.of(load.start());
        }
        if (percentAt(load.start()) >= percent) {
            return Optional.empty();
        }
        return Optional.of(firstInstant(load.start(), load.finishesAt(), at -> percentAt(at) >= percent));
    }

    /** FullLoadStartDate: when the first table of this fresh start began loading. */
    public Optional<Instant> startDateAt(Instant at) {
        if (!fullLoad) {
            return Optional.empty();
        }
        if (firstEarlierStart != null) {
            return Optional.of(firstEarlierStart);
        }
        return plan.isPresent() && !at.isBefore(plan.get().start())
                ? Optional.of(plan.get().start())
                : Optional.empty();
    }

    /** FullLoadFinishDate: when the last table finished, once it has. */
    public Optional<Instant> finishDateAt(Instant at) {
        return fullLoad && !at.isBefore(finishedAt()) ? Optional.of(finishedAt()) : Optional.empty();
    }

    /** The next table start or finish after {@code now}. */
    Optional<Instant> nextChangeAfter(Instant now) {
        return plan.flatMap(p -> p.nextChangeAfter(now));
    }

    /** Bisection over virtual time, to the millisecond, for a condition that stays true once reached. */
    private static Instant firstInstant(Instant from, Instant to, Predicate<Instant> reached) {
        long low = 0;
        long high = Duration.between(from, to).toMillis();
        while (low < high) {
            long mid = (low + high) >>> 1;
            if (reached.test(from.plusMillis(mid))) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return from.plusMillis(low);
    }
}
