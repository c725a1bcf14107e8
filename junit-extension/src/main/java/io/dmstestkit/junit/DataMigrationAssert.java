package io.dmstestkit.junit;

import io.dmstestkit.dsl.RunState;
import io.dmstestkit.simulator.StatusChange;
import java.util.List;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;

/**
 * AssertJ assertions on a DMS {@link DataMigration} (DataMigrationStatus, StopReason, LastFailureMessage,
 * DataMigrationStatistics); statuses compare ignoring case, so {@code hasStatus("running")} accepts
 * {@code RUNNING}.
 *
 * <pre>{@code
 * assertThatDataMigration(session, "customers")
 *     .isRunning()
 *     .hasFullLoadProgress(100)
 *     .hasTablesLoaded(3);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DataMigrationAssert extends AbstractRunAssert<DataMigrationAssert, DataMigration> {

    DataMigrationAssert(DataMigration actual, List<StatusChange> history) {
        super(actual, DataMigrationAssert.class, history);
    }

    @Override
    RunState progress() {
        return RunState.of(actual);
    }
}
