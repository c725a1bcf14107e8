package io.dmstestkit.examples.features;

import static io.dmstestkit.dsl.Dsl.FATAL_ERROR;
import static io.dmstestkit.dsl.Dsl.scenario;
import static io.dmstestkit.junit.DmsAssertions.assertThat;
import static io.dmstestkit.junit.DmsAssertions.assertThatReplication;
import static io.dmstestkit.junit.DmsAwait.awaitReplication;
import static io.dmstestkit.junit.DmsAwait.status;
import static java.time.Duration.ZERO;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.testcore.DmsTestSession;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * State faults: things that go wrong inside a run, planned ahead so DMS fails the same way every time. A
 * run fails at a percentage, a table errors, CDC latency spikes, provisioning fails.
 */
@DmsScenario
class StateFaultsExample {

    @Test
    void a_run_fails_at_40_percent_with_a_fatal_error(DatabaseMigrationClient dms, DmsTestSession session) {
        given(session, scenario("orders").replication("orders", r -> r.table("public.orders", 1_000_000)));
        session.simulator()
                .planIncident(
                        session.account(),
                        session.region(),
                        "orders",
                        DmsIncident.failAtPercent(40, DmsIncident.Severity.FATAL_ERROR, "ORA-01555: snapshot too old"));

        String orders = session.replication("orders").orElseThrow().replicationConfigArn();
        dms.startReplication(r -> r.replicationConfigArn(orders).startReplicationType("start-replication"));
        awaitReplication(session, "orders").until(status("failed"));

        assertThatReplication(session, "orders")
                .hasStopReason(FATAL_ERROR)
                .hasFailureMessageContaining("ORA-01555")
                .hasFullLoadProgress(40);
    }

    @Test
    void one_table_errors_while_the_others_load(DmsTestSession session) {
        given(
                session,
                scenario("order lines break")
                        .replication(
                                "orders",
                                r -> r.table("public.orders", 1_000_000).table("public.order_lines", 50_000_000))
                        .tableError(
                                "orders",
                                "public.order_lines",
                                ofMinutes(20),
                                "duplicate key value violates unique" + " constraint")
                        .start("orders")
                        .await("orders", a -> a.tableState("public.order_lines", "Table error")));

        TableStatistics lines = session.tableStatistics("orders").stream()
                .filter(t -> t.tableName().equals("order_lines"))
                .findFirst()
                .orElseThrow();
        assertThat(lines).hasTableState("Table error");
        assertThatReplication(session, "orders").isRunning(); // the run goes on
    }

    @Test
    void cdc_latency_spikes_then_recovers(DmsTestSession session) {
        given(
                session,
                scenario("latency spike")
                        .replication("orders", r -> r.table("public.orders", 100_000))
                        .start("orders")
                        .await("orders", a -> a.fullLoad(100))
                        .await("orders", a -> a.cdcLatencyBelow(java.time.Duration.ofSeconds(5)))
                        .latencySpike("orders", ZERO, ofMinutes(10), ofMinutes(2))
                        .advance(ofMinutes(1)));

        assertThat(session.simulator().cdcLatency(session.account(), session.region(), "orders"))
                .hasValueSatisfying(latency -> assertThat(latency).isGreaterThanOrEqualTo(ofMinutes(2)));

        given(session, scenario("after the spike").advance(ofMinutes(15)));
        assertThat(session.simulator().cdcLatency(session.account(), session.region(), "orders"))
                .hasValueSatisfying(latency -> assertThat(latency).isLessThan(ofMinutes(1)));
    }

    @Test
    void provisioning_fails(DmsTestSession session) {
        given(
                session,
                scenario("no capacity")
                        .replication("orders", r -> r.table("public.orders", 100_000))
                        .provisioningFails("orders", "Insufficient capacity in us-east-1a")
                        .start("orders")
                        .await("orders", a -> a.status("failed")));

        assertThatReplication(session, "orders").hasFailureMessageContaining("Insufficient capacity");
    }

    private static void given(DmsTestSession session, io.dmstestkit.dsl.ScenarioSpec stage) {
        session.scenarioRunner().run(stage.build()).assertPassed();
    }
}
