package io.dmstestkit.simulator.internal.task;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * The classic replication tasks of an account, for the operation handlers and for the rest of the simulator
 * (incidents, the public read API, the state dump). Callers hold the account's lock.
 *
 * <pre>{@code
 * TaskRecord record = Tasks.require(account, "orders-task");
 * Tasks.describe(record, now).status();   // "running"
 * }</pre>
 */
public final class Tasks {

    private Tasks() {}

    /** The store of task records, by task ARN in creation order. */
    public static ResourceStore<TaskRecord> store(AccountState account) {
        return account.store(TaskRecord.class);
    }

    /** A task by its ARN or its identifier (case-insensitive, as DMS compares them). */
    public static Optional<TaskRecord> find(AccountState account, String identifierOrArn) {
        ResourceStore<TaskRecord> store = store(account);
        return store.get(identifierOrArn)
                .or(() -> store.findNamed(
                        identifierOrArn, record -> record.identifier().equalsIgnoreCase(identifierOrArn)));
    }

    /** A task by ARN or identifier, or ResourceNotFoundFault. */
    public static TaskRecord require(AccountState account, String identifierOrArn) {
        return find(account, identifierOrArn)
                .orElseThrow(() -> ServiceError.resourceNotFound("Replication task " + identifierOrArn + " not found"));
    }

    /** A task by ARN, or ResourceNotFoundFault: the API members take ARNs only. */
    static TaskRecord requireArn(AccountState account, String arn) {
        return store(account)
                .get(arn)
                .orElseThrow(() -> ServiceError.resourceNotFound("Replication task " + arn + " not found"));
    }

    /**
     * Stores a changed record and re-plans its run events: the events planned after {@code now} are
     * retracted and those of the new history recorded (see {@link TaskEvents}).
     */
    static TaskRecord save(AccountState account, TaskRecord changed, Instant now) {
        Optional<TaskRecord> before = store(account).get(changed.arn());
        TaskEvents.replan(account.events(), before, changed, now);
        return store(account).put(changed.arn(), changed);
    }

    /** Shows {@code task} {@code testing} until {@code until} (a legacy task assessment) and stores it. */
    public static TaskRecord testingUntil(AccountState account, TaskRecord task, Instant until, Instant now) {
        return save(account, task.withTransient(TaskStatus.TESTING, until), now);
    }

    /**
     * Deletes a task: {@code deleting} from {@code now}, removed from the store (with its tags) at
     * {@code goneAt} by the account's {@link AccountState#purge}, with a {@code deletion} event at both moments.
     */
    static TaskRecord delete(AccountState account, TaskRecord record, Instant now, Instant goneAt) {
        TaskRecord deleting = save(account, record.deleting(now, goneAt), now);
        TaskEvents.deleted(account.events(), deleting, now, goneAt);
        String arn = record.arn();
        account.removeAt(goneAt, () -> {
            store(account).remove(arn);
            account.tags().remove(arn);
        });
        return deleting;
    }

    /**
     * Plans an incident on a task's current or next run and stores the result.
     *
     * @throws IllegalArgumentException when the task is being deleted
     */
    public static TaskRecord attachIncident(
            AccountState account, String identifierOrArn, DmsIncident incident, Instant now) {
        TaskRecord record = require(account, identifierOrArn);
        if (record.isDeleted()) {
            throw new IllegalArgumentException("replication task '" + record.identifier() + "' is being deleted");
        }
        return save(account, record.withIncident(incident, now), now);
    }

    /** The SDK ReplicationTask at {@code at}. */
    public static ReplicationTask describe(TaskRecord record, Instant at) {
        return record.taskAt(at);
    }

    /** The SDK TableStatistics of the latest run at {@code at}. */
    public static List<TableStatistics> tableStatistics(TaskRecord record, Instant at) {
        boolean validation = record.validationEnabled();
        return record.tablesAt(at).stream().map(t -> t.toSdk(validation)).toList();
    }

    /** CDC latency at {@code at}; empty while no changes are being applied. */
    public static Optional<Duration> cdcLatency(TaskRecord record, Instant at) {
        return record.cdcLatencyAt(at);
    }

    /** The statuses entered by {@code at}, from {@code creating}. */
    public static List<PhaseTimeline.Phase> statusHistory(TaskRecord record, Instant at) {
        return record.statusHistoryUntil(at);
    }

    /** The filters DescribeReplicationTasks accepts. */
    static Filters<TaskRecord> filters() {
        return Filters.<TaskRecord>named("DescribeReplicationTasks")
                .onKey("replication-task-arn", TaskRecord::arn)
                .onName("replication-task-id", TaskRecord::identifier)
                .on("migration-type", r -> List.of(r.task().migrationTypeAsString()))
                .on(
                        "endpoint-arn",
                        r -> List.of(r.task().sourceEndpointArn(), r.task().targetEndpointArn()))
                .on("replication-instance-arn", r -> List.of(r.task().replicationInstanceArn()));
    }
}
