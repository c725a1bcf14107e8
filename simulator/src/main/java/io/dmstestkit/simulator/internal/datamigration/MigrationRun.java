package io.dmstestkit.simulator.internal.datamigration;

import static io.dmstestkit.simulator.internal.datamigration.DataMigrationStatus.ACTIVE;
import static io.dmstestkit.simulator.internal.datamigration.DataMigrationStatus.FAILED;
import static io.dmstestkit.simulator.internal.datamigration.DataMigrationStatus.RUNNING;
import static io.dmstestkit.simulator.internal.datamigration.DataMigrationStatus.STARTING;
import static io.dmstestkit.simulator.internal.datamigration.DataMigrationStatus.STOPPED;
import static io.dmstestkit.simulator.internal.datamigration.DataMigrationStatus.STOPPING;

import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.Timings;
import io.dmstestkit.simulator.internal.progress.FullLoadPlan;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One run of a data migration, from StartDataMigration to its end, planned in full when it starts: the
 * status timeline, the full-load plan, the planned ending and the incidents that strike it. Immutable: a
 * stop or a failure cuts the timeline at its moment and appends a new tail, so what was visible before
 * stays as it was.
 *
 * @param plan the tables this run loads, from {@code RUNNING} on; empty for a CDC-only run
 * @param cdc whether changes are replicated once the full load is done
 * @param ending the planned ending; null while the run would go on forever (CDC)
 * @param fired the incidents that strike this run, with their moments
 */
