package io.dmstestkit.junit;

import io.dmstestkit.dsl.RunAwait;
import io.dmstestkit.dsl.model.Status;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.testcore.DmsTestSession;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;

/**
 * Waits for replications, data migrations, classic replication tasks and replication instances, Awaitility
 * style:
 * {@code import static io.dmstestkit.junit.DmsAwait.*}. Given a session or a simulator with a manual
 * clock, a wait moves virtual time instead of sleeping, so an hour of DMS takes milliseconds; given only a
 * client, it polls in wall time (for an accelerated clock or a remote server).
 *
 * <pre>{@code
 * awaitReplication(session, "orders").alias("orders cut-over").until(status("running"));
 * awaitReplication(dms, configArn).atMost(Duration.ofSeconds(30)).until(fullLoadAtLeast(100));
 * awaitDataMigration(session, "customers").until(dm -> dm.dataMigrationStatistics().tablesLoaded() == 3);
 * }</pre>
 *
 * <p>Every message names the alias; a run that fails while something else is awaited fails the wait at
 * once; a timeout reports the last state and the statuses seen. See {@link ResourceAwait}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsAwait {

    private DmsAwait() {}

    /** A wall-clock wait for the replication of a config (ARN or identifier), polled through {@code client}. */
    public static ResourceAwait<Replication> awaitReplication(DatabaseMigrationClient client, String configArnOrId) {
        return ResourceAwait.of(RunAwait.Reader.replication(client, configArnOrId), RunAwait.Clock.wall());
    }

    /** A wait through the session's client; in virtual time when its clock is manual. */
    public static ResourceAwait<Replication> awaitReplication(DmsTestSession session, String configArnOrId) {
        return ResourceAwait.of(RunAwait.Reader.replication(session.client(), configArnOrId), clock(session));
    }

    /** A wait through {@code client} on {@code simulator}; in virtual time when its clock is manual. */
    public static ResourceAwait<Replication> awaitReplication(
            DmsSimulator simulator, DatabaseMigrationClient client, String configArnOrId) {
        return ResourceAwait.of(
                RunAwait.Reader.replication(client, configArnOrId), clock(simulator, simulator::nextChange));
    }

    /** A wall-clock wait for a data migration (ARN or name), polled through {@code client}. */
    public static ResourceAwait<DataMigration> awaitDataMigration(DatabaseMigrationClient client, String arnOrName) {
        return ResourceAwait.of(RunAwait.Reader.dataMigration(client, arnOrName), RunAwait.Clock.wall());
    }

    /** A wait through the session's client; in virtual time when its clock is manual. */
    public static ResourceAwait<DataMigration> awaitDataMigration(DmsTestSession session, String arnOrName) {
        return ResourceAwait.of(RunAwait.Reader.dataMigration(session.client(), arnOrName), clock(session));
    }

    /** A wait through {@code client} on {@code simulator}; in virtual time when its clock is manual. */
    public static ResourceAwait<DataMigration> awaitDataMigration(
            DmsSimulator simulator, DatabaseMigrationClient client, String arnOrName) {
        return ResourceAwait.of(
                RunAwait.Reader.dataMigration(client, arnOrName), clock(simulator, simulator::nextChange));
    }

    /** A wall-clock wait for a classic replication task (ARN or identifier), polled through {@code client}. */
    public static ResourceAwait<ReplicationTask> awaitReplicationTask(DatabaseMigrationClient client, String arnOrId) {
        return ResourceAwait.of(RunAwait.Reader.replicationTask(client, arnOrId), RunAwait.Clock.wall());
    }

    /** A wait through the session's client; in virtual time when its clock is manual. */
    public static ResourceAwait<ReplicationTask> awaitReplicationTask(DmsTestSession session, String arnOrId) {
        return ResourceAwait.of(RunAwait.Reader.replicationTask(session.client(), arnOrId), clock(session));
    }

    /** A wait through {@code client} on {@code simulator}; in virtual time when its clock is manual. */
    public static ResourceAwait<ReplicationTask> awaitReplicationTask(
            DmsSimulator simulator, DatabaseMigrationClient client, String arnOrId) {
        return ResourceAwait.of(
                RunAwait.Reader.replicationTask(client, arnOrId), clock(simulator, simulator::nextChange));
    }

    /**
     * A wall-clock wait for a replication instance (ARN or identifier), polled through {@code client}:
     * {@code awaitReplicationInstance(dms, "orders-instance").until(status("available"))}.
     */
    public static ResourceAwait<ReplicationInstance> awaitReplicationInstance(
            DatabaseMigrationClient client, String arnOrId) {
        return ResourceAwait.of(RunAwait.Reader.replicationInstance(client, arnOrId), RunAwait.Clock.wall());
    }

    /** A wait through the session's client; in virtual time when its clock is manual. */
    public static ResourceAwait<ReplicationInstance> awaitReplicationInstance(DmsTestSession session, String arnOrId) {
        return ResourceAwait.of(RunAwait.Reader.replicationInstance(session.client(), arnOrId), clock(session));
    }

    /** A wait through {@code client} on {@code simulator}; in virtual time when its clock is manual. */
    public static ResourceAwait<ReplicationInstance> awaitReplicationInstance(
            DmsSimulator simulator, DatabaseMigrationClient client, String arnOrId) {
        return ResourceAwait.of(
                RunAwait.Reader.replicationInstance(client, arnOrId), clock(simulator, simulator::nextChange));
    }

    /** The session's clock; its account's next change is what a virtual wait jumps to. */
    private static RunAwait.Clock clock(DmsTestSession session) {
        return session.awaitClock();
    }

    /** Without an account, the next change of any account is a safe (if less sharp) place to jump to. */
    private static RunAwait.Clock clock(DmsSimulator simulator, Supplier<Optional<Instant>> nextChange) {
        return RunAwait.Clock.of(simulator.clock(), nextChange);
    }

    /** The status, ignoring case: {@code status("running")} also accepts a data migration's {@code RUNNING}. */
    public static AwaitCondition status(String status) {
        return AwaitCondition.status(status);
    }

    /** The status, as the DSL names it: {@code status(RUNNING)}. */
    public static AwaitCondition status(Status status) {
        return AwaitCondition.status(status.wireValue());
    }

    /** The full load at or beyond a percentage. */
    public static AwaitCondition fullLoadAtLeast(int percent) {
        return AwaitCondition.fullLoadAtLeast(percent);
    }

    /** At least this many tables fully loaded. */
    public static AwaitCondition tablesLoadedAtLeast(int tables) {
        return AwaitCondition.tablesLoadedAtLeast(tables);
    }
}
