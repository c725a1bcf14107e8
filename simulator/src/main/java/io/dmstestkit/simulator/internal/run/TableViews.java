package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.progress.FullLoadPlan;
import io.dmstestkit.simulator.internal.progress.FullLoadPlan.TablePlan;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Works out one table's {@link TableView} in a run: its current load (a reload requested by then, else the
 * run's full load, else its load in an earlier run, else none for cdc), a table error that happened after
 * that load was requested (a reload requested at the same instant clears it), and the changes CDC applied
 * to it. A table whose load is cut by a stop shows
 * {@code Table cancelled} (assumed; DMS lists the state without saying when it is used).
 */
final class TableViews {

    /** The load a table's rows come from. */
    private record Load(TablePlan plan, boolean reload, Instant requestedAt) {}

    private TableViews() {}

    static TableView of(Run run, TableSpec table, Instant now) {
        Instant at = run.frozen(now);
        Optional<Load> load = currentLoad(run, table, at);
        Instant loadRequested = load.map(Load::requestedAt).orElse(Instant.MIN);
        Optional<Run.Happened<DmsIncident.TableError>> error = run.happened(DmsIncident.TableError.class, now).stream()
                .filter(e ->
                        LoadProgress.sameTable(Triggers.table(e.incident()), table) && e.at().isAfter(loadRequested))
                .reduce((first, second) -> second);
        Instant rowsAt = error.map(Run.Happened::at).orElse(at);
        Optional<Instant> started = load.map(l -> l.plan().startsAt()).filter(t -> !t.isAfter(rowsAt));
        Optional<Instant> finished = load.map(l -> l.plan().finishesAt()).filter(t -> !t.isAfter(rowsAt));
        Optional<Instant> cdcStart = run.plan().cdcStartAt().filter(start -> rowsAt.isAfter(start));
        TableView.Changes changes =
                cdcStart.map(start -> CdcActivity.changes(table, start, rowsAt)).orElse(TableView.Changes.NONE);
        Optional<Instant> lastUpdate = Stream.of(
                        started,
                        finished,
                        error.map(Run.Happened::at),
                        cdcStart.map(start -> rowsAt.truncatedTo(ChronoUnit.SECONDS)))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
        return new TableView(
                table,
                error.isPresent() ? TableView.ERROR : state(run, load, at, now),
                load.map(l -> l.plan().rowsLoadedAt(rowsAt)).orElse(0L),
                started,
                finished,
                load.map(Load::reload).orElse(false),
                changes,
                lastUpdate,
                error.map(e -> e.incident().message()));
    }

    /**
     * The table counts of a run at {@code now} straight from its load, the same as counting {@link #of} for
     * every table: possible when no reload was requested and no table error happened (each would change
     * single tables); empty otherwise.
     */
    static Optional<TableCounts> counts(Run run, Instant now) {
        Instant at = run.frozen(now);
        if (!run.reloadsBy(at).isEmpty()
                || !run.happened(DmsIncident.TableError.class, now).isEmpty()) {
            return Optional.empty();
        }
        LoadProgress load = run.plan().load();
        int tables = load.tables().size();
        if (!load.isFullLoad()) {
            boolean before = at.isBefore(run.plan().runningAt());
            return Optional.of(new TableCounts(before ? 0 : tables, 0, before ? tables : 0, 0));
        }
        // A halted run shows its loading tables as cancelled, which count as queued.
        boolean halted = run.isHaltedAt(now);
        return load.loadCountsAt(at)
                .map(c -> new TableCounts(
                        c.loaded(), halted ? 0 : c.loading(), c.queued() + (halted ? c.loading() : 0), 0));
    }

    private static Optional<Load> currentLoad(Run run, TableSpec table, Instant at) {
        Optional<Load> reload = Optional.empty();
        for (FullLoadPlan batch : run.reloadsBy(at)) {
            Optional<TablePlan> planned = batch.planOf(table);
            if (planned.isPresent()) {
                reload = Optional.of(new Load(planned.get(), true, batch.start()));
            }
        }
        return reload.or(() -> run.plan().load().loadOf(table).map(plan -> new Load(plan, false, Instant.MIN)));
    }

    private static String state(Run run, Optional<Load> load, Instant at, Instant now) {
        if (load.isEmpty()) {
            return at.isBefore(run.plan().runningAt()) ? TableView.BEFORE_LOAD : TableView.COMPLETED;
        }
        boolean reload = load.get().reload();
        boolean halted = run.isHaltedAt(now);
        return switch (load.get().plan().stateAt(at)) {
            case QUEUED -> reload ? (halted ? TableView.CANCELLED : TableView.BEING_RELOADED) : TableView.BEFORE_LOAD;
            case LOADING -> halted ? TableView.CANCELLED : reload ? TableView.BEING_RELOADED : TableView.FULL_LOAD;
            case LOADED -> TableView.COMPLETED;
        };
    }
}
