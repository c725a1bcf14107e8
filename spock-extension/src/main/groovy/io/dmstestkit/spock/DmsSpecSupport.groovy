package io.dmstestkit.spock

import io.dmstestkit.dsl.RunAwait
import io.dmstestkit.dsl.message.ShouldExist
import io.dmstestkit.testcore.DmsTestSession
import io.dmstestkit.simulator.StatusChange
import io.dmstestkit.spock.internal.ResourceWaits
import io.dmstestkit.spock.internal.SpecSessions
import org.apiguardian.api.API
import org.opentest4j.AssertionFailedError
import software.amazon.awssdk.services.databasemigration.model.DataMigration
import software.amazon.awssdk.services.databasemigration.model.Replication
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask
import software.amazon.awssdk.services.databasemigration.model.TableStatistics

/**
 * Words for the {@code then:} blocks of a {@link DmsScenario} specification, answered from the running
 * feature's session (its own, else the specification's): no session field needed.
 *
 * <pre>{@code
 * @DmsScenario
 * class CutoverSpec extends Specification implements DmsSpecSupport {
 *     def "stops cleanly"() {
 *         ...
 *         then:
 *         replication('orders').status == 'stopped'
 *         replication('orders').stopReason == 'Stop Reason NORMAL'
 *         replication('orders').replicationStats.fullLoadProgressPercent == 100
 *         journal.count('StopReplication') == 2
 *     }
 * }
 * }</pre>
 *
 * <p>Classic tasks and instances have the same words, and waits like JUnit's {@code DmsAwait} (virtual time
 * when the session's clock is manual; one condition as a named argument or a closure):
 *
 * <pre>{@code
 * awaitReplicationInstance('orders-ri', status: 'available')
 * awaitReplicationTask('orders', status: 'running')
 * awaitReplicationTask('orders', fullLoadAtLeast: 100, within: 2.hours)
 * awaitReplicationTask('orders') { it.replicationTaskStats()?.tablesLoaded() >= 2 }
 * then:
 * replicationTask('orders').stopReason == 'Stop Reason FULL_LOAD_ONLY_FINISHED'
 * replicationInstance('orders-ri').replicationInstanceStatus == 'available'
 * }</pre>
 *
 * <p>Groovy reads the SDK's model objects field by field, so {@code replication.status} is the value of
 * {@code replication.status()}; under {@code @CompileStatic}, call the SDK's methods.
 */
@API(status = API.Status.EXPERIMENTAL)
trait DmsSpecSupport {

    /** The running feature's DMS session: its own, else the specification's. */
    DmsTestSession getDmsSession() {
        SpecSessions.current(this).orElseThrow {
            new IllegalStateException("no DMS session here: annotate the specification (or this feature) with"
                    + " @DmsScenario; the words of DmsSpecSupport work in its feature methods and fixtures")
        }
    }

    /**
     * The replication of a config of the session (identifier or ARN) as DMS describes it now.
     *
     * @throws AssertionFailedError when there is none
     */
    Replication replication(String nameOrArn) {
        DmsTestSession session = dmsSession
        session.replication(nameOrArn).orElseThrow { missing(ShouldExist.Kind.REPLICATION, nameOrArn, session) }
    }

    /**
     * A data migration of the session (name or ARN) as DMS describes it now.
     *
     * @throws AssertionFailedError when there is none
     */
    DataMigration dataMigration(String nameOrArn) {
        DmsTestSession session = dmsSession
        session.dataMigration(nameOrArn).orElseThrow { missing(ShouldExist.Kind.DATA_MIGRATION, nameOrArn, session) }
    }

    /**
     * A classic replication task of the session (identifier or ARN) as DMS describes it now.
     *
     * @throws AssertionFailedError when there is none
     */
    ReplicationTask replicationTask(String idOrArn) {
        DmsTestSession session = dmsSession
        RunAwait.Reader.replicationTask(session.client(), idOrArn).read()
                .orElseThrow { missing(ShouldExist.Kind.REPLICATION_TASK, idOrArn, session) }
    }

    /**
     * A replication instance of the session (identifier or ARN) as DMS describes it now.
     *
     * @throws AssertionFailedError when there is none
     */
    ReplicationInstance replicationInstance(String idOrArn) {
        DmsTestSession session = dmsSession
        RunAwait.Reader.replicationInstance(session.client(), idOrArn).read()
                .orElseThrow { missing(ShouldExist.Kind.REPLICATION_INSTANCE, idOrArn, session) }
    }

    /**
     * Waits until a classic task meets the condition given as a named argument ({@code status:},
     * {@code fullLoadAtLeast:}, {@code tablesLoadedAtLeast:}; limits {@code within:}, {@code pollEvery:});
     * returns the task as last read. Fails fast when the task fails while something else is awaited.
     */
    ReplicationTask awaitReplicationTask(Map<String, ?> options, String idOrArn) {
        DmsTestSession session = dmsSession
        ResourceWaits.await(session, RunAwait.Reader.replicationTask(session.client(), idOrArn), options, null)
    }

    /** Waits until the closure holds on the task DMS describes: {@code awaitReplicationTask('orders') { … }}. */
    ReplicationTask awaitReplicationTask(Map<String, ?> options = [:], String idOrArn, Closure<?> condition) {
        DmsTestSession session = dmsSession
        ResourceWaits.await(session, RunAwait.Reader.replicationTask(session.client(), idOrArn), options,
                { ReplicationTask task -> condition.call(task) as boolean })
    }

    /** Waits until a replication instance meets the condition given as a named argument, as for tasks. */
    ReplicationInstance awaitReplicationInstance(Map<String, ?> options, String idOrArn) {
        DmsTestSession session = dmsSession
        ResourceWaits.await(session, RunAwait.Reader.replicationInstance(session.client(), idOrArn), options, null)
    }

    /** Waits until the closure holds on the instance DMS describes. */
    ReplicationInstance awaitReplicationInstance(Map<String, ?> options = [:], String idOrArn, Closure<?> condition) {
        DmsTestSession session = dmsSession
        ResourceWaits.await(session, RunAwait.Reader.replicationInstance(session.client(), idOrArn), options,
                { ReplicationInstance instance -> condition.call(instance) as boolean })
    }

    /** The table statistics of a replication of the session now: {@code tableStatistics('orders')*.tableState}. */
    List<TableStatistics> tableStatistics(String nameOrArn) {
        dmsSession.tableStatistics(nameOrArn)
    }

    /** The statuses a replication or data migration entered so far: {@code statusHistory('orders')*.status()}. */
    List<StatusChange> statusHistory(String nameOrArn) {
        dmsSession.statusHistory(nameOrArn)
    }

    /** The calls of the session's account: {@code journal.count('StopReplication') == 2}. */
    SessionJournal getJournal() {
        SessionJournal.of(dmsSession)
    }

    /** The shared message, with a did-you-mean over the names of that kind in the session's account. */
    private static AssertionFailedError missing(ShouldExist.Kind kind, String nameOrArn, DmsTestSession session) {
        new AssertionFailedError(ShouldExist.shouldExist(kind, nameOrArn, session.toString(),
                session.resourceNames(kind.arnResourceType())).build())
    }
}
