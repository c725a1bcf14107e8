package io.dmstestkit.spock

import io.dmstestkit.testcore.DmsTestSession
import io.dmstestkit.simulator.StatusChange
import io.dmstestkit.spock.internal.SpecSessions
import org.apiguardian.api.API
import org.opentest4j.AssertionFailedError
import software.amazon.awssdk.services.databasemigration.model.DataMigration
import software.amazon.awssdk.services.databasemigration.model.Replication
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
        session.replication(nameOrArn).orElseThrow { missing('replication', nameOrArn, session) }
    }

    /**
     * A data migration of the session (name or ARN) as DMS describes it now.
     *
     * @throws AssertionFailedError when there is none
     */
    DataMigration dataMigration(String nameOrArn) {
        DmsTestSession session = dmsSession
        session.dataMigration(nameOrArn).orElseThrow { missing('data migration', nameOrArn, session) }
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

    private static AssertionFailedError missing(String kind, String nameOrArn, DmsTestSession session) {
        new AssertionFailedError("No ${kind} '${nameOrArn}' in ${session}.\n"
                + "  how to fix: create it under that name (session.given { … }, a scenario file, or the code under"
                + " test, through the injected client); resources of other sessions are in other accounts")
    }
}
