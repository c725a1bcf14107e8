package io.dmstestkit.examples.orchestrator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTasksRequest;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskStats;
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationWaiter;

/**
 * The classic-task twin of {@link MigrationOrchestrator}: runs a DMS replication task on a replication
 * instance from creation to a clean stop, the way Terraform-era automation does. It depends on nothing but
 * the AWS SDK.
 *
 * <p>{@link #migrate} creates the task, waits with the SDK's own waiters until it is ready and then running,
 * polls {@code ReplicationTaskStats} until the full load is at 100 % and the CDC latency is low, stops the
 * task and waits until it is stopped. It reacts to what DMS reports:
 *
 * <ul>
 *   <li>a {@code full-load} task may finish between two polls of {@code waitUntilReplicationTaskRunning}, whose
 *       failure acceptor then fires; with {@code Stop Reason FULL_LOAD_ONLY_FINISHED} that is success;
 *   <li>a task that fails ({@code Stop Reason FATAL_ERROR} / {@code RECOVERABLE_ERROR}) ends the migration
 *       with a {@link TaskFailedException} carrying the {@code LastFailureMessage}.
 * </ul>
 *
 * <p>The waiter and the {@link Pause} are given, so a test runs both in virtual time:
 *
 * <pre>{@code
 * new ClassicTaskOrchestrator(dms, dms.waiter(), Pause.realTime(), cloudWatchLatency);          // production
 * new ClassicTaskOrchestrator(dms,
 *         DatabaseMigrationWaiter.builder().client(dms)
 *                 .overrideConfiguration(DmsClients.virtualWaits(simulator)).build(),        // a test
 *         simulator.clock()::advance, latency);
 * }</pre>
 */
public final class ClassicTaskOrchestrator {

    static final String FULL_LOAD_ONLY_FINISHED = "Stop Reason FULL_LOAD_ONLY_FINISHED";

    private final DatabaseMigrationClient dms;
    private final DatabaseMigrationWaiter waiter;
    private final Pause pause;
    private final CdcLatency latency;
    private final Duration pollEvery;
    private final Duration maxCdcLatency;
    private final Duration maxWait;

    /** Polls every 30 s, accepts a CDC latency up to 10 s, and gives up after 12 hours. */
    public ClassicTaskOrchestrator(
            DatabaseMigrationClient dms, DatabaseMigrationWaiter waiter, Pause pause, CdcLatency latency) {
        this(dms, waiter, pause, latency, Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofHours(12));
    }

    public ClassicTaskOrchestrator(
            DatabaseMigrationClient dms,
            DatabaseMigrationWaiter waiter,
            Pause pause,
            CdcLatency latency,
            Duration pollEvery,
            Duration maxCdcLatency,
            Duration maxWait) {
        this.dms = Objects.requireNonNull(dms, "dms");
        this.waiter = Objects.requireNonNull(waiter, "waiter");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.latency = Objects.requireNonNull(latency, "latency");
        this.pollEvery = Objects.requireNonNull(pollEvery, "pollEvery");
        this.maxCdcLatency = Objects.requireNonNull(maxCdcLatency, "maxCdcLatency");
        this.maxWait = Objects.requireNonNull(maxWait, "maxWait");
    }

    /**
     * Creates the task and runs it to a clean stop.
     *
     * @throws TaskFailedException when the task fails or stops for a reason the orchestrator did not cause
     * @throws OrchestrationException when it does not get there within the time allowed
     */
    public ClassicTaskResult migrate(CreateReplicationTaskRequest request) {
        List<String> notes = new ArrayList<>();
        ReplicationTask task = dms.createReplicationTask(request).replicationTask();
        String id = task.replicationTaskIdentifier();
        String arn = task.replicationTaskArn();
        DescribeReplicationTasksRequest byArn = DescribeReplicationTasksRequest.builder()
                .filters(f -> f.name("replication-task-arn").values(arn))
                .build();

        waiter.waitUntilReplicationTaskReady(byArn);
        dms.startReplicationTask(r -> r.replicationTaskArn(arn).startReplicationTaskType("start-replication"));
        try {
            waiter.waitUntilReplicationTaskRunning(byArn);
        } catch (SdkClientException notRunning) {
            // The waiter's failure acceptors: the task is stopped or failed. Only DMS's own stop is fine.
            ReplicationTask now = describe(byArn);
            if (FULL_LOAD_ONLY_FINISHED.equals(now.stopReason())) {
                notes.add("the full load finished before the running waiter saw the task running");
                return new ClassicTaskResult(arn, now.stopReason(), notes);
            }
            throw failed(now);
        }

        Duration waited = Duration.ZERO;
        while (true) {
            ReplicationTask now = describe(byArn);
            if (now.status().equals("failed") || now.status().equals("stopped")) {
                if (FULL_LOAD_ONLY_FINISHED.equals(now.stopReason())) {
                    notes.add("the full-load task stopped by itself");
                    return new ClassicTaskResult(arn, now.stopReason(), notes);
                }
                throw failed(now);
            }
            if (caughtUp(now, notes)) {
                break;
            }
            if (waited.compareTo(maxWait) >= 0) {
                throw new OrchestrationException(
                        "Replication task '" + id + "' did not catch up within " + maxWait + "; it is " + now.status());
            }
            pause.pause(pollEvery);
            waited = waited.plus(pollEvery);
        }

        dms.stopReplicationTask(r -> r.replicationTaskArn(arn));
        waiter.waitUntilReplicationTaskStopped(byArn);
        ReplicationTask stopped = describe(byArn);
        notes.add("stopped after the full load and with CDC caught up");
        return new ClassicTaskResult(arn, stopped.stopReason(), notes);
    }

    /** Full load done and, for a task that replicates changes, the latency low enough to cut over. */
    private boolean caughtUp(ReplicationTask task, List<String> notes) {
        ReplicationTaskStats stats = task.replicationTaskStats();
        boolean loaded = task.migrationTypeAsString().equals("cdc")
                || (stats != null && stats.fullLoadProgressPercent() != null && stats.fullLoadProgressPercent() >= 100);
        if (!loaded) {
            return false;
        }
        return latency.of(task.replicationTaskIdentifier())
                .map(current -> {
                    boolean low = current.compareTo(maxCdcLatency) <= 0;
                    if (!low) {
                        notes.add("CDC latency " + current + " above " + maxCdcLatency);
                    }
                    return low;
                })
                .orElse(false);
    }

    private ReplicationTask describe(DescribeReplicationTasksRequest byArn) {
        return dms.describeReplicationTasks(byArn).replicationTasks().get(0);
    }

    private static TaskFailedException failed(ReplicationTask task) {
        return new TaskFailedException(
                task.replicationTaskIdentifier(), task.status(), task.stopReason(), task.lastFailureMessage());
    }
}
