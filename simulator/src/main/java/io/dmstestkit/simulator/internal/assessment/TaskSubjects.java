package io.dmstestkit.simulator.internal.assessment;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.task.TaskRecord;
import io.dmstestkit.simulator.internal.task.Tasks;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;

/** Classic replication tasks as assessment subjects: which migration a task is, from its endpoints. */
final class TaskSubjects {

    private TaskSubjects() {}

    /** The task with this ARN, or ResourceNotFoundFault (the API members take ARNs only). */
    static TaskRecord requireTask(AccountState account, String taskArn) {
        if (taskArn == null || taskArn.isBlank()) {
            throw ServiceError.invalidParameterValue("ReplicationTaskArn is required");
        }
        return Tasks.store(account)
                .get(taskArn)
                .orElseThrow(() ->
                        ServiceError.resourceNotFound("Replication task " + ServiceError.echo(taskArn) + " not found"));
    }

    /** The task with this ARN as a subject, or ResourceNotFoundFault. */
    static Assessments.Subject require(AccountState account, String taskArn) {
        return of(account, requireTask(account, taskArn));
    }

    static Assessments.Subject of(AccountState account, TaskRecord record) {
        ReplicationTask task = record.task();
        return new Assessments.Subject(
                record.arn(),
                record.identifier(),
                new AssessmentCatalogue.Migration(
                        Assessments.engineOf(account, task.sourceEndpointArn()),
                        Assessments.engineOf(account, task.targetEndpointArn()),
                        task.migrationTypeAsString()));
    }
}
