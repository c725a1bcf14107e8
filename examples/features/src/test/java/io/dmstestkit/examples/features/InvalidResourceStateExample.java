package io.dmstestkit.examples.features;

import static io.dmstestkit.dsl.Dsl.InvalidResourceState;
import static io.dmstestkit.dsl.Dsl.scenario;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.testcore.DmsTestSession;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;

/**
 * InvalidResourceState: the simulator's state machine refuses what DMS refuses (stopping a replication that
 * never ran), and a fault refuses a call DMS would accept.
 */
@DmsScenario
class InvalidResourceStateExample {

    @Test
    void dms_refuses_to_stop_a_replication_that_never_ran(DatabaseMigrationClient dms, DmsTestSession session) {
        session.scenarioRunner()
                .run(scenario("orders, never started")
                        .replication("orders", r -> r.table("public.orders", 10_000))
                        .build())
                .assertPassed();
        String orders = session.replication("orders").orElseThrow().replicationConfigArn();

        assertThatThrownBy(() -> dms.stopReplication(r -> r.replicationConfigArn(orders)))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("created");
    }

    @Test
    void an_injected_fault_refuses_a_valid_start(DatabaseMigrationClient dms, DmsTestSession session) {
        session.scenarioRunner()
                .run(scenario("orders, and the first start refused")
                        .replication("orders", r -> r.table("public.orders", 10_000))
                        .fault(
                                InvalidResourceState,
                                f -> f.on("StartReplication").times(1).message("Replication is being modified"))
                        .build())
                .assertPassed();
        String orders = session.replication("orders").orElseThrow().replicationConfigArn();

        assertThatThrownBy(() -> dms.startReplication(
                        r -> r.replicationConfigArn(orders).startReplicationType("start-replication")))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("being modified");
        dms.startReplication(r -> r.replicationConfigArn(orders).startReplicationType("start-replication"));
    }
}
