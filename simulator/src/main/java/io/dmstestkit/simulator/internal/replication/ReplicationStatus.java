package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.internal.run.RunKind;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code Replication.Status} strings the simulator's own rules refer to, and the {@link RunKind} that
 * tells the shared run model how serverless replications name their statuses. The startup statuses come
 * from {@link io.dmstestkit.simulator.Timings#startupPhases()}.
 */
final class ReplicationStatus {

    static final String CREATED = "created";
    static final String CALCULATING_CAPACITY = "calculating_capacity";
    static final String PROVISIONING_CAPACITY = "provisioning_capacity";
    static final String RUNNING = "running";
    static final String STOPPING = "stopping";
    static final String STOPPED = "stopped";
    static final String FAILED = "failed";

    /** Serverless replications: lower-case statuses, capacity provisioned during startup. */
    static final RunKind KIND = new RunKind(
            "replication",
            CREATED,
            timings -> timings.startupPhases(),
            RUNNING,
            STOPPING,
            STOPPED,
            FAILED,
            Optional.of(PROVISIONING_CAPACITY),
            Set.of(CALCULATING_CAPACITY, PROVISIONING_CAPACITY));

    private ReplicationStatus() {}

    /**
     * Whether nothing is going on: never started, stopped or failed. Only then may a replication be started,
     * modified or deleted; {@code stopping} still counts as busy because the replication is still active.
     */
    static boolean isIdle(String status) {
        return KIND.isIdle(status);
    }
}
