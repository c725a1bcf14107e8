package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.Timings;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What one kind of run (serverless replication, data migration, classic task) calls things: its status
 * strings and the statuses it passes through before it runs. Everything else about a run is the same for
 * every kind, so this is data, not behaviour.
 *
 * <pre>{@code
 * RunKind dataMigration = new RunKind("data migration", "READY",
 *     timings -> Map.of("STARTING", timings.dataMigrationStartup()),
 *     "RUNNING", "STOPPING", "STOPPED", "FAILED", Optional.empty(), Set.of());
 * }</pre>
 *
 * @param noun how messages name a resource of this kind, e.g. {@code replication}
 * @param neverStarted the status before the first run, e.g. {@code created}
 * @param startup the statuses before {@code running}, in order, with how long each lasts
 * @param provisioningPhase the startup status during which capacity is provisioned; empty for kinds that
 *     provision nothing (a data migration) or run on an instance of their own (a classic task)
 * @param capacityPhases startup statuses skipped when the previous run's capacity can be reused
 */
public record RunKind(
        String noun,
        String neverStarted,
        Function<Timings, Map<String, Duration>> startup,
        String running,
        String stopping,
        String stopped,
        String failed,
        Optional<String> provisioningPhase,
        Set<String> capacityPhases) {

    public RunKind {
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(neverStarted, "neverStarted");
        Objects.requireNonNull(startup, "startup");
        Objects.requireNonNull(running, "running");
        Objects.requireNonNull(stopping, "stopping");
        Objects.requireNonNull(stopped, "stopped");
        Objects.requireNonNull(failed, "failed");
        capacityPhases = Set.copyOf(capacityPhases);
    }

    /** Whether runs of this kind provision capacity of their own (and so can fail to). */
    public boolean provisions() {
        return provisioningPhase.isPresent();
    }

    /** Whether nothing is going on: never started, stopped or failed. */
    public boolean isIdle(String status) {
        return status.equals(neverStarted) || status.equals(stopped) || status.equals(failed);
    }
}
