package io.dmstestkit.junit;

import io.dmstestkit.dsl.ScenarioResult;
import io.dmstestkit.dsl.message.ShouldExist;
import io.dmstestkit.simulator.Journal;
import io.dmstestkit.testcore.DmsTestSession;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * The AssertJ entry point for DMS: {@code import static io.dmstestkit.junit.DmsAssertions.*} next to
 * AssertJ's own {@code assertThat}. Failure messages follow dms-testkit's order (what failed, expected vs
 * actual, history, details, how to fix) and are {@link DmsAssertionError}s with expected and actual.
 *
 * <pre>{@code
 * assertThatReplication(session, "orders").isStopped().hasStopReason("NORMAL");   // with the status history
 * assertThat(dms.describeReplications(r -> {}).replications().get(0)).hasFullLoadProgress(100);
 * assertThat(dms.describeReplicationTasks(r -> {}).replicationTasks().get(0)).isRunning();
 * assertThatJournal(session).hasCalls("StopReplication", 1);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsAssertions {

    private DmsAssertions() {}

    public static ReplicationAssert assertThat(Replication actual) {
        return new ReplicationAssert(actual, List.of());
    }

    public static DataMigrationAssert assertThat(DataMigration actual) {
        return new DataMigrationAssert(actual, List.of());
    }

    /** A classic replication task: the same assertions as a replication's ({@link ReplicationTaskAssert}). */
    public static ReplicationTaskAssert assertThat(ReplicationTask actual) {
        return new ReplicationTaskAssert(actual, List.of());
    }

    /** A replication instance: status and class ({@link ReplicationInstanceAssert}). */
    public static ReplicationInstanceAssert assertThat(ReplicationInstance actual) {
        return new ReplicationInstanceAssert(actual);
    }

    public static TableStatisticsAssert assertThat(TableStatistics actual) {
        return new TableStatisticsAssert(actual);
    }

    /** The calls of every account; see {@link JournalAssert#inAccount(String)}. */
    public static JournalAssert assertThat(Journal actual) {
        return new JournalAssert(actual, null);
    }

    public static ScenarioResultAssert assertThat(ScenarioResult actual) {
        return new ScenarioResultAssert(actual);
    }

    /**
     * The replication of a config of a session as DMS describes it now, with its status history for
     * failure messages.
     *
     * <pre>{@code
     * assertThatReplication(session, "orders").hasStatus("running");
     * }</pre>
     *
     * @throws DmsAssertionError when the session has no such replication config
     */
    public static ReplicationAssert assertThatReplication(DmsTestSession session, String nameOrArn) {
        return new ReplicationAssert(
                existing(session.replication(nameOrArn), ShouldExist.Kind.REPLICATION, nameOrArn, session),
                session.statusHistory(nameOrArn));
    }

    /**
     * A data migration of a session as DMS describes it now, with its status history for failure messages.
     *
     * @throws DmsAssertionError when the session has no such data migration
     */
    public static DataMigrationAssert assertThatDataMigration(DmsTestSession session, String nameOrArn) {
        return new DataMigrationAssert(
                existing(session.dataMigration(nameOrArn), ShouldExist.Kind.DATA_MIGRATION, nameOrArn, session),
                session.statusHistory(nameOrArn));
    }

    /** The calls of a session's account only, so tests sharing a simulator do not count each other's calls. */
    public static JournalAssert assertThatJournal(DmsTestSession session) {
        return new JournalAssert(session.simulator().journal(), session.account());
    }

    private static <T> T existing(
            Optional<T> resource, ShouldExist.Kind kind, String nameOrArn, DmsTestSession session) {
        return resource.orElseThrow(() -> new DmsAssertionError(
                ShouldExist.shouldExist(
                                kind, nameOrArn, session.toString(), session.resourceNames(kind.arnResourceType()))
                        .build(),
                nameOrArn,
                null));
    }
}
