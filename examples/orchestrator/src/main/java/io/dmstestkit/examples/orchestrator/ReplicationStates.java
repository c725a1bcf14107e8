package io.dmstestkit.examples.orchestrator;

import software.amazon.awssdk.services.databasemigration.model.Replication;

/**
 * Reads what DMS describes: the few statuses and stop reasons the orchestrator acts on.
 *
 * <pre>{@code
 * if (ReplicationStates.readyToCutOver(replication)) { ... }
 * }</pre>
 */
final class ReplicationStates {

    static final String FATAL_ERROR = "Stop Reason FATAL_ERROR";
    static final String RECOVERABLE_ERROR = "Stop Reason RECOVERABLE_ERROR";
    static final String FULL_LOAD_ONLY_FINISHED = "Stop Reason FULL_LOAD_ONLY_FINISHED";

    private ReplicationStates() {}

    /** Never started: the first start must be {@code start-replication}. */
    static boolean neverStarted(Replication replication) {
        return "created".equals(replication.status());
    }

    /** Not running, so it may be started (again). */
    static boolean idle(Replication replication) {
        return neverStarted(replication) || stopped(replication) || failed(replication);
    }

    /** Running with the full load done: CDC keeps the target current, so this is the moment to cut over. */
    static boolean readyToCutOver(Replication replication) {
        return "running".equals(replication.status())
                && replication.replicationStats() != null
                && Integer.valueOf(100).equals(replication.replicationStats().fullLoadProgressPercent());
    }

    /** A {@code full-load} replication stops by itself once loaded: nothing is left to stop. */
    static boolean finishedFullLoadOnly(Replication replication) {
        return stopped(replication) && FULL_LOAD_ONLY_FINISHED.equals(replication.stopReason());
    }

    static boolean stopped(Replication replication) {
        return "stopped".equals(replication.status());
    }

    static boolean failed(Replication replication) {
        return "failed".equals(replication.status());
    }
}
