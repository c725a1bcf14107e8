package io.dmstestkit.dsl;

import static io.dmstestkit.dsl.Dsl.FULL_LOAD;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD_AND_CDC;
import static io.dmstestkit.dsl.Dsl.RUNNING;
import static io.dmstestkit.dsl.Dsl.STOPPED;
import static io.dmstestkit.dsl.Dsl.scenario;
import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.CallPattern;
import io.dmstestkit.simulator.DmsSimulator;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Waits that could never end, or end only after hours of wall time: the runner jumps over empty virtual
 * time, says when nothing will change, reads one table rather than all of them, and keeps to its wall-time
 * budget. Poll counts come from the simulator's journal, not from timing.
 */
class ScenarioWaitsTest {

    private final DmsSimulator simulator = DmsSimulator.create();
    private final ScenarioRunner runner = new ScenarioRunner(DmsTargets.embedded(simulator));

    @Test
    void should_say_nothing_will_change_when_a_steady_run_is_awaited_to_stop() {
        ScenarioResult result = runner.run(scenario("never stops")
                .replication("orders", r -> r.type(FULL_LOAD_AND_CDC).table("public.orders", 1_000))
                .start("orders")
                .await("orders", a -> a.status(RUNNING).within(ofHours(1)))
                .await("orders", a -> a.status(STOPPED).within(ofDays(1000)).pollEvery(ofHours(1)))
                .build());

        assertThat(result.failure())
                .hasValueSatisfying(message -> assertThat(message)
                        .startsWith("Replication 'orders' did not reach status 'stopped' within 1000d (virtual).")
                        .contains("expected: status 'stopped'   actual: status 'running'")
                        .contains("how to fix: nothing will change: Replication 'orders' is running with nothing"
                                + " planned; add a stop step before awaiting status 'stopped'"));
        assertThat(polls("DescribeReplications")).isLessThan(40);
    }

    @Test
    void should_jump_to_the_next_change_instead_of_polling_through_empty_time() {
        ScenarioResult result = runner.run(scenario("starts")
                .replication("orders", r -> r.type(FULL_LOAD_AND_CDC).table("public.orders", 1_000))
                .start("orders")
                .await("orders", a -> a.status(RUNNING).within(ofDays(1)).pollEvery(ofSeconds(1)))
                .build());

        result.assertPassed();
        Duration startup = io.dmstestkit.simulator.Timings.defaults().startupTotal();
        assertThat(result.steps().get(1).virtualTime()).isBetween(startup, startup.plusSeconds(1));
        assertThat(polls("DescribeReplications")).isLessThan(40);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a guard against the hang this test is about, not a timing
    void should_read_one_table_per_poll_when_awaiting_one_table_among_many() {
        ScenarioResult result = runner.run(scenario("many tables")
                .replication("orders", r -> {
                    r.type(FULL_LOAD);
                    for (int i = 0; i < 300; i++) {
                        r.table("public.t" + i, 10);
                    }
                })
                .start("orders")
                .await(
                        "orders",
                        a -> a.tableState("public.t299", "Table completed").within(ofDays(10)))
                .await("orders", a -> a.fullLoad(100).within(ofDays(10)))
                .build());

        result.assertPassed();
        assertThat(polls("DescribeReplicationTableStatistics")).isLessThanOrEqualTo(polls("DescribeReplications"));
    }

    @Test
    void should_fail_the_step_running_when_the_time_budget_is_used_up() {
        ScenarioResult result = runner.timeBudget(Duration.ofNanos(1))
                .run(scenario("no time")
                        .replication("orders", r -> r.table("public.orders", 1_000))
                        .start("orders")
                        .build());

        assertThat(result.failure())
                .hasValueSatisfying(message -> assertThat(message)
                        .startsWith("The scenario run used up its wall-time budget of ")
                        .contains("before step 'start orders'")
                        .contains("how to fix: poll less often (pollEvery), await something nearer, or give the run a"
                                + " larger budget (ScenarioRunner.timeBudget, --time-budget)"));
    }

    @Test
    void should_refuse_a_time_budget_that_is_not_positive() {
        assertThatThrownBy(() -> runner.timeBudget(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("time budget must be a positive duration");
    }

    private long polls(String operation) {
        return simulator.journal().find(CallPattern.dmsCall(operation)).size();
    }
}
