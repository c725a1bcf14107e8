package io.dmstestkit.simulator.internal.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.DmsIncident.Severity;
import io.dmstestkit.simulator.ReplicationFixture;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import io.dmstestkit.simulator.internal.run.TableView;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

class ReplicationIncidentsTest {

    private final ReplicationHarness harness = new ReplicationHarness();
    private final ReplicationFixture fixture = harness.fixture;
    private final DatabaseMigrationClient dms = harness.dms;

    @Test
    void should_fail_at_40_percent_with_a_fatal_error_that_only_reload_target_recovers() {
        String arn = config(MigrationTypeValue.FULL_LOAD_AND_CDC);
        harness.attach(arn, DmsIncident.failAtPercent(40, Severity.FATAL_ERROR, "ORA-01555: snapshot too old"));
        fixture.start(arn, "start-replication");

        Replication failed = fixture.jumpUntilStatus(arn, "failed");

        assertThat(failed.stopReason()).isEqualTo("Stop Reason FATAL_ERROR");
        assertThat(failed.failureMessages()).containsExactly("ORA-01555: snapshot too old");
        assertThat(failed.replicationStats().fullLoadProgressPercent()).isEqualTo(40);
        harness.clock.advance(Duration.ofHours(1));
        assertThat(fixture.describe(arn).replicationStats().fullLoadProgressPercent())
                .isEqualTo(40);
        assertThatThrownBy(() -> fixture.start(arn, "resume-processing"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("reload-target");

        fixture.start(arn, "reload-target");
        Replication running =
                fixture.jumpUntil(arn, r -> r.replicationStats().fullLoadProgressPercent() == 100, "reloaded");
        assertThat(running.status()).isEqualTo("running");
        assertThat(running.failureMessages()).isEmpty();
    }

    @Test
    void should_resume_processing_after_a_recoverable_error_without_provisioning_again() {
        String arn = config(MigrationTypeValue.CDC);
        fixture.start(arn, "start-replication");
        fixture.jumpUntilStatus(arn, "running");
        Instant failAt = harness.clock.now().plus(Duration.ofMinutes(30));
        harness.attach(arn, DmsIncident.failAt(failAt, Severity.RECOVERABLE_ERROR, "Connection reset by peer"));

        Replication failed = fixture.jumpUntilStatus(arn, "failed");
        assertThat(failed.stopReason()).isEqualTo("Stop Reason RECOVERABLE_ERROR");
        assertThat(failed.replicationLastStopTime()).isEqualTo(failAt);
        assertThat(failed.provisionData().provisionState()).isEqualTo("provisioned");

        fixture.start(arn, "resume-processing");
        fixture.jumpUntilStatus(arn, "running");
        assertThat(harness.record(arn).statusHistoryUntil(harness.clock.now()))
                .extracting(PhaseTimeline.Phase::status)
                .containsSubsequence("provisioning_capacity", "running", "failed", "initializing", "running")
                .containsOnlyOnce("provisioning_capacity");
        assertThat(fixture.describe(arn).stopReason()).isNull();
    }

    @Test
    void should_put_one_table_in_error_and_clear_it_with_a_reload() {
        String arn = config(MigrationTypeValue.FULL_LOAD_AND_CDC);
        fixture.start(arn, "start-replication");
        fixture.jumpUntil(arn, r -> r.replicationStats().fullLoadProgressPercent() == 100, "loaded");
        harness.attach(arn, DmsIncident.tableError("public.orders", harness.clock.now(), "duplicate key value"));

        assertThat(orders(arn).tableState()).isEqualTo("Table error");
        assertThat(fixture.describe(arn).replicationStats().tablesErrored()).isEqualTo(1);
        assertThat(fixture.describe(arn).status()).isEqualTo("running");
        assertThat(harness.record(arn).tablesAt(harness.clock.now()))
                .filteredOn(t -> t.state().equals(TableView.ERROR))
                .singleElement()
                .satisfies(t -> assertThat(t.errorMessage()).contains("duplicate key value"));

        dms.reloadReplicationTables(r -> r.replicationConfigArn(arn)
                .tablesToReload(t -> t.schemaName("public").tableName("orders")));
        assertThat(orders(arn).tableState()).isEqualTo("Table is being reloaded");
        assertThat(fixture.describe(arn).replicationStats().tablesErrored()).isZero();
    }

    @Test
    void should_fail_during_provisioning_and_accept_start_replication_again() {
        String arn = config(MigrationTypeValue.FULL_LOAD_AND_CDC);
        harness.attach(arn, DmsIncident.provisioningFailure("Insufficient capacity in us-east-1a"));
        fixture.start(arn, "start-replication");

        Replication failed = fixture.jumpUntilStatus(arn, "failed");

        assertThat(failed.provisionData().provisionState()).isEqualTo("failed_provision");
        assertThat(failed.failureMessages()).containsExactly("Insufficient capacity in us-east-1a");
        assertThat(harness.record(arn).statusHistoryUntil(harness.clock.now()))
                .extracting(PhaseTimeline.Phase::status)
                .endsWith("provisioning_capacity", "failed");
        assertThat(fixture.start(arn, "start-replication").status()).isEqualTo("initializing");
        assertThat(fixture.jumpUntilStatus(arn, "running").provisionData().provisionState())
                .isEqualTo("provisioned");
    }

    @Test
    void should_fall_from_the_after_load_latency_to_steady_state_with_a_spike_on_top() {
        String arn = config(MigrationTypeValue.FULL_LOAD_AND_CDC);
        fixture.start(arn, "start-replication");
        fixture.jumpUntil(arn, r -> r.replicationStats().fullLoadProgressPercent() == 100, "loaded");
        Instant cdcStart = harness.clock.now();
        ReplicationRecord record = harness.record(arn);

        assertThat(record.cdcLatencyAt(cdcStart)).contains(Duration.ofSeconds(60));
        assertThat(record.cdcLatencyAt(cdcStart.plusSeconds(60))).contains(Duration.ofMillis(30_500));
        assertThat(record.cdcLatencyAt(cdcStart.plusSeconds(600))).contains(Duration.ofSeconds(1));
        assertThat(record.cdcLatencyAt(cdcStart.minusSeconds(1))).isEmpty();

        Instant spikeFrom = cdcStart.plus(Duration.ofMinutes(20));
        record = harness.attach(arn, DmsIncident.latencySpike(spikeFrom, Duration.ofMinutes(5), Duration.ofMinutes(3)));
        assertThat(record.cdcLatencyAt(spikeFrom.plusSeconds(1))).contains(Duration.ofMinutes(3));
        assertThat(record.cdcLatencyAt(spikeFrom.plus(Duration.ofMinutes(5)))).contains(Duration.ofSeconds(1));
        harness.clock.advanceTo(cdcStart.plus(Duration.ofMinutes(10)));
        assertThat(harness.nextChange()).contains(spikeFrom);
    }

    @Test
    void should_keep_an_incident_waiting_until_a_run_can_have_it() {
        String arn = config(MigrationTypeValue.CDC);
        harness.attach(arn, DmsIncident.failAtPercent(50, Severity.FATAL_ERROR, "never in a cdc run"));
        fixture.start(arn, "start-replication");

        assertThat(harness.record(arn).history().pendingIncidents()).hasSize(1);
        fixture.jumpUntilStatus(arn, "running");
        harness.clock.advance(Duration.ofHours(1));
        assertThat(fixture.describe(arn).status()).isEqualTo("running");
    }

    @Test
    void should_carry_an_incident_the_run_stopped_too_early_for_into_the_next_run() {
        String arn = config(MigrationTypeValue.FULL_LOAD_AND_CDC);
        harness.attach(arn, DmsIncident.failAtPercent(90, Severity.RECOVERABLE_ERROR, "late failure"));
        fixture.start(arn, "start-replication");
        fixture.jumpUntil(arn, r -> r.replicationStats().fullLoadProgressPercent() >= 10, "10% loaded");
        fixture.stop(arn);
        fixture.jumpUntilStatus(arn, "stopped");

        fixture.start(arn, "resume-processing");
        Replication failed = fixture.jumpUntilStatus(arn, "failed");

        assertThat(failed.failureMessages()).containsExactly("late failure");
        assertThat(failed.replicationStats().fullLoadProgressPercent()).isEqualTo(90);
    }

    private String config(MigrationTypeValue type) {
        return fixture.createConfig("incident-" + type, type).replicationConfigArn();
    }

    private TableStatistics orders(String arn) {
        return dms.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn)
                        .filters(f -> f.name("table-name").values("orders")))
                .replicationTableStatistics()
                .get(0);
    }
}
