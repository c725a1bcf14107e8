package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.internal.run.StartOptions;
import java.time.Instant;

/**
 * When StartReplication is accepted: the shared rules of {@link io.dmstestkit.simulator.internal.run.StartRules}
 * (idle only; {@code start-replication} for the first run only; no resume after a fatal error).
 */
final class StartRules {

    private StartRules() {}

    static void check(ReplicationRecord record, StartOptions options, Instant now) {
        io.dmstestkit.simulator.internal.run.StartRules.check(
                "Replication " + record.identifier(), "StartReplicationType", record.history(), options, now);
    }
}