record MigrationRun(
        Instant startedAt,
        PhaseTimeline timeline,
        FullLoadPlan plan,
        boolean cdc,
        RunEnding ending,
        List<Fired> fired,
        Timings timings) {

    /** An incident and the moment it strikes this run. */
    record Fired(Incident incident, Instant at) {}

    /**
     * Plans a run started at {@code now}: {@code STARTING} for {@link Timings#dataMigrationStartup()}, then
     * {@code RUNNING}; without CDC it stops by itself when the full load is done.
     */
    static MigrationRun start(Instant now, List<TableSpec> tables, boolean cdc, Timings timings) {
        Instant runningAt = now.plus(timings.dataMigrationStartup());
        FullLoadPlan plan = FullLoadPlan.schedule(tables, runningAt, timings);
        PhaseTimeline timeline = PhaseTimeline.startingAt(now, STARTING).then(RUNNING, runningAt);
        MigrationRun run = new MigrationRun(now, timeline, plan, cdc, null, List.of(), timings);
        return cdc ? run : run.stopping(plan.finishesAt(), DataMigrationStatus.STOP_REASON_FULL_LOAD_FINISHED);
    }

    String statusAt(Instant now) {
        return timeline.statusAt(now);
    }

    boolean isActiveAt(Instant moment) {
        return ACTIVE.contains(statusAt(moment));
    }

    /** The run stopped at {@code now} by the user. */
    MigrationRun stoppedAt(Instant now) {
        return stopping(now, DataMigrationStatus.STOP_REASON_NORMAL);
    }

    /** The run failed at {@code at}. */
    MigrationRun failedAt(Instant at, Incident.Failure failure) {
        RunEnding failed = new RunEnding(failure.severity().stopReason(), at, at);
        return endedAt(at, timeline.cutAt(at).then(FAILED, at), failed);
    }

    /**
     * The incidents of this run that {@code later} (this run after a stop or failure) no longer has: a cut
     * took them back because the run ended before they struck. They wait for the next run.
     */
    List<Incident> takenBackIn(MigrationRun later) {
        List<Incident> takenBack =
                new ArrayList<>(fired.stream().map(Fired::incident).toList());
        later.fired.forEach(f -> takenBack.remove(f.incident()));
        return takenBack;
    }

    /**
     * This run with {@code incident} armed, if it strikes while the run is active and not before
     * {@code notBefore} (the past cannot change); empty when it does not strike this run.
     */
    Optional<MigrationRun> arm(Incident incident, Instant notBefore) {
        Optional<Instant> moment = momentOf(incident).map(at -> at.isBefore(notBefore) ? notBefore : at);
        if (moment.isEmpty() || !isActiveAt(moment.get())) {
            return Optional.empty();
        }
        Instant at = moment.get();
        List<Fired> withIncident = new ArrayList<>(fired);
        withIncident.add(new Fired(incident, at));
        MigrationRun armed = new MigrationRun(startedAt, timeline, plan, cdc, ending, withIncident, timings);
        return Optional.of(incident instanceof Incident.Failure failure ? armed.failedAt(at, failure) : armed);
    }

    /** The ending, once it is visible at {@code now}. */
    Optional<RunEnding> endingAt(Instant now) {
        return ending != null && ending.visibleAt(now) ? Optional.of(ending) : Optional.empty();
    }

    /** The moment progress is measured at: {@code now}, or when the run stopped moving data. */
    Instant progressAt(Instant now) {
        return endingAt(now).map(RunEnding::beganAt).orElse(now);
    }

    /** When CDC starts applying changes: after the full load, if the run gets that far. */
    Optional<Instant> cdcFrom() {
        Instant from = plan.finishesAt();
        return cdc && isActiveAt(from) ? Optional.of(from) : Optional.empty();
    }

    /** The incidents of this run that have struck by {@code now}. */
    Stream<Fired> firedBy(Instant now) {
        return fired.stream().filter(f -> !f.at().isAfter(now));
    }

    /** The tables this run had not loaded without error when it stopped: what resume-processing loads. */
    List<TableSpec> unfinishedTables(Instant now) {
        Instant at = progressAt(now);
        List<String> errored = erroredTablesAt(at);
        return plan.tables().stream()
                .filter(t -> t.stateAt(at) != FullLoadPlan.TableLoadState.LOADED
                        || errored.contains(t.table().qualifiedName()))
                .map(FullLoadPlan.TablePlan::table)
                .toList();
    }

    /** Qualified names of the tables whose error has struck by {@code at}. */
    List<String> erroredTablesAt(Instant at) {
        return firedBy(at)
                .map(Fired::incident)
                .filter(Incident.TableError.class::isInstance)
                .map(i -> tablePlan(((Incident.TableError) i).table())
                        .orElseThrow()
                        .table()
                        .qualifiedName())
                .distinct()
                .toList();
    }

    /** The first planned change strictly after {@code now}: a status, a table, an incident, CDC caught up. */
    Optional<Instant> nextChangeAfter(Instant now) {
        List<Instant> progress = new ArrayList<>();
        plan.nextChangeAfter(now).ifPresent(progress::add);
        cdcFrom().map(from -> from.plus(timings.cdcCatchUp())).ifPresent(progress::add);
        for (Fired f : fired) {
            progress.add(f.at());
            if (f.incident() instanceof Incident.LatencySpike spike) {
                progress.add(f.at().plus(spike.lasting()));
            }
        }
        // progress after the run stopped moving data changes nothing a reader sees
        return Stream.concat(
                        timeline.nextChangeAfter(now).stream(),
                        progress.stream().filter(this::isActiveAt))
                .filter(t -> t.isAfter(now))
                .min(Instant::compareTo);
    }

    private MigrationRun stopping(Instant at, String stopReason) {
        Instant stoppedAt = at.plus(timings.stopping());
        PhaseTimeline stopped = timeline.cutAt(at).then(STOPPING, at).then(STOPPED, stoppedAt);
        return endedAt(at, stopped, new RunEnding(stopReason, at, stoppedAt));
    }

    private MigrationRun endedAt(Instant at, PhaseTimeline cut, RunEnding newEnding) {
        List<Fired> kept = fired.stream().filter(f -> !f.at().isAfter(at)).toList();
        return new MigrationRun(startedAt, cut, plan, cdc, newEnding, kept, timings);
    }

    private Optional<Instant> momentOf(Incident incident) {
        if (incident instanceof Incident.FailAtPercent failure) {
            return plan.tables().isEmpty() ? Optional.empty() : Optional.of(plan.timeAtPercent(failure.percent()));
        }
        if (incident instanceof Incident.FailAt failure) {
            return Optional.of(failure.at());
        }
        if (incident instanceof Incident.TableError error) {
            return tablePlan(error.table()).map(FullLoadPlan.TablePlan::rowsFrom);
        }
        if (incident instanceof Incident.LatencySpike spike && cdc) {
            return Optional.of(spike.at());
        }
        return Optional.empty();
    }

    private Optional<FullLoadPlan.TablePlan> tablePlan(String table) {
        return plan.tables().stream()
                .filter(t -> t.table().qualifiedName().equalsIgnoreCase(table))
                .findFirst();
    }
}
