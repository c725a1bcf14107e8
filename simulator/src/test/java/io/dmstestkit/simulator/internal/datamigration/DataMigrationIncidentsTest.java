package io.dmstestkit.simulator.internal.datamigration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.DmsIncident.Severity;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;

/**
 * Incidents armed on data migrations through {@link DataMigrations}, as the fault API will. Default
 * timings: STARTING 30s, then five default tables load in parallel; the last finishes 85s after RUNNING.
 */
class DataMigrationIncidentsTest {

    private final DirectDms dms = new DirectDms();
    private final Instant t0 = dms.clock.now();

    @Test
    void should_fail_with_fatal_error_at_forty_percent() {
        dms.migration("orders", MigrationTypeValue.FULL_LOAD_AND_CDC);
        DataMigrations.attach(dms.account, "orders", fatalAt(40, "ORA-01555: snapshot too old"), dms.clock.now());
        dms.start("orders", "start-replication");

        DataMigration failed = dms.jumpUntil("orders", "FAILED");

        assertThat(failed.stopReason()).isEqualTo("Stop Reason FATAL_ERROR");
        assertThat(failed.lastFailureMessage()).isEqualTo("ORA-01555: snapshot too old");
        assertThat(failed.dataMigrationStatistics().fullLoadPercentage()).isEqualTo(40);
        assertThat(failed.dataMigrationStatistics().stopTime()).isEqualTo(dms.clock.now());
        assertThat(failed.dataMigrationEndTime()).isEqualTo(dms.clock.now());
        assertThat(failed.dataMigrationStatistics().tablesLoading()).isZero();
        assertThat(DataMigrations.history(dms.account, "orders", dms.clock.now()))
                .extracting(PhaseTimeline.Phase::status)
                .containsExactly("CREATING", "READY", "STARTING", "RUNNING", "FAILED");
        assertThat(dms.jumpToNextChange()).isFalse();
    }

    @Test
    void should_not_change_what_was_visible_before_the_failure() {
        dms.migration("orders", MigrationTypeValue.FULL_LOAD);
        dms.start("orders", "start-replication");
        Instant earlier = t0.plusSeconds(40);
        dms.clock.advanceTo(earlier);
        DataMigration before = dms.describe("orders");

        DataMigrations.attach(dms.account, "orders", fatalAt(60, "disk full"), earlier);
        dms.jumpUntil("orders", "FAILED");

        assertThat(DataMigrations.find(dms.account, "orders", earlier)).contains(before);
        assertThat(before.lastFailureMessage()).isNull();
    }

    @Test
    void should_resume_after_a_recoverable_error_with_the_tables_not_yet_loaded() {
        dms.migration("orders", MigrationTypeValue.FULL_LOAD_AND_CDC);
        dms.start("orders", "start-replication");
        dms.clock.advance(Duration.ofSeconds(35));
        DataMigrations.attach(
                dms.account,
                "orders",
                DmsIncident.failAtPercent(50, Severity.RECOVERABLE_ERROR, "connection reset"),
                dms.clock.now());

        DataMigration failed = dms.jumpUntil("orders", "FAILED");
        assertThat(failed.stopReason()).isEqualTo("Stop Reason RECOVERABLE_ERROR");
        int loadedBefore = failed.dataMigrationStatistics().tablesLoaded();

        DataMigration resumed = dms.start("orders", "resume-processing");
        assertThat(resumed.dataMigrationStatus()).isEqualTo("STARTING");
        assertThat(resumed.dataMigrationStatistics().tablesQueued()).isEqualTo(5 - loadedBefore);
        assertThat(resumed.lastFailureMessage()).isEqualTo("connection reset");

        DataMigration running = dms.jumpUntil("orders", "RUNNING");
        while (running.dataMigrationStatistics().fullLoadPercentage() < 100) {
            dms.jumpToNextChange();
            running = dms.describe("orders");
        }
        assertThat(running.dataMigrationStatus()).isEqualTo("RUNNING");
        assertThat(running.dataMigrationStatistics().cdcLatency()).isEqualTo(60);
        assertThat(DataMigrations.pendingIncidents(dms.account, "orders")).isEmpty();
        assertThat(DataMigrations.history(dms.account, "orders", dms.clock.now()))
                .extracting(PhaseTimeline.Phase::status)
                .containsExactly("CREATING", "READY", "STARTING", "RUNNING", "FAILED", "STARTING", "RUNNING");
    }

