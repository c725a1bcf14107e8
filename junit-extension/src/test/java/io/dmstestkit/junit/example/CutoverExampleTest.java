package io.dmstestkit.junit.example;

import static io.dmstestkit.junit.DmsAssertions.assertThat;
import static io.dmstestkit.junit.DmsAssertions.assertThatJournal;
import static io.dmstestkit.junit.DmsAwait.awaitReplication;
import static io.dmstestkit.junit.DmsAwait.status;

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.testcore.DmsTestSession;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/** The README's JUnit 5 example, compiled and run. */
@DmsScenario(files = "stages/orders-running.dms.yaml") // a running replication; the first stop is refused
class CutoverExampleTest {

    @Test
    void stops_orders_even_when_the_first_stop_is_refused(DatabaseMigrationClient dms, DmsTestSession session) {
        String orders = session.replication("orders").orElseThrow().replicationConfigArn();

        new MigrationOrchestrator(dms).stop(orders); // the code under test

        Replication stopped = awaitReplication(session, "orders").until(status("stopped")); // virtual time: no sleeping
        assertThat(stopped).hasStopReason("NORMAL");
        assertThatJournal(session).hasCalls("StopReplication", 2);
    }
}
