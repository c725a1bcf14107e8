package io.dmstestkit.examples.orchestrator

import io.dmstestkit.simulator.DmsClients
import io.dmstestkit.simulator.DmsSimulator
import io.dmstestkit.spock.DmsScenario
import io.dmstestkit.spock.DmsSpecSupport
import io.dmstestkit.testcore.DmsTestSession
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationTaskRequest
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationWaiter
import spock.lang.Specification

/**
 * The {@link ClassicTaskOrchestrator} specified with Spock: what ClassicTaskOrchestratorTest checks with
 * JUnit 5, in given/when/then, with the task and instance words of {@link DmsSpecSupport}.
 */
@DmsScenario
class ClassicTaskOrchestratorSpec extends Specification implements DmsSpecSupport {

    private static final String MAPPING = '{"rules":[{"rule-type":"selection","rule-id":"1","rule-name":"1",' +
            '"object-locator":{"schema-name":"public","table-name":"%"},"rule-action":"include"}]}'

    DatabaseMigrationClient dms     // injected: this feature's own account
    DmsSimulator simulator
    DmsTestSession session

    // tag::task-words[]
    def "migrates a task of each type to the stop reason DMS gives it"() {
        when:
        def result = orchestrator(DmsClients.virtualWaits(simulator)).migrate(task(id, type))

        then:
        result.stopReason() == stopReason
        replicationTask(id).status == 'stopped'
        replicationTask(id).replicationTaskStats.fullLoadProgressPercent == 100
        journal.count('StopReplicationTask') == stops

        where:
        id       | type                | stopReason                             | stops
        'orders' | 'full-load-and-cdc' | 'Stop Reason NORMAL'                   | 1
        'snap'   | 'full-load'         | 'Stop Reason FULL_LOAD_ONLY_FINISHED'  | 0
    }
    // end::task-words[]

    def "accepts a full load that finished between two polls of the running waiter"() {
        when: 'the waiter polls every two virtual hours and never sees the short run'
        def result = orchestrator(DmsClients.virtualWaits(simulator, 2.hours)).migrate(task('quick', 'full-load'))

        then:
        result.stopReason() == 'Stop Reason FULL_LOAD_ONLY_FINISHED'
        result.notes().contains('the full load finished before the running waiter saw the task running')
        statusHistoryOfTask('quick').containsAll(['starting', 'running', 'stopped'])
    }

    private List<String> statusHistoryOfTask(String id) {
        simulator.statusHistory(session.account(), session.region(), id)*.status()
    }

    private ClassicTaskOrchestrator orchestrator(WaiterOverrideConfiguration waits) {
        def waiter = DatabaseMigrationWaiter.builder().client(dms).overrideConfiguration(waits).build()
        new ClassicTaskOrchestrator(dms, waiter, { simulator.clock().advance(it) } as Pause,
                { simulator.cdcLatency(session.account(), session.region(), it) } as CdcLatency)
    }

    // tag::task-await[]
    private CreateReplicationTaskRequest task(String id, String type) {
        String instance = dms.createReplicationInstance {
            it.replicationInstanceIdentifier("${id}-ri").replicationInstanceClass('dms.t3.small')
        }.replicationInstance().replicationInstanceArn()
        awaitReplicationInstance(instance, status: 'available')
        CreateReplicationTaskRequest.builder()
                .replicationTaskIdentifier(id).migrationType(type).replicationInstanceArn(instance)
                .sourceEndpointArn(endpoint("${id}-source", 'source'))
                .targetEndpointArn(endpoint("${id}-target", 'target'))
                .tableMappings(MAPPING)
                .build()
    }
    // end::task-await[]

    private String endpoint(String id, String type) {
        dms.createEndpoint { it.endpointIdentifier(id).endpointType(type).engineName('postgres') }
                .endpoint().endpointArn()
    }
}