    @Test
    void should_fail_at_a_virtual_time() {
        dms.migration("orders", MigrationTypeValue.CDC);
        dms.start("orders", "start-replication");
        Instant failAt = t0.plus(Duration.ofMinutes(10));

        DataMigrations.attach(
                dms.account,
                "orders",
                DmsIncident.failAt(failAt, Severity.FATAL_ERROR, "slot dropped"),
                dms.clock.now());

        assertThat(dms.account.nextChangeAfter(t0.plusSeconds(30 + 120))).contains(failAt);
        assertThat(dms.jumpUntil("orders", "FAILED").lastFailureMessage()).isEqualTo("slot dropped");
        assertThat(dms.clock.now()).isEqualTo(failAt);
    }

    @Test
    void should_count_a_table_error_and_go_on_with_the_other_tables() {
        dms.migration("orders", MigrationTypeValue.FULL_LOAD);
        DataMigrations.attach(
                dms.account, "orders", DmsIncident.tableError("PUBLIC.ORDERS", t0, "duplicate key"), dms.clock.now());
        dms.start("orders", "start-replication");

        dms.clock.advanceTo(t0.plusSeconds(30 + 5));
        DataMigration erroring = dms.describe("orders");
        DataMigration stopped = dms.jumpUntil("orders", "STOPPED");

        assertThat(erroring.dataMigrationStatistics().tablesErrored()).isEqualTo(1);
        assertThat(erroring.dataMigrationStatistics().tablesLoading()).isEqualTo(4);
        assertThat(erroring.lastFailureMessage()).isEqualTo("duplicate key");
        assertThat(erroring.dataMigrationStatus()).isEqualTo("RUNNING");
        assertThat(stopped.stopReason()).isEqualTo("Stop Reason FULL_LOAD_ONLY_FINISHED");
        assertThat(stopped.dataMigrationStatistics().tablesLoaded()).isEqualTo(4);
        assertThat(stopped.dataMigrationStatistics().tablesErrored()).isEqualTo(1);
    }

    @Test
    void should_raise_cdc_latency_during_a_spike() {
        dms.migration("orders", MigrationTypeValue.CDC);
        dms.start("orders", "start-replication");
        Instant spikeAt = t0.plus(Duration.ofMinutes(10));
        DataMigrations.attach(
                dms.account,
                "orders",
                DmsIncident.latencySpike(spikeAt, Duration.ofMinutes(5), Duration.ofMinutes(10)),
                dms.clock.now());

        dms.clock.advanceTo(spikeAt.minusSeconds(1));
        assertThat(dms.describe("orders").dataMigrationStatistics().cdcLatency())
                .isEqualTo(1);
        dms.clock.advanceTo(spikeAt);
        assertThat(dms.describe("orders").dataMigrationStatistics().cdcLatency())
                .isEqualTo(600);
        assertThat(dms.jumpToNextChange()).isTrue();
        assertThat(dms.clock.now()).isEqualTo(spikeAt.plus(Duration.ofMinutes(5)));
        assertThat(dms.describe("orders").dataMigrationStatistics().cdcLatency())
                .isEqualTo(1);
    }

