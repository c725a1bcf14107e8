package io.dmstestkit.examples.orchestrator

import io.dmstestkit.testcore.DmsTestSession
import io.dmstestkit.simulator.DmsSimulator
import io.dmstestkit.spock.DmsScenario
import io.dmstestkit.spock.DmsSpecSupport
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient
import spock.lang.Specification

import static io.dmstestkit.dsl.Dsl.*

/**
 * The {@link MigrationOrchestrator} specified with Spock: the behaviour MigrationOrchestratorTest checks
 * with JUnit 5, in given/when/then. The stage is a scenario file or a {@code session.given { … }} block in
 * the Groovy DSL; {@code replication(…)} and {@code journal} come from {@link DmsSpecSupport}.
 */
@DmsScenario(files = 'stages/orders-ready.dms.yaml')   // replication config 'orders', never started
class MigrationOrchestratorSpec extends Specification implements DmsSpecSupport {

    DatabaseMigrationClient dms     // injected, like the fields below: this feature's own account
    DmsSimulator simulator
    DmsTestSession session

    def "cuts over a replication that loads cleanly"() {
        when:
        def result = orchestrator().cutOver('orders')

        then:
        result.stopReason() == 'Stop Reason NORMAL'
        result.restarts() == 0
        replication('orders').status == 'stopped'
        replication('orders').replicationStats.fullLoadProgressPercent == 100
        journal.count('StartReplication') == 1
        journal.count('StopReplication') == 1
    }

    def "retries throttled polls with backoff"() {
        given: 'five throttled polls: more than the SDK retries by itself'
        session.given { fault Throttling, on: 'DescribeReplications', times: 5 }

        when:
        def result = orchestrator().cutOver('orders')

        then:
        result.notes().size() == 1
        result.notes()[0].startsWith('DescribeReplications throttled')
        replication('orders').stopReason == 'Stop Reason NORMAL'
    }

    def "fails fast when access is denied"() {
        given: 'IAM lacks dms:StopReplication'
        session.given {
            fault AccessDenied, on: 'StopReplication', message: 'User is not authorized to perform: dms:StopReplication'
        }

        when:
        orchestrator().cutOver('orders')

        then:
        PermissionDeniedException denied = thrown()
        denied.operation() == 'StopReplication'
        replication('orders').status == 'running'   // left for a human to decide
        journal.count('StopReplication') == 1       // not retried
    }

    def "a dependency failing #failures time(s) is retried"() {
        given:
        session.given { fault FailedDependency, on: 'StartReplication', times: failures }

        when:
        def result = orchestrator().cutOver('orders')

        then:
        result.notes().size() == failures
        journal.count('StartReplication') == failures + 1
        replication('orders').stopReason == 'Stop Reason NORMAL'

        where:
        failures << [1, 3]
    }

    def "gives up when a dependency keeps failing"() {
        given:
        session.given { fault FailedDependency, on: 'StartReplication' }

        when:
        orchestrator().cutOver('orders')

        then:
        OrchestrationException failure = thrown()
        failure.message.startsWith('StartReplication failed dependency 4 times in a row')
    }

    @DmsScenario(files = 'stages/orders-fails-fatally-at-40.dms.yaml')   // replaces the specification's stage
    def "reloads the target once after a fatal error"() {
        when:
        def result = orchestrator().cutOver('orders')

        then:
        result.restarts() == 1
        result.notes() == ['Stop Reason FATAL_ERROR [ORA-01555: snapshot too old]: restarted with reload-target']
        replication('orders').stopReason == 'Stop Reason NORMAL'
        journal.find(io.dmstestkit.simulator.CallPattern.dmsCall('StartReplication')
                .withRequestContaining('reload-target')).size() == 1
    }

    @DmsScenario   // no stage file: this feature declares its world in the Groovy DSL
    def "gives up with the failure messages when the reload fails too"() {
        given:
        session.given('orders fails twice') {
            replication('orders') { table 'public.orders', rows: 200_000 }
            fail('orders') { at 40.percent; reason FATAL_ERROR; message 'ORA-01555: snapshot too old' }
            fail('orders') { at 60.percent; reason FATAL_ERROR; message 'ORA-01555: snapshot too old, again' }
        }

        when:
        orchestrator().cutOver('orders')

        then:
        ReplicationFailedException failure = thrown()
        failure.stopReason() == 'Stop Reason FATAL_ERROR'
        failure.failureMessages() == ['ORA-01555: snapshot too old, again']
        replication('orders').status == 'failed'
        journal.count('StopReplication') == 0
    }

    @DmsScenario
    def "resumes processing after a recoverable error"() {
        given:
        session.given('orders hits a network blip') {
            replication('orders') { table 'public.orders', rows: 200_000 }
            fail('orders') { at 40.percent; reason RECOVERABLE_ERROR; message 'network blip' }
        }

        when:
        def result = orchestrator().cutOver('orders')

        then:
        result.restarts() == 1
        result.notes()[0].endsWith('restarted with resume-processing')
        replication('orders').stopReason == 'Stop Reason NORMAL'
    }

    /** The orchestrator as production builds it, except that its waits move virtual time. */
    private MigrationOrchestrator orchestrator() {
        new MigrationOrchestrator(dms, simulator.clock()::advance)
    }
}
