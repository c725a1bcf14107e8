package io.dmstestkit.examples.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.DmsIncident.Severity;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.InProcessTransportFault;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * Cases fault exploration found, pinned with the reproduction lines its report printed (pasted as they
 * were): the robust orchestrator survives them, the fragile one does not.
 */
@DmsScenario(files = "stages/orders-ready.dms.yaml") // replication config 'orders', never started
class CutOverRegressionTest {

    DatabaseMigrationClient dms;
    DmsSimulator simulator;

    @Test
    void restarts_a_first_run_that_failed_at_once_with_start_replication() {
        simulator.planIncident(
                "orders",
                DmsIncident.failAt(Instant.parse("2026-01-01T00:00:00Z"), Severity.FATAL_ERROR, "Simulated failure"));

        CutOverResult result = new MigrationOrchestrator(dms, simulator.clock()::advance).cutOver("orders");

        assertThat(result.stopReason()).isEqualTo("Stop Reason NORMAL");
        assertThat(result.restarts()).isOne();
    }

    @Test
    void a_start_answered_past_the_attempt_timeout_counts_as_started() {
        simulator
                .transportFaults()
                .arm(InProcessTransportFault.delay(Duration.ofMinutes(1))
                        .on("StartReplication")
                        .afterCalls(0)
                        .times(1));

        CutOverResult result = new MigrationOrchestrator(dms, simulator.clock()::advance).cutOver("orders");

        // The timed-out attempt started it; the SDK's retry was refused, and that is no failure.
        assertThat(result.stopReason()).isEqualTo("Stop Reason NORMAL");
        assertThat(result.notes()).anyMatch(note -> note.startsWith("StartReplication refused"));
    }

    @Test
    void a_stop_answered_past_the_attempt_timeout_counts_as_stopped() {
        simulator
                .transportFaults()
                .arm(InProcessTransportFault.delay(Duration.ofMinutes(1))
                        .on("StopReplication")
                        .afterCalls(0)
                        .times(1));

        CutOverResult result = new MigrationOrchestrator(dms, simulator.clock()::advance).cutOver("orders");

        assertThat(result.stopReason()).isEqualTo("Stop Reason NORMAL");
        assertThat(result.notes()).anyMatch(note -> note.startsWith("StopReplication refused"));
    }

    @Test
    void survives_a_failed_dependency_while_polling() {
        simulator
                .faults()
                .arm(DmsFault.error("FailedDependency")
                        .on("DescribeReplications")
                        .resource("orders")
                        .onCall(2)
                        .build());

        CutOverResult result = new MigrationOrchestrator(dms, simulator.clock()::advance).cutOver("orders");

        assertThat(result.stopReason()).isEqualTo("Stop Reason NORMAL");
    }

    @Test
    void the_fragile_orchestrator_gives_up_on_that_failed_dependency() {
        simulator
                .faults()
                .arm(DmsFault.error("FailedDependency")
                        .on("DescribeReplications")
                        .resource("orders")
                        .onCall(2)
                        .build());

        OrchestrationException failure = catchThrowableOfType(
                OrchestrationException.class,
                () -> new MigrationOrchestrator(dms, simulator.clock()::advance, FragileOrchestrator.SETTINGS)
                        .cutOver("orders"));

        assertThat(failure).hasMessageStartingWith("DescribeReplications failed dependency 1 times in a row");
    }

    /** Settings of an orchestrator that never retries a failed dependency: the bug exploration must find. */
    static final class FragileOrchestrator {
        static final OrchestratorSettings SETTINGS = new OrchestratorSettings(
                Duration.ofSeconds(30), Duration.ofHours(6), 5, Duration.ofSeconds(1), Duration.ofMinutes(1), 0, 3);

        private FragileOrchestrator() {}
    }
}
