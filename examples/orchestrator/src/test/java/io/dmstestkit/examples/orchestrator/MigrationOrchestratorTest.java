package io.dmstestkit.examples.orchestrator;

import static io.dmstestkit.dsl.Dsl.AccessDenied;
import static io.dmstestkit.dsl.Dsl.FAILED;
import static io.dmstestkit.dsl.Dsl.FATAL_ERROR;
import static io.dmstestkit.dsl.Dsl.FailedDependency;
import static io.dmstestkit.dsl.Dsl.NORMAL;
import static io.dmstestkit.dsl.Dsl.RECOVERABLE_ERROR;
import static io.dmstestkit.dsl.Dsl.Throttling;
import static io.dmstestkit.dsl.Dsl.scenario;
import static io.dmstestkit.junit.DmsAssertions.assertThatJournal;
import static io.dmstestkit.junit.DmsAssertions.assertThatReplication;
import static io.dmstestkit.simulator.CallCount.exactly;
import static io.dmstestkit.simulator.CallPattern.dmsCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmstestkit.dsl.ScenarioSpec;
import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.testcore.DmsTestSession;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * The {@link MigrationOrchestrator} tested with JUnit 5. Each test sets the stage (a scenario file, or a
 * scenario written in Java), runs the orchestrator with the injected SDK client, and checks what DMS now
 * describes and which calls it answered. The orchestrator's waits move the simulator's virtual clock:
 * an hour of DMS takes milliseconds, and nothing sleeps.
 */
@DmsScenario(files = "stages/orders-ready.dms.yaml") // replication config 'orders', never started
class MigrationOrchestratorTest {

    DatabaseMigrationClient dms; // injected, like everything below: this test's own account
    DmsSimulator simulator;
    DmsTestSession session;

    @Test
    void cuts_over_a_replication_that_loads_cleanly() {
        CutOverResult result = orchestrator().cutOver("orders");

        assertThat(result.stopReason()).isEqualTo("Stop Reason NORMAL");
        assertThat(result.restarts()).isZero();
        assertThatReplication(session, "orders")
                .isStopped()
                .hasStopReason(NORMAL)
                .hasFullLoadProgress(100);
        simulator.verify(exactly(1), dmsCall("StartReplication").withRequestContaining("start-replication"));
        simulator.verify(exactly(1), dmsCall("StopReplication"));
    }

    @Test
    void resumes_processing_when_the_replication_ran_before() {
        orchestrator().cutOver("orders");

        CutOverResult second = orchestrator().cutOver("orders");

        assertThat(second.stopReason()).isEqualTo("Stop Reason NORMAL");
        simulator.verify(exactly(1), dmsCall("StartReplication").withRequestContaining("resume-processing"));
    }

    @Test
    @DmsScenario(files = "stages/orders-ready.dms.yaml", advanceOnPoll = true)
    void with_advance_on_poll_no_pause_is_needed_at_all() {
        // Each Describe call first moves the clock to the next planned change: no waiting, few polls.
        CutOverResult result = new MigrationOrchestrator(dms, Pause.none()).cutOver("orders");

        assertThat(result.stopReason()).isEqualTo("Stop Reason NORMAL");
        assertThat(simulator.journal().count("DescribeReplications")).isLessThan(20);
    }

    @Test
    void says_so_when_the_config_does_not_exist() {
        OrchestrationException failure = catchThrowableOfType(
                OrchestrationException.class, () -> orchestrator().cutOver("billing"));

        assertThat(failure).hasMessage("No replication config 'billing' in this account and region: create it first");
        assertThatJournal(session).hasNoCalls("StartReplication");
    }

    @Test
    void retries_throttled_polls_with_backoff() {
        // The SDK retries throttling itself first (4 attempts in its default retry mode, with its own
        // backoff), so 5 throttled answers make the orchestrator retry once.
        given(scenario("DMS throttles polls")
                .fault(Throttling, f -> f.on("DescribeReplications").times(5)));

        CutOverResult result = orchestrator().cutOver("orders");

        assertThat(result.notes()).singleElement().asString().startsWith("DescribeReplications throttled");
        assertThatReplication(session, "orders").isStopped().hasStopReason(NORMAL);
        simulator.verify(exactly(5), dmsCall("DescribeReplications").withErrorCode("ThrottlingException"));
    }

