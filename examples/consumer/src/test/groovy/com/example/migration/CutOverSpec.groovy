package com.example.migration

import static io.dmstestkit.dsl.Dsl.*
import static io.dmstestkit.junit.DmsAwait.awaitReplication
import static io.dmstestkit.junit.DmsAwait.status as hasStatus

import io.dmstestkit.simulator.DmsSimulator
import io.dmstestkit.spock.DmsScenario
import io.dmstestkit.spock.DmsSpecSupport
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient
import spock.lang.Specification

@DmsScenario
class CutOverSpec extends Specification implements DmsSpecSupport {
    DatabaseMigrationClient dms          // injected: this feature's own account
    DmsSimulator simulator               // injected

    def "a refused stop is tried once more"() {
        given: 'orders running, and DMS refusing the first stop'
        simulator.given {
            replication('orders') { type FULL_LOAD_AND_CDC; table 'public.orders', rows: 10_000 }
            start 'orders'
            await('orders') { status RUNNING; within 1.hour }
            fault AccessDenied, on: 'StopReplication', times: 1, message: 'not authorized to stop'
        }

        when: 'the code under test stops it'
        new CutOver(dms).stop(replication('orders').replicationConfigArn)

        then: 'it tried twice, and the replication stops normally'
        journal.count('StopReplication') == 2
        awaitReplication(dmsSession, 'orders').until(hasStatus('stopped'))   // virtual time: no sleep
        replication('orders').stopReason == 'Stop Reason NORMAL'
    }
}
