package io.dmstestkit.simulator.internal.task;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.endpoint.EndpointOperations;
import io.dmstestkit.simulator.internal.instance.Instances;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.progress.TableSelection;
import io.dmstestkit.simulator.internal.state.Identifiers;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.Tagging;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationTaskResponse;
import software.amazon.awssdk.services.databasemigration.model.DeleteReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteReplicationTaskResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTasksRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTasksResponse;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ModifyReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.ModifyReplicationTaskResponse;
import software.amazon.awssdk.services.databasemigration.model.MoveReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.MoveReplicationTaskResponse;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;

/**
 * CreateReplicationTask, DescribeReplicationTasks, ModifyReplicationTask, MoveReplicationTask and
 * DeleteReplicationTask: the task itself, apart from its runs ({@link TaskRunHandlers}).
 *
 * <p>A task is {@code creating} for {@code Timings.taskCreating()}, then {@code ready}. Modify, move and
 * delete are accepted only while nothing runs ({@code ready}, {@code stopped}, {@code failed});
 * InvalidResourceStateFault otherwise. A modification applies at once but shows {@code modifying} for
 * {@code Timings.taskCreating()} before the task is idle again in the status it had; a move is
 * {@code moving} for as long; a deleted task is {@code deleting} for {@code Timings.taskDeleting()} (every
 * other call on it refused, still counted on its instance and endpoints), then gone: DescribeReplicationTasks
 * answers ResourceNotFoundFault, which the ReplicationTaskDeleted waiter expects.
 */
final class TaskHandlers {

    /** DMS's quota of replication tasks per account and region. */
    static final int MAX_TASKS = 600;

    private TaskHandlers() {}

    static CreateReplicationTaskResponse create(CreateReplicationTaskRequest request, OperationContext context) {
        Instant now = context.now();
        String identifier = Identifiers.require("ReplicationTaskIdentifier", request.replicationTaskIdentifier());
        requireUniqueIdentifier(context, identifier, null);
        EndpointOperations.requireOfType(context, "SourceEndpointArn", request.sourceEndpointArn(), "SOURCE");
        EndpointOperations.requireOfType(context, "TargetEndpointArn", request.targetEndpointArn(), "TARGET");
        requireAvailableInstance(context, request.replicationInstanceArn());
        MigrationTypeValue type = requireType(request.migrationTypeAsString());
        TableSelection.parse("TableMappings", request.tableMappings());
        String settings = TaskSettings.validated(request.replicationTaskSettings());
        if (request.cdcStartTime() != null && request.cdcStartPosition() != null) {
            throw ServiceError.invalidParameterCombination("Specify either CdcStartTime or CdcStartPosition, not both");
        }
        if (Tasks.store(context.account()).size() >= MAX_TASKS) {
            throw ServiceError.quotaExceeded("The quota of " + MAX_TASKS
                    + " replication tasks per account and region is reached; delete one first");
        }
        String arn = Identifiers.newArn(context.account(), "task", "replication task", request.resourceIdentifier());
        ReplicationTask task = ReplicationTask.builder()
                .replicationTaskIdentifier(identifier)
                .replicationTaskArn(arn)
                .sourceEndpointArn(request.sourceEndpointArn())
                .targetEndpointArn(request.targetEndpointArn())
                .replicationInstanceArn(request.replicationInstanceArn())
                .migrationType(type)
                .tableMappings(request.tableMappings())
                .replicationTaskSettings(settings)
                .cdcStartPosition(request.cdcStartPosition())
                .cdcStopPosition(request.cdcStopPosition())
                .taskData(request.taskData())
                .replicationTaskCreationDate(now)
                .build();
        TaskRecord record =
                TaskRecord.created(task, now.plus(context.settings().timings().taskCreating()));
        Tasks.save(context.account(), record, now);
        TaskEvents.created(context.account().events(), record, now);
        Tagging.tagOnCreate(context, arn, request.tags());
        return CreateReplicationTaskResponse.builder()
                .replicationTask(record.taskAt(now))
                .build();
    }

    static DescribeReplicationTasksResponse describe(
            DescribeReplicationTasksRequest request, OperationContext context) {
        Paging.Page<TaskRecord> page = Tasks.filters()
                .page(
                        Tasks.store(context.account()),
                        request.filters(),
                        request.maxRecords(),
                        request.marker(),
                        "replication tasks");
        boolean withSettings = !Boolean.TRUE.equals(request.withoutSettings());
        Instant now = context.now();
        List<ReplicationTask> tasks = new ArrayList<>(page.items().size());
        page.items().forEach(record -> tasks.add(record.taskAt(now, withSettings)));
        return DescribeReplicationTasksResponse.builder()
                .replicationTasks(tasks)
                .marker(page.nextMarker())
                .build();
    }

