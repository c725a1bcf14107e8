package io.dmstestkit.junit;

import static io.dmstestkit.junit.DmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmstestkit.dsl.model.Status;
import io.dmstestkit.dsl.model.StopReason;
import io.dmstestkit.simulator.StatusChange;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class ReplicationAssertTest {

    @Test
    void should_pass_on_what_the_replication_reports() {
        assertThat(Replications.stoppedNormally())
                .isStopped()
                .hasStatus(Status.STOPPED)
                .hasStatus("STOPPED")
                .hasStopReason("NORMAL")
                .hasStopReason("Stop Reason NORMAL")
                .hasStopReason(StopReason.NORMAL)
                .hasFullLoadProgress(100)
                .hasTablesLoaded(4);
        assertThat(Replications.failedAt40Percent()).hasFailureMessageContaining("ORA-01555");
    }

    @Test
    void should_report_expected_and_actual_status_for_the_ide() {
        DmsAssertionError error = catchThrowableOfType(
                DmsAssertionError.class,
                () -> assertThat(Replications.failedAt40Percent()).isRunning());

        Assertions.assertThat(error.getExpected().getValue()).isEqualTo("running");
        Assertions.assertThat(error.getActual().getValue()).isEqualTo("failed");
        Assertions.assertThat(error).hasMessageStartingWith("Replication 'orders' does not have status 'running'.");
    }

    @Test
    void should_show_the_status_history_when_it_has_one() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        ReplicationAssert withHistory = new ReplicationAssert(
                Replications.failedAt40Percent(),
                List.of(new StatusChange("initializing", start), new StatusChange("failed", start.plusSeconds(420))));

        assertThatThrownBy(() -> withHistory.hasStopReason("NORMAL"))
                .hasMessageContaining("history: 00:00:00 initializing → 00:07:00 failed")
                .hasMessageContaining("expected: Stop Reason NORMAL   actual: Stop Reason FATAL_ERROR");
    }

    @Test
    void should_say_a_replication_has_no_stop_reason_yet() {
        assertThatThrownBy(
                        () -> assertThat(Replications.orders().status("running").build())
                                .hasStopReason("NORMAL"))
                .isInstanceOf(DmsAssertionError.class)
                .hasMessageStartingWith("Replication 'orders' has no stop reason; expected 'Stop Reason NORMAL'.");
    }

    @Test
    void should_suggest_waiting_for_a_replication_still_on_its_way() {
        assertThatThrownBy(() -> assertThat(Replications.orders()
                                .status("provisioning_capacity")
                                .build())
                        .isRunning())
                .hasMessageContaining("how to fix: the run is still on its way: wait for the status first, e.g."
                        + " DmsAwait.awaitReplication(session, \"orders\")");
    }

    @Test
    void should_report_progress_tables_and_failure_messages() {
        ReplicationAssert failed = assertThat(Replications.failedAt40Percent());

        assertThatThrownBy(() -> failed.hasFullLoadProgress(100))
                .hasMessageStartingWith(
                        "Replication 'orders' is not 100% through its full load.\n  expected: 100%   actual: 40%");
        assertThatThrownBy(() -> failed.hasTablesLoaded(4))
                .hasMessageContaining("expected: 4   actual: 1")
                .hasMessageContaining("tables: 1 loading, 2 queued, 0 errored");
        assertThatThrownBy(() -> failed.hasFailureMessageContaining("ORA-00001"))
                .hasMessageContaining(
                        "expected: a failure message containing 'ORA-00001'   actual: [ORA-01555: snapshot too old]");
    }

    @Test
    void should_prefix_the_description_and_work_in_soft_assertions() {
        assertThatThrownBy(() -> assertThat(Replications.stoppedNormally())
                        .as("after cut-over")
                        .isRunning())
                .hasMessageStartingWith("[after cut-over] Replication 'orders' does not have status 'running'.");

        SoftAssertions softly = new SoftAssertions();
        softly.check(() -> assertThat(Replications.stoppedNormally()).isRunning());
        softly.check(() -> assertThat(Replications.stoppedNormally()).hasFullLoadProgress(50));
        Assertions.assertThat(softly.errorsCollected()).hasSize(2);
    }

    @Test
    void should_fail_on_a_missing_replication_like_assertj() {
        assertThatThrownBy(() -> assertThat((software.amazon.awssdk.services.databasemigration.model.Replication) null)
                        .isRunning())
                .hasMessageContaining("Expecting actual not to be null");
    }
}
