package io.dmstestkit.dsl.internal.message;

import io.dmstestkit.dsl.RunAwait;
import io.dmstestkit.dsl.RunState;
import io.dmstestkit.dsl.message.GoldenMessages;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pins each await message class word for word, as AssertJ pins its {@code ShouldXxx} messages: the runner,
 * JUnit's DmsAwait and the Spock support all build their wait messages through them. Run with
 * {@code -Ddms.golden.update=true} to rewrite the golden files after a deliberate change, then review the diff.
 */
class AwaitMessagesGoldenTest {

    private static final List<String> HISTORY =
            List.of("00:00:00 initializing", "00:01:00 testing_connection", "00:13:45 running");
    private static final AwaitReport.Where WHERE =
            new AwaitReport.Where("orders.dms.yaml:9:5", "await orders status stopped within 1h");

    @Test
    void should_reach_suggests_more_time_while_changes_are_planned() {
        GoldenMessages.assertMatches(
                "should-reach-more-time",
                ShouldReach.shouldReach(report(state("provisioning_capacity"), "running", WHERE, false)));
    }

    @Test
    void should_reach_names_the_missing_step_when_nothing_will_change() {
        GoldenMessages.assertMatches(
                "should-reach-nothing-will-change",
                ShouldReach.shouldReach(report(state("running"), "stopped", WHERE, true)));
    }

    @Test
    void should_reach_names_the_missing_call_in_a_test() {
        AwaitReport report = report(state("created"), "running", null, true);
        GoldenMessages.assertMatches(
                "should-reach-nothing-will-change-test",
                ShouldReach.shouldReach(new AwaitReport(
                        report.title(),
                        report.condition(),
                        report.awaitedStatus(),
                        report.actual(),
                        report.last(),
                        report.within(),
                        report.mode(),
                        RunAwait.Speaker.TEST,
                        report.history(),
                        null,
                        report.polls(),
                        true)));
    }

    @Test
    void should_not_fail_while_awaiting() {
        RunState failed = new RunState(
                RunState.REPLICATION,
                "orders",
                "arn:aws:dms:us-east-1:123456789012:replication-config:ORDERS",
                "failed",
                "Stop Reason FATAL_ERROR",
                List.of("ORA-01555: snapshot too old"),
                40,
                0,
                1,
                0,
                0,
                Map.of(),
                Optional.empty());
        GoldenMessages.assertMatches(
                "should-not-fail-while-awaiting",
                ShouldNotFailWhileAwaiting.shouldNotFail(report(failed, "running", WHERE, false)));
    }

    @Test
    void should_finish_within_the_time_budget() {
        GoldenMessages.assertMatches(
                "should-finish-within-time-budget",
                ShouldFinishWithinTimeBudget.shouldFinishWithin(
                        Duration.ofMinutes(1), report(state("running"), "stopped", WHERE, false)));
        GoldenMessages.assertMatches(
                "should-finish-within-time-budget-before-step",
                ShouldFinishWithinTimeBudget.shouldFinishWithin(
                        Duration.ofMinutes(1), "orders.dms.yaml:11:5", "stop orders"));
    }

    private static RunState state(String status) {
        return new RunState(
                RunState.REPLICATION,
                "orders",
                "arn:aws:dms:us-east-1:123456789012:replication-config:ORDERS",
                status,
                null,
                List.of(),
                0,
                0,
                0,
                0,
                0,
                Map.of(),
                Optional.empty());
    }

    private static AwaitReport report(RunState last, String awaited, AwaitReport.Where where, boolean nothingPlanned) {
        return new AwaitReport(
                last.title(),
                "status '" + awaited + "'",
                awaited,
                last.statusPhrase(),
                last,
                Duration.ofHours(1),
                RunAwait.Clock.Mode.VIRTUAL,
                RunAwait.Speaker.SCENARIO,
                HISTORY,
                where,
                240_000,
                nothingPlanned);
    }
}