    @Test
    void should_keep_an_incident_for_the_next_run_when_a_stop_comes_first() {
        dms.migration("orders", MigrationTypeValue.FULL_LOAD);
        dms.start("orders", "start-replication");
        DmsIncident failure = fatalAt(90, "out of memory");
        DataMigrations.attach(dms.account, "orders", failure, dms.clock.now());
        assertThat(DataMigrations.pendingIncidents(dms.account, "orders")).isEmpty();

        dms.clock.advance(Duration.ofSeconds(40));
        dms.stop("orders");
        assertThat(DataMigrations.pendingIncidents(dms.account, "orders")).containsExactly(failure);
        dms.jumpUntil("orders", "STOPPED");

        dms.start("orders", "reload-target");
        DataMigration failed = dms.jumpUntil("orders", "FAILED");
        assertThat(failed.dataMigrationStatistics().fullLoadPercentage()).isEqualTo(90);
        assertThat(DataMigrations.pendingIncidents(dms.account, "orders")).isEmpty();
    }

    @Test
    void should_let_an_earlier_failure_win_and_keep_the_later_one() {
        dms.migration("orders", MigrationTypeValue.FULL_LOAD);
        dms.start("orders", "start-replication");
        DmsIncident late = fatalAt(80, "late");
        DataMigrations.attach(dms.account, "orders", late, dms.clock.now());
        DataMigrations.attach(dms.account, "orders", fatalAt(30, "early"), dms.clock.now());

        DataMigration failed = dms.jumpUntil("orders", "FAILED");

        assertThat(failed.lastFailureMessage()).isEqualTo("early");
        assertThat(failed.dataMigrationStatistics().fullLoadPercentage()).isEqualTo(30);
        assertThat(DataMigrations.pendingIncidents(dms.account, "orders")).containsExactly(late);
    }

    @Test
    void should_spare_runs_without_a_full_load_from_percent_failures() {
        dms.migration("orders", MigrationTypeValue.CDC);
        dms.start("orders", "start-replication");

        DataMigration seen = DataMigrations.attach(dms.account, "orders", fatalAt(10, "x"), dms.clock.now());

        assertThat(seen.dataMigrationStatus()).isEqualTo("STARTING");
        assertThat(DataMigrations.pendingIncidents(dms.account, "orders")).hasSize(1);
    }

    @Test
    void should_answer_resource_not_found_for_an_unknown_migration() {
        assertThatThrownBy(() -> DataMigrations.attach(dms.account, "nope", fatalAt(10, "x"), t0))
                .isInstanceOfSatisfying(
                        ServiceError.class, e -> assertThat(e.code()).isEqualTo("ResourceNotFoundFault"));
        assertThat(DataMigrations.find(dms.account, "nope", t0)).isEmpty();
    }

    @Test
    void should_refuse_percentages_that_cannot_strike() {
        assertThatThrownBy(() -> fatalAt(101, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fatalAt(-1, "x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_fail_a_full_load_at_one_hundred_percent_as_its_last_table_is_loaded() {
        dms.migration("orders", MigrationTypeValue.FULL_LOAD);
        DataMigrations.attach(dms.account, "orders", fatalAt(100, "cached changes lost"), dms.clock.now());
        dms.start("orders", "start-replication");

        DataMigration failed = dms.jumpUntil("orders", "FAILED");

        assertThat(failed.stopReason()).isEqualTo("Stop Reason FATAL_ERROR");
        assertThat(failed.dataMigrationStatistics().fullLoadPercentage()).isEqualTo(100);
        assertThat(failed.lastFailureMessage()).isEqualTo("cached changes lost");
    }

    @Test
    void should_refuse_a_provisioning_failure_as_data_migrations_provision_nothing() {
        dms.migration("orders", MigrationTypeValue.FULL_LOAD);

        assertThatThrownBy(() -> io.dmstestkit.simulator.internal.Incidents.plan(
                        dms.account, "orders", DmsIncident.provisioningFailure("no capacity"), t0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("data migrations have no provisioning phase");
    }

    private static DmsIncident fatalAt(int percent, String message) {
        return DmsIncident.failAtPercent(percent, Severity.FATAL_ERROR, message);
    }
}