    static ModifyReplicationTaskResponse modify(ModifyReplicationTaskRequest request, OperationContext context) {
        TaskRecord record = requireIdle(context, request.replicationTaskArn(), "modified");
        ReplicationTask.Builder changed = record.task().toBuilder();
        if (request.replicationTaskIdentifier() != null) {
            String identifier = Identifiers.require("ReplicationTaskIdentifier", request.replicationTaskIdentifier());
            requireUniqueIdentifier(context, identifier, record.arn());
            changed.replicationTaskIdentifier(identifier);
        }
        if (request.migrationTypeAsString() != null) {
            changed.migrationType(requireType(request.migrationTypeAsString()));
        }
        if (request.tableMappings() != null) {
            TableSelection.parse("TableMappings", request.tableMappings());
            changed.tableMappings(request.tableMappings());
        }
        if (request.replicationTaskSettings() != null) {
            changed.replicationTaskSettings(TaskSettings.validated(request.replicationTaskSettings()));
        }
        if (request.cdcStartTime() != null && request.cdcStartPosition() != null) {
            throw ServiceError.invalidParameterCombination("Specify either CdcStartTime or CdcStartPosition, not both");
        }
        if (request.cdcStartPosition() != null) {
            changed.cdcStartPosition(request.cdcStartPosition());
        }
        if (request.cdcStopPosition() != null) {
            changed.cdcStopPosition(request.cdcStopPosition());
        }
        if (request.taskData() != null) {
            changed.taskData(request.taskData());
        }
        // DMS shows the task modifying for a moment, then in the idle status it had (Terraform waits for that).
        TaskRecord modified = Tasks.save(
                context.account(),
                record.withTask(changed.build())
                        .withTransient(
                                TaskStatus.MODIFYING,
                                context.now().plus(context.settings().timings().taskCreating())),
                context.now());
        TaskEvents.modified(context.account().events(), modified, context.now());
        return ModifyReplicationTaskResponse.builder()
                .replicationTask(modified.taskAt(context.now()))
                .build();
    }

    static MoveReplicationTaskResponse move(MoveReplicationTaskRequest request, OperationContext context) {
        Instant now = context.now();
        TaskRecord record = requireIdle(context, request.replicationTaskArn(), "moved");
        String target = request.targetReplicationInstanceArn();
        requireAvailableInstance(context, target);
        if (target.equals(record.task().replicationInstanceArn())) {
            throw ServiceError.invalidParameterValue("Replication task " + record.identifier()
                    + " already runs on replication instance " + target + "; choose another target instance");
        }
        TaskRecord moving = record.withTask(
                        record.task().toBuilder().replicationInstanceArn(target).build())
                .withTransient(
                        TaskStatus.MOVING, now.plus(context.settings().timings().taskCreating()));
        Tasks.save(context.account(), moving, now);
        TaskEvents.moving(context.account().events(), moving, now);
        return MoveReplicationTaskResponse.builder()
                .replicationTask(moving.taskAt(now))
                .build();
    }

    static DeleteReplicationTaskResponse delete(DeleteReplicationTaskRequest request, OperationContext context) {
        Instant now = context.now();
        TaskRecord record = requireIdle(context, request.replicationTaskArn(), "deleted");
        TaskRecord deleting = Tasks.delete(
                context.account(),
                record,
                now,
                now.plus(context.settings().timings().taskDeleting()));
        return DeleteReplicationTaskResponse.builder()
                .replicationTask(deleting.taskAt(now))
                .build();
    }

    /** The task, if nothing runs: InvalidResourceStateFault while it is created, moved, started or stopped. */
    static TaskRecord requireIdle(OperationContext context, String arn, String action) {
        TaskRecord record = Tasks.requireArn(context.account(), arn);
        String status = record.statusAt(context.now());
        if (record.transientAt(context.now()).isPresent() || !TaskStatus.KIND.isIdle(status)) {
            throw ServiceError.invalidResourceState("Replication task " + record.identifier() + " is " + status
                    + "; it can be " + action + " only when ready, stopped or failed");
        }
        return record;
    }

    /** The instance a task runs on must exist (ResourceNotFoundFault) and be available. */
    static void requireAvailableInstance(OperationContext context, String arn) {
        String status = Instances.requireStatus(context.account(), arn, context.now());
        if (!status.equals("available")) {
            throw ServiceError.invalidResourceState("Replication instance "
                    + Instances.identifierOf(context.account(), arn, context.now()) + " is " + status
                    + "; a replication task needs an available replication instance");
        }
    }

    private static void requireUniqueIdentifier(OperationContext context, String identifier, String ownArn) {
        Tasks.store(context.account())
                .findNamed(
                        identifier,
                        r -> r.identifier().equalsIgnoreCase(identifier)
                                && !r.arn().equals(ownArn))
                .ifPresent(r -> {
                    throw ServiceError.alreadyExists(
                            "Replication task with identifier " + identifier + " already exists");
                });
    }

    private static MigrationTypeValue requireType(String type) {
        MigrationTypeValue value = MigrationTypeValue.fromValue(type);
        if (value == null || value == MigrationTypeValue.UNKNOWN_TO_SDK_VERSION) {
            throw ServiceError.invalidParameterValue(
                    "Invalid MigrationType '" + type + "'. Valid values: full-load | cdc | full-load-and-cdc");
        }
        return value;
    }
}
