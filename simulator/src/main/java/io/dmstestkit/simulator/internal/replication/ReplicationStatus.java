package io.dmstestkit.simulator.internal.replication;

/**
 * The {@code Replication.Status} strings the simulator's own rules refer to; the startup statuses come from
 * {@link io.dmstestkit.simulator.Timings#startupPhases()}.
 */
final class ReplicationStatus {

    static final String CREATED = "created";
    static final String CALCULATING_CAPACITY = "calculating_capacity";
    static final String PROVISIONING_CAPACITY = "provisioning_capacity";
    static final String RUNNING = "running";
    static final String STOPPING = "stopping";
    static final String STOPPED = "stopped";
    static final String FAILED = "failed";

    private ReplicationStatus() {}

    /**
     * Whether nothing is going on: never started, stopped or failed. Only then may a replication be started,
     * modified or deleted; {@code stopping} still counts as busy because the replication is still active.
     */
    static boolean isIdle(String status) {
        return status.equals(CREATED) || status.equals(STOPPED) || status.equals(FAILED);
    }
}
