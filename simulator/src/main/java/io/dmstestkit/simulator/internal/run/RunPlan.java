package io.dmstestkit.simulator.internal.run;

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
 * @param kind the status names of the resource kind this run belongs to
 * @param number 1 for the first run of a resource, then 2, 3, …
 * @param type full-load, cdc or full-load-and-cdc: whether the run loads, replicates changes, or both
 * @param freshStartDate when the last start-replication or reload-target started (FreshStartDate)
 * @param timeline the planned statuses, ending with {@code running}
 * @param capacity the capacity the run provisions or reuses; empty for kinds that provision none
 * @param timings the timings in force when the run started
 */
public record RunPlan(
        RunKind kind,
        int number,
        StartOptions options,
        MigrationTypeValue type,
        Instant startedAt,
        Instant freshStartDate,
        PhaseTimeline timeline,
        LoadProgress load,
        Optional<Capacity> capacity,
        Timings timings) {

    public Instant runningAt() {
        return timeline.enteredAt(kind.running()).orElseThrow();
    }

    /** When changes start being applied: after the full load, or at {@code running}; empty for full-load. */
    public Optional<Instant> cdcStartAt() {
        if (type == MigrationTypeValue.FULL_LOAD) {
            return Optional.empty();
        }
        return Optional.of(latest(runningAt(), load.finishedAt()));
    }

    /** The endings the run plans by itself: a full-load run's finish, a CDC stop position. */
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

    /** When this run's capacity provisioning would complete; empty when it provisions nothing new. */
    Optional<Instant> provisioningEnds() {
        return capacity.flatMap(Capacity::provisioningEnds);
    }

    static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
