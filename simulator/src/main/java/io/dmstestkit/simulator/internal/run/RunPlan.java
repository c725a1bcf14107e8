package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.Timings;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;

/**
 * Everything decided when a run starts: its statuses up to {@code running}, its full load, its capacity and
 * the endings it plans for itself. Stops and incidents are layered on top by {@link Run}.
 *
 * @param number 1 for the first run of a replication config, then 2, 3, …
 * @param freshStartDate when the last start-replication or reload-target started (FreshStartDate)
 * @param timeline the planned statuses, ending with {@code running}
 * @param timings the timings in force when the run started
 */
record RunPlan(
        int number,
        StartOptions options,
        MigrationTypeValue type,
        Instant startedAt,
        Instant freshStartDate,
        PhaseTimeline timeline,
        LoadProgress load,
        Capacity capacity,
        Timings timings)
        implements RunMoments {

    Instant runningAt() {
        return timeline.enteredAt(ReplicationStatus.RUNNING).orElseThrow();
    }

    /** When changes start being applied: after the full load, or at {@code running}; empty for full-load. */
    Optional<Instant> cdcStartAt() {
        if (type == MigrationTypeValue.FULL_LOAD) {
            return Optional.empty();
        }
        return Optional.of(latest(runningAt(), load.finishedAt()));
    }

    /** The endings the run plans by itself: a full-load replication's finish, a CDC stop position. */
    List<Ending> plannedEndings() {
        if (type == MigrationTypeValue.FULL_LOAD) {
            Instant finished = latest(runningAt(), load.finishedAt());
            return List.of(Ending.stop(StopReason.FULL_LOAD_ONLY_FINISHED, finished, timings.stopping()));
        }
        return options.cdcStop().stream()
                .map(stop -> Ending.stop(
                        stop.reason(), latest(stop.at(), cdcStartAt().orElseThrow()), timings.stopping()))
                .toList();
    }

    /** The moments CDC latency changes by itself: start and end of the catch-up. */
    Stream<Instant> cdcChanges() {
        return cdcStartAt().stream().flatMap(start -> Stream.of(start, start.plus(timings.cdcCatchUp())));
    }

    @Override
    public Optional<Instant> timeAtPercent(int percent) {
        return load.timeAtPercent(percent);
    }

    @Override
    public Optional<Instant> provisioningEnds() {
        return capacity.provisioningEnds();
    }

    @Override
    public boolean selects(String schema, String table) {
        return load.selects(schema, table);
    }

    static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
