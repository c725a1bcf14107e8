package io.dmstestkit.spock

import io.dmstestkit.simulator.DmsIncident
import io.dmstestkit.simulator.DmsSimulator
import io.dmstestkit.testcore.DmsTestSession
import org.opentest4j.AssertionFailedError
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient
import spock.lang.Specification

import static io.dmstestkit.dsl.Dsl.FULL_LOAD
import static io.dmstestkit.dsl.Dsl.RUNNING
import static io.dmstestkit.dsl.Dsl.scenario

/** The classic task and instance words of {@link DmsSpecSupport}: reads, waits in virtual time, failures. */
@DmsScenario
class ClassicTaskSupportSpec extends Specification implements DmsSpecSupport {

    private static final String MAPPING = '{"rules":[{"rule-type":"selection","rule-id":"1","rule-name":"1",' +
            '"object-locator":{"schema-name":"public","table-name":"%"},"rule-action":"include"}]}'

    DatabaseMigrationClient dms
    DmsSimulator simulator
    DmsTestSession session

    def "waits for an instance, then a full-load task through running to its own stop"() {
        given:
        String instance = createInstance('orders-ri')

        when:
        def available = awaitReplicationInstance('orders-ri', status: 'available')
        String task = createTask('orders', 'full-load', instance)
        awaitReplicationTask(task, status: 'ready')
        dms.startReplicationTask { it.replicationTaskArn(task).startReplicationTaskType('start-replication') }
        def running = awaitReplicationTask('orders', status: RUNNING)
        def stopped = awaitReplicationTask('orders', status: 'stopped', within: 3.hours)

        then:
        available.replicationInstanceArn == instance
        replicationInstance(instance).replicationInstanceStatus == 'available'
        running.status == 'running'
        stopped.stopReason == 'Stop Reason FULL_LOAD_ONLY_FINISHED'
        replicationTask('orders').replicationTaskStats.fullLoadProgressPercent == 100
        replicationTask(task).replicationTaskIdentifier == 'orders'
    }

    def "waits for the full load with a named condition and for a closure of the caller's own"() {
        given:
        String task = createTask('both', 'full-load-and-cdc', createAvailableInstance('both-ri'))
        awaitReplicationTask('both', status: 'ready')
        dms.startReplicationTask { it.replicationTaskArn(task).startReplicationTaskType('start-replication') }

        when:
        def loaded = awaitReplicationTask('both', fullLoadAtLeast: 100, within: 3.hours)
        def later = awaitReplicationTask('both') { it.recoveryCheckpoint() != null }

        then:
        loaded.replicationTaskStats.fullLoadProgressPercent == 100
        later.status == 'running'
        awaitReplicationInstance('both-ri') { it.replicationInstanceStatus() == 'available' }
                .replicationInstanceIdentifier == 'both-ri'
    }

    def "fails fast with the task's failure when it fails while running is awaited"() {
        given:
        String task = createTask('doomed', 'full-load-and-cdc', createAvailableInstance('doomed-ri'))
        awaitReplicationTask('doomed', status: 'ready')
        simulator.planIncident(session.account(), session.region(), 'doomed',
                DmsIncident.failAt(simulator.clock().now().plusSeconds(10), DmsIncident.Severity.FATAL_ERROR,
                        'disk gone'))
        dms.startReplicationTask { it.replicationTaskArn(task).startReplicationTaskType('start-replication') }

        when:
        awaitReplicationTask('doomed', status: 'running')

        then:
        AssertionFailedError failure = thrown()
        failure.message.contains("'doomed'")
        failure.message.contains('failed')
    }

    def "names a task or instance that does not exist, and refuses a wait with no condition"() {
        when:
        replicationTask('nope')

        then:
        AssertionFailedError missing = thrown()
        missing.message.startsWith("No replication task 'nope' in DMS test session")

        when:
        replicationInstance('nope')

        then:
        AssertionFailedError missingInstance = thrown()
        missingInstance.message.startsWith("No replication instance 'nope'")

        when:
        awaitReplicationTask('nope', within: 5.minutes)

        then:
        IllegalArgumentException noCondition = thrown()
        noCondition.message.contains('say what to wait for')

        when:
        awaitReplicationTask('nope', state: 'running')

        then:
        IllegalArgumentException unknown = thrown()
        unknown.message.contains('[state]')
    }

    def "suggests the name meant when a lookup is a typo away, without a call in the journal"() {
        given:
        createInstance('orders-ri')
        session.scenarioRunner().run(scenario('typo').replication('orders') {
            it.type(FULL_LOAD).table('public.orders', 1_000)
        }.build()).assertPassed()
        int calls = journal.entries().size()

        when:
        replication('ordres')

        then:
        AssertionFailedError typo = thrown()
        typo.message.startsWith("No replication 'ordres' in ${session}.")
        typo.message.contains('replications there: orders')
        typo.message.contains("how to fix: did you mean 'orders'?")
        journal.entries().size() == calls

        when:
        replicationInstance('orders-rj')

        then:
        AssertionFailedError instanceTypo = thrown()
        instanceTypo.message.contains("did you mean 'orders-ri'?")
    }

    private String createInstance(String id) {
        dms.createReplicationInstance {
            it.replicationInstanceIdentifier(id).replicationInstanceClass('dms.t3.small')
        }.replicationInstance().replicationInstanceArn()
    }

    private String createAvailableInstance(String id) {
        String arn = createInstance(id)
        awaitReplicationInstance(arn, status: 'available')
        arn
    }

    private String createTask(String id, String type, String instance) {
        String source = endpoint("${id}-source", 'source')
        String target = endpoint("${id}-target", 'target')
        dms.createReplicationTask {
            it.replicationTaskIdentifier(id).migrationType(type).replicationInstanceArn(instance)
                    .sourceEndpointArn(source).targetEndpointArn(target).tableMappings(MAPPING)
        }.replicationTask().replicationTaskArn()
    }

    private String endpoint(String id, String type) {
        dms.createEndpoint { it.endpointIdentifier(id).endpointType(type).engineName('postgres') }
                .endpoint().endpointArn()
    }
}
