package io.dmstestkit.simulator.internal.assessment;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.state.AccountState;
import java.time.Instant;

/**
 * Classic replication tasks as assessment subjects. Until the simulator has classic tasks, no task ARN
 * names an existing task, so every one is ResourceNotFoundFault, as DMS answers for an unknown task.
 */
final class TaskSubjects {

    private TaskSubjects() {}

    static Assessments.Subject require(AccountState account, String taskArn, Instant now) {
        throw ServiceError.resourceNotFound("Replication task " + ServiceError.echo(taskArn) + " not found");
    }
}
