package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/** The simulator's Java API for reading state and planning state faults, seen through the SDK client. */
class SimulatorQueryAndIncidentTest {

    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "us-east-1";

    private final DmsSimulator simulator = DmsSimulator.create();
    private final ReplicationFixture fixture = ReplicationFixture.of(simulator);

    @Test
    void should_fail_a_replication_at_forty_percent_with_the_planned_message() {
        String arn = fixture.createConfig("orders", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationConfigArn();
        simulator.planIncident(
                ACCOUNT,
                REGION,
                "orders",
                DmsIncident.failAtPercent(40, DmsIncident.Severity.FATAL_ERROR, "ORA-01555: snapshot too old"));
        fixture.start(arn, "start-replication");

        Replication failed = fixture.jumpUntilStatus(arn, "failed");

        assertThat(failed.stopReason()).isEqualTo("Stop Reason FATAL_ERROR");
        assertThat(failed.failureMessages()).anyMatch(m -> m.contains("ORA-01555"));
        assertThat(failed.replicationStats().fullLoadProgressPercent()).isBetween(40, 41);
        assertThat(simulator.replication(ACCOUNT, REGION, "orders")).contains(failed);
        assertThat(simulator.statusHistory(ACCOUNT, REGION, arn))
                .extracting(StatusChange::status)
                .startsWith("created", "initializing")
                .endsWith("running", "failed");
    }

    @Test
    void should_resume_after_a_recoverable_error() {
        String arn = fixture.createConfig("orders", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationConfigArn();
        fixture.start(arn, "start-replication");
        fixture.jumpUntilStatus(arn, "running");
        simulator.planIncident(
                ACCOUNT,
                REGION,
                arn,
                DmsIncident.failAt(
                        simulator.clock().now().plusSeconds(10),
                        DmsIncident.Severity.RECOVERABLE_ERROR,
                        "network blip"));
        simulator.clock().advance(Duration.ofSeconds(10));
        assertThat(fixture.describe(arn).stopReason()).isEqualTo("Stop Reason RECOVERABLE_ERROR");

        fixture.start(arn, "resume-processing");

        assertThat(fixture.jumpUntilStatus(arn, "running").status()).isEqualTo("running");
    }

    @Test
    void should_report_cdc_latency_after_the_full_load_and_dump_the_state() {
        String arn = fixture.createConfig("orders", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationConfigArn();
        fixture.start(arn, "start-replication");
        fixture.jumpUntil(
                arn,
                r -> r.replicationStats() != null
                        && Integer.valueOf(100).equals(r.replicationStats().fullLoadProgressPercent()),
                "full load done");
        simulator.clock().advance(Duration.ofMinutes(10));

        assertThat(simulator.cdcLatency(ACCOUNT, REGION, "orders"))
                .hasValueSatisfying(latency -> assertThat(latency).isLessThanOrEqualTo(Duration.ofSeconds(5)));
        assertThat(simulator.tableStatistics(ACCOUNT, REGION, "orders")).isNotEmpty();
        assertThat(simulator.stateAsJson())
                .contains("\"ReplicationConfigIdentifier\":\"orders\"")
                .contains(ACCOUNT);
    }

    @Test
    void should_refuse_an_incident_for_an_unknown_resource() {
        fixture.createConfig("orders", MigrationTypeValue.FULL_LOAD_AND_CDC);

        assertThatThrownBy(() -> simulator.planIncident(ACCOUNT, REGION, "nope", DmsIncident.provisioningFailure("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no replication config, replication task or data migration named 'nope'");
    }

    @Test
    void should_read_nothing_for_an_account_never_seen() {
        assertThat(simulator.replication("999999999999", REGION, "orders")).isEmpty();
        assertThat(simulator.statusHistory("999999999999", REGION, "orders")).isEmpty();
    }
}
