package io.dmstestkit.junit;

import io.dmstestkit.dsl.RunState;
import io.dmstestkit.simulator.StatusChange;
import java.util.List;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;

/**
 * AssertJ assertions on a classic DMS {@link ReplicationTask}, the same as on a serverless replication:
 * get one with {@link DmsAssertions#assertThat(ReplicationTask)}. Its {@code LastFailureMessage} is what
 * {@link #hasFailureMessageContaining} looks at.
 *
 * <pre>{@code
 * assertThat(dms.describeReplicationTasks(r -> {}).replicationTasks().get(0))
 *     .isStopped()
 *     .hasStopReason("FULL_LOAD_ONLY_FINISHED")
 *     .hasFullLoadProgress(100);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReplicationTaskAssert extends AbstractRunAssert<ReplicationTaskAssert, ReplicationTask> {

    ReplicationTaskAssert(ReplicationTask actual, List<StatusChange> history) {
        super(actual, ReplicationTaskAssert.class, history);
    }

    @Override
    RunState progress() {
        return RunState.of(actual);
    }
}
