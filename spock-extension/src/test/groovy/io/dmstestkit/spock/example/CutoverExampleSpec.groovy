package io.dmstestkit.spock.example

import io.dmstestkit.simulator.DmsSimulator
import io.dmstestkit.spock.DmsScenario
import io.dmstestkit.spock.DmsSpecSupport
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient
import spock.lang.Specification

import static io.dmstestkit.dsl.Dsl.*

/** The README's Spock example, compiled and run. */
@DmsScenario
class CutoverExampleSpec extends Specification implements DmsSpecSupport {
    DatabaseMigrationClient dms          // injected
    DmsSimulator simulator               // injected

    def "a refused stop is retried"() {
        given: 'orders running, and DMS refusing the first stop'
        simulator.given {
            replication('orders') { type FULL_LOAD_AND_CDC; table 'public.orders', rows: 10_000 }
            start 'orders'
            await('orders') { status RUNNING; within 1.hour }
            fault AccessDenied, on: 'StopReplication', times: 1, message: 'not authorized to stop'
        }

        when: 'the code under test stops it'
        new MigrationOrchestrator(dms).stop(replication('orders').replicationConfigArn)

        and: 'five virtual minutes pass'
        simulator.clock().advance(5.minutes)                       // virtual time: no sleep

        then: 'it retried, and the replication stops normally'
        journal.count('StopReplication') == 2
        replication('orders').status == 'stopped'
        replication('orders').stopReason == 'Stop Reason NORMAL'
    }
}
