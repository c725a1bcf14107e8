package io.dmstestkit.simulator.internal.datamigration;

import io.dmstestkit.simulator.Timings;
import java.time.Duration;
import java.time.Instant;

/**
 * The CDC latency of a run over virtual time. When the full load ends, the changes cached during it
 * are applied: latency starts at {@link Timings#cdcLatencyAfterFullLoad()} and falls linearly to
 * {@link Timings#cdcSteadyLatency()} over {@link Timings#cdcCatchUp()}, then stays there. Latency spikes
 * raise it for their duration. Reported only while CDC runs.
 */
final class CdcLatency {

    private CdcLatency() {}

    /** Whole seconds of latency at {@code now}, or null when the run is not replicating changes then. */
    static Integer secondsAt(MigrationRun run, Instant now) {
        if (!DataMigrationStatus.RUNNING.equals(run.statusAt(now))) {
            return null;
        }
        return run.cdcFrom()
                .filter(from -> !now.isBefore(from))
                .map(from -> max(catchingUp(from, now, run.timings()), spikeAt(run, now)))
                .map(latency -> (int) Math.round(latency.toMillis() / 1000.0))
                .orElse(null);
    }

    private static Duration catchingUp(Instant from, Instant now, Timings timings) {
        Duration catchUp = timings.cdcCatchUp();
        Duration elapsed = Duration.between(from, now);
        if (catchUp.isZero() || elapsed.compareTo(catchUp) >= 0) {
            return timings.cdcSteadyLatency();
        }
        double remaining = 1.0 - (double) elapsed.toNanos() / catchUp.toNanos();
        Duration excess = timings.cdcLatencyAfterFullLoad().minus(timings.cdcSteadyLatency());
        return timings.cdcSteadyLatency().plusNanos(Math.round(excess.toNanos() * remaining));
    }

    private static Duration spikeAt(MigrationRun run, Instant now) {
        return run.firedBy(now)
                .filter(f -> f.incident() instanceof Incident.LatencySpike spike
                        && now.isBefore(f.at().plus(spike.lasting())))
                .map(f -> ((Incident.LatencySpike) f.incident()).latency())
                .reduce(Duration.ZERO, CdcLatency::max);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