    @Test
    void fails_fast_when_access_is_denied() {
        given(scenario("IAM lacks dms:StopReplication")
                .fault(
                        AccessDenied,
                        f -> f.on("StopReplication")
                                .message("User is not authorized to perform: dms:StopReplication")));

        PermissionDeniedException denied = catchThrowableOfType(
                PermissionDeniedException.class, () -> orchestrator().cutOver("orders"));

        assertThat(denied.operation()).isEqualTo("StopReplication");
        assertThat(denied).hasMessageContaining("not authorized").hasMessageContaining("nothing was retried");
        assertThatReplication(session, "orders").isRunning(); // left for a human to decide
        assertThatJournal(session).hasCalls("StopReplication", 1);
    }

    @Test
    void retries_a_failed_dependency() {
        given(scenario("KMS hiccups twice")
                .fault(FailedDependency, f -> f.on("StartReplication").times(2)));

        CutOverResult result = orchestrator().cutOver("orders");

        assertThat(result.notes()).hasSize(2).allMatch(note -> note.startsWith("StartReplication failed dependency"));
        assertThatReplication(session, "orders").isStopped().hasStopReason(NORMAL);
        assertThatJournal(session).hasCalls("StartReplication", 3);
    }

    @Test
    void gives_up_when_a_dependency_keeps_failing() {
        given(scenario("KMS is down").fault(FailedDependency, f -> f.on("StartReplication")));

        OrchestrationException failure = catchThrowableOfType(
                OrchestrationException.class, () -> orchestrator().cutOver("orders"));

        assertThat(failure).hasMessageStartingWith("StartReplication failed dependency 4 times in a row");
        assertThatJournal(session).hasCalls("StartReplication", 4); // the first call and 3 retries
    }

    @Test
    @DmsScenario(files = "stages/orders-fails-fatally-at-40.dms.yaml") // replaces the class's stage
    void reloads_the_target_once_after_a_fatal_error() {
        CutOverResult result = orchestrator().cutOver("orders");

        assertThat(result.restarts()).isEqualTo(1);
        assertThat(result.notes())
                .containsExactly("Stop Reason FATAL_ERROR [ORA-01555: snapshot too old]: restarted with reload-target");
        assertThatReplication(session, "orders").isStopped().hasStopReason(NORMAL);
        simulator.verify(exactly(1), dmsCall("StartReplication").withRequestContaining("reload-target"));
    }

    @Test
    @DmsScenario // no stage file: this test declares its world in Java
    void gives_up_with_the_failure_messages_when_the_reload_fails_too() {
        given(scenario("orders fails twice")
                .replication("orders", r -> r.table("public.orders", 200_000))
                .fail("orders", f -> f.at(40).reason(FATAL_ERROR).message("ORA-01555: snapshot too old"))
                .fail("orders", f -> f.at(60).reason(FATAL_ERROR).message("ORA-01555: snapshot too old, again")));

        ReplicationFailedException failure = catchThrowableOfType(
                ReplicationFailedException.class, () -> orchestrator().cutOver("orders"));

        assertThat(failure.stopReason()).isEqualTo("Stop Reason FATAL_ERROR");
        assertThat(failure.failureMessages()).containsExactly("ORA-01555: snapshot too old, again");
        assertThatReplication(session, "orders").hasStatus(FAILED).hasStopReason(FATAL_ERROR);
        assertThatJournal(session).hasCalls("StartReplication", 2).hasNoCalls("StopReplication");
    }

    @Test
    @DmsScenario
    void resumes_processing_after_a_recoverable_error() {
        given(scenario("orders hits a network blip")
                .replication("orders", r -> r.table("public.orders", 200_000))
                .fail("orders", f -> f.at(40).reason(RECOVERABLE_ERROR).message("network blip")));

        CutOverResult result = orchestrator().cutOver("orders");

        assertThat(result.restarts()).isEqualTo(1);
        assertThat(result.notes()).singleElement().asString().endsWith("restarted with resume-processing");
        assertThatReplication(session, "orders").isStopped().hasStopReason(NORMAL);
        simulator.verify(exactly(1), dmsCall("StartReplication").withRequestContaining("resume-processing"));
    }

    /** The orchestrator as production builds it, except that its waits move virtual time. */
    private MigrationOrchestrator orchestrator() {
        return new MigrationOrchestrator(dms, simulator.clock()::advance);
    }

    /** Runs a scenario in this test's account: what it creates and the faults it arms stay for the test. */
    private void given(ScenarioSpec stage) {
        session.scenarioRunner().run(stage.build()).assertPassed();
    }
}
