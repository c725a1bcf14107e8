package io.dmstestkit.examples.features;

import static io.dmstestkit.junit.DmsAssertions.assertThatJournal;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.testcore.DmsTestSession;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.FailedDependencyException;

/** FailedDependency, armed by a Groovy stage file; the SDK does not retry it, so your code sees every one. */
@DmsScenario(files = "stages/kms-hiccup.dms.groovy")
class FailedDependencyExample {

    @Test
    void the_first_start_fails_the_second_goes_through(DatabaseMigrationClient dms, DmsTestSession session) {
        String orders = session.replication("orders").orElseThrow().replicationConfigArn();

        assertThatThrownBy(() -> start(dms, orders))
                .isInstanceOf(FailedDependencyException.class)
                .hasMessageContaining("KMS key");
        start(dms, orders);

        assertThatJournal(session).hasCalls("StartReplication", 2);
    }

    private static void start(DatabaseMigrationClient dms, String configArn) {
        dms.startReplication(r -> r.replicationConfigArn(configArn).startReplicationType("start-replication"));
    }
}
