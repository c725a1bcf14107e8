package com.example.migration;

import static io.dmstestkit.junit.DmsAssertions.assertThatJournal;
import static io.dmstestkit.junit.DmsAssertions.assertThatReplication;
import static io.dmstestkit.junit.DmsAwait.awaitReplication;
import static io.dmstestkit.junit.DmsAwait.status;

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.testcore.DmsTestSession;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

@DmsScenario(files = "stages/orders-running.dms.yaml") // a running replication; the first stop is refused
class CutOverTest {

    @Test
    void stops_orders_even_when_the_first_stop_is_refused(DatabaseMigrationClient dms, DmsTestSession session) {
        String orders = session.replication("orders").orElseThrow().replicationConfigArn();

        new CutOver(dms).stop(orders); // the code under test

        awaitReplication(session, "orders").until(status("stopped")); // moves virtual time: no sleep
        assertThatReplication(session, "orders").hasStopReason("NORMAL");
        assertThatJournal(session).hasCalls("StopReplication", 2);
    }
}
