package io.dmstestkit.junit;

import io.dmstestkit.dsl.RunState;
import io.dmstestkit.simulator.StatusChange;
import java.util.List;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/**
 * AssertJ assertions on a DMS {@link Replication}: get one with {@link DmsAssertions#assertThat(Replication)},
 * or with {@link DmsAssertions#assertThatReplication} to have the status history in failure messages.
 *
 * <pre>{@code
 * assertThat(dms.describeReplications(r -> {}).replications().get(0))
 *     .isStopped()
 *     .hasStopReason("NORMAL")
 *     .hasTablesLoaded(2);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReplicationAssert extends AbstractRunAssert<ReplicationAssert, Replication> {

    ReplicationAssert(Replication actual, List<StatusChange> history) {
        super(actual, ReplicationAssert.class, history);
    }

    @Override
    RunState progress() {
        return RunState.of(actual);
    }
}
