package io.dmstestkit.examples.orchestrator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ReplicationConfig;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskTypeValue;

/**
 * One cut-over of one replication config, with its own bookkeeping (notes, restarts, time waited): find
 * the config, start or resume it, poll until the full load is done, recover from failures, stop, wait
 * until stopped. {@link MigrationOrchestrator} makes a new one per call.
 */
final class CutOver {

    private final DatabaseMigrationClient dms;
    private final OrchestratorSettings settings;
    private final Pause pause;
    private final String identifier;
    private final List<String> notes = new ArrayList<>();
    private final RetryingCalls calls;
    private String arn;
    private int restarts;
    private int resumes;
    private boolean reloaded;
    private Duration waited = Duration.ZERO;

    CutOver(DatabaseMigrationClient dms, OrchestratorSettings settings, Pause pause, String identifier) {
        this.dms = dms;
        this.settings = settings;
        this.pause = pause;
        this.identifier = identifier;
        this.calls = new RetryingCalls(settings, pause, notes::add);
    }

    CutOverResult run() {
        arn = findConfig().replicationConfigArn();
        start(describe());
        Replication replication = awaitFullLoad();
        if (!ReplicationStates.finishedFullLoadOnly(replication)) {
            stop();
            replication = awaitStopped();
        }
        return new CutOverResult(arn, replication.stopReason(), restarts, notes);
    }

    private ReplicationConfig findConfig() {
        try {
            List<ReplicationConfig> configs = calls.call(
                    "DescribeReplicationConfigs",
                    () -> dms.describeReplicationConfigs(r -> r.filters(
                                    f -> f.name("replication-config-id").values(identifier)))
                            .replicationConfigs());
            if (configs.isEmpty()) {
                throw new OrchestrationException(notFound());
            }
            return configs.get(0);
        } catch (ResourceNotFoundException e) {
            throw new OrchestrationException(notFound(), e);
        }
    }

    private String notFound() {
        return "No replication config '" + identifier + "' in this account and region: create it first";
    }

    private void start(Replication replication) {
        if (ReplicationStates.neverStarted(replication)) {
            startOnce(StartReplicationTaskTypeValue.START_REPLICATION);
        } else if (ReplicationStates.idle(replication)) {
            startOnce(StartReplicationTaskTypeValue.RESUME_PROCESSING);
        } else {
            notes.add("replication was already " + replication.status() + "; not started again");
        }
    }

    private Replication awaitFullLoad() {
        while (true) {
            Replication replication = describe();
            if (ReplicationStates.readyToCutOver(replication) || ReplicationStates.finishedFullLoadOnly(replication)) {
                return replication;
            }
            if (ReplicationStates.failed(replication)) {
                recover(replication);
            }
            waitBeforeNextPoll(replication, "the full load");
        }
    }

    private Replication awaitStopped() {
        while (true) {
            Replication replication = describe();
            if (ReplicationStates.stopped(replication)) {
                return replication;
            }
            if (ReplicationStates.failed(replication)) {
                throw failure(replication, "it failed while stopping");
            }
            waitBeforeNextPoll(replication, "the stop");
        }
    }

    /** FATAL_ERROR: one reload-target, then give up. RECOVERABLE_ERROR: resume, a few times. */
    private void recover(Replication failed) {
        String reason = failed.stopReason();
        if (ReplicationStates.FATAL_ERROR.equals(reason)) {
            if (reloaded) {
                throw failure(failed, "it failed again after a reload-target; giving up");
            }
            reloaded = true;
            restart(failed, StartReplicationTaskTypeValue.RELOAD_TARGET);
        } else if (ReplicationStates.RECOVERABLE_ERROR.equals(reason)) {
            if (resumes == settings.recoverableRestarts()) {
                throw failure(failed, "resumed " + resumes + " times already; giving up");
            }
            resumes++;
            restart(failed, StartReplicationTaskTypeValue.RESUME_PROCESSING);
        } else {
            throw failure(failed, "the orchestrator knows no recovery from this stop reason");
        }
    }

    private void restart(Replication failed, StartReplicationTaskTypeValue type) {
        restarts++;
        notes.add(failed.stopReason() + " " + failed.failureMessages() + ": restarted with " + type);
        try {
            startReplication(type);
        } catch (InvalidResourceStateException e) {
            // A first run that failed before it got going counts as no run at all: DMS then accepts only
            // start-replication. Fault exploration found this (a FATAL_ERROR at the very first call).
            notes.add(type + " refused (" + e.awsErrorDetails().errorMessage() + "): started with "
                    + StartReplicationTaskTypeValue.START_REPLICATION);
            startReplication(StartReplicationTaskTypeValue.START_REPLICATION);
        }
    }

    /**
     * Starts it; a refusal because it is already on its way counts as started. An attempt that timed out can
     * have taken effect, so the SDK's retry of it finds the replication starting. Fault exploration found this
     * (a late answer to StartReplication).
     */
    private void startOnce(StartReplicationTaskTypeValue type) {
        try {
            startReplication(type);
        } catch (InvalidResourceStateException e) {
            Replication now = describe();
            if (ReplicationStates.neverStarted(now) || ReplicationStates.idle(now)) {
                throw e;
            }
            notes.add("StartReplication refused (" + e.awsErrorDetails().errorMessage() + "): already " + now.status());
        }
    }

    /** Stops it; a refusal because it is already stopping counts as stopped (the StartReplication case, mirrored). */
    private void stop() {
        try {
            calls.call("StopReplication", () -> dms.stopReplication(r -> r.replicationConfigArn(arn)));
        } catch (InvalidResourceStateException e) {
            Replication now = describe();
            if (!"stopping".equals(now.status()) && !ReplicationStates.stopped(now)) {
                throw e;
            }
            notes.add("StopReplication refused (" + e.awsErrorDetails().errorMessage() + "): already " + now.status());
        }
    }

    private void startReplication(StartReplicationTaskTypeValue type) {
        calls.call(
                "StartReplication",
                () -> dms.startReplication(r -> r.replicationConfigArn(arn).startReplicationType(type.toString())));
    }

    private Replication describe() {
        List<Replication> replications = calls.call(
                "DescribeReplications",
                () -> dms.describeReplications(r ->
                                r.filters(f -> f.name("replication-config-arn").values(arn)))
                        .replications());
        return replications.get(0);
    }

    private void waitBeforeNextPoll(Replication replication, String what) {
        if (waited.plus(settings.pollInterval()).compareTo(settings.maxWait()) > 0) {
            throw new OrchestrationException("Replication '" + identifier + "' is still " + replication.status()
                    + " after waiting " + waited + " for " + what + "; giving up");
        }
        pause.pause(settings.pollInterval());
        waited = waited.plus(settings.pollInterval());
    }

    private ReplicationFailedException failure(Replication failed, String why) {
        return new ReplicationFailedException(identifier, failed.stopReason(), failed.failureMessages(), why);
    }
}
