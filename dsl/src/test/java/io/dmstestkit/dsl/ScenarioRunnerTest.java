package io.dmstestkit.dsl;

import static io.dmstestkit.dsl.Dsl.AccessDenied;
import static io.dmstestkit.dsl.Dsl.FATAL_ERROR;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD_AND_CDC;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD_ONLY_FINISHED;
import static io.dmstestkit.dsl.Dsl.NORMAL;
import static io.dmstestkit.dsl.Dsl.RELOAD_TARGET;
import static io.dmstestkit.dsl.Dsl.RUNNING;
import static io.dmstestkit.dsl.Dsl.STOPPED;
import static io.dmstestkit.dsl.Dsl.exactly;
import static io.dmstestkit.dsl.Dsl.scenario;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.model.Scenario;
import org.junit.jupiter.api.Test;

class ScenarioRunnerTest {

    private final ScenarioRunner runner = ScenarioRunner.embedded();

    @Test
    void should_run_the_canonical_cut_over() {
        Scenario cutover = scenario("orders cut-over")
                .replication(
                        "orders",
                        r -> r.type(FULL_LOAD_AND_CDC)
                                .table("public.orders", 2_000_000)
                                .table("public.order_lines", 9_000_000))
                .start("orders")
                .await("orders", a -> a.fullLoad(100).within(ofHours(2)))
                .await("orders", a -> a.cdcLatencyBelow(ofSeconds(5)).within(ofMinutes(10)))
                .stop("orders")
                .await("orders", a -> a.status(STOPPED).within(ofMinutes(5)))
                .expect(
                        "orders",
                        e -> e.status(STOPPED).stopReason(NORMAL).fullLoad(100).tablesLoaded(2))
                .expectCalls("StopReplication", exactly(1))
                .build();

        ScenarioResult result = runner.run(cutover);

        assertThat(result.failure()).isEmpty();
        assertThat(result.steps()).allMatch(StepResult::passed);
        assertThat(result.virtualTime()).isGreaterThan(ofMinutes(15));
    }

    @Test
    void should_tell_its_step_listener_as_each_step_starts_and_not_of_steps_skipped_after_a_failure() {
        Scenario scenario = scenario("listened")
                .replication("orders", r -> r.type(FULL_LOAD).table("public.orders", 1_000))
                .start("orders")
                .expect("orders", e -> e.status(STOPPED))
                .stop("orders")
                .build();
        java.util.List<String> told = new java.util.ArrayList<>();

        ScenarioResult result = runner.onStep(
                        (run, number, step) -> told.add(run.name() + " " + number + " " + step.describe()))
                .run(scenario);

        assertThat(result.passed()).isFalse();
        assertThat(told)
                .containsExactly(
                        "listened 1 " + scenario.steps().get(0).describe(),
                        "listened 2 " + scenario.steps().get(1).describe());
    }

    @Test
    void should_stop_a_full_load_by_itself() {
        ScenarioResult result = runner.run(scenario("full load only")
                .replication("orders", r -> r.type(FULL_LOAD).table("public.orders", 100_000))
                .start("orders")
                .await("orders", a -> a.status(STOPPED).within(ofHours(1)))
                .expect("orders", e -> e.stopReason(FULL_LOAD_ONLY_FINISHED))
                .build());

        assertThat(result.failure()).isEmpty();
    }

    @Test
    void should_retry_a_refused_stop() {
        ScenarioResult result = runner.run(scenario("refused stop")
                .replication("orders", r -> r.table("public.orders", 10_000))
                .start("orders")
                .await("orders", a -> a.status(RUNNING).within(ofHours(1)))
                .fault(AccessDenied, f -> f.on("StopReplication").times(1).message("not authorized to stop"))
                .stop("orders", s -> s.expectError(AccessDenied, "not authorized"))
                .stop("orders")
                .expectCalls("StopReplication", exactly(2))
                .build());

        assertThat(result.failure()).isEmpty();
    }

    @Test
    void should_fail_at_forty_percent_then_reload_the_target() {
        ScenarioResult result = runner.run(scenario("fail and reload")
                .replication("orders", r -> r.table("public.orders", 5_000_000))
                .fail("orders", f -> f.at(40).reason(FATAL_ERROR).message("ORA-01555: snapshot too old"))
                .start("orders")
                .await("orders", a -> a.status("failed").within(ofHours(2)))
                .expect("orders", e -> e.stopReason(FATAL_ERROR).failureMessageContains("ORA-01555"))
                .start("orders", RELOAD_TARGET)
                .await("orders", a -> a.fullLoad(100).within(ofHours(2)))
                .build());

        assertThat(result.failure()).isEmpty();
    }

    @Test
    void should_explain_a_wait_that_fails_fast_with_history_and_location() {
        ScenarioResult result = runner.run(scenario("broken")
                .replication("orders", r -> r.table("public.orders", 5_000_000))
                .fail("orders", f -> f.at(40).message("ORA-01555: snapshot too old"))
                .start("orders")
                .await("orders", a -> a.fullLoad(100).within(ofHours(2)))
                .stop("orders")
                .build());

        assertThat(result.passed()).isFalse();
        assertThat(result.failure())
                .hasValueSatisfying(message -> assertThat(message)
                        .startsWith("Replication 'orders' failed while awaiting full load at least 100%.")
                        .contains("expected: full load at least 100%   actual: full load 40% (status 'failed')")
                        .contains("history: 00:00:00 initializing → ")
                        .contains("stop reason: Stop Reason FATAL_ERROR")
                        .contains("ORA-01555")
                        .contains("at ScenarioRunnerTest.java:")
                        .contains("(step: await orders full load 100% within 2h)")
                        .contains("how to fix:"));
        assertThat(result.steps())
                .extracting(StepResult::outcome)
                .containsExactly(
                        StepResult.Outcome.PASSED,
                        StepResult.Outcome.PASSED,
                        StepResult.Outcome.FAILED,
                        StepResult.Outcome.SKIPPED);
    }

    @Test
    void should_name_the_unknown_resource_a_step_refers_to() {
        ScenarioResult result = runner.run(scenario("typo")
                .replication("orders", r -> r.table("public.orders", 1_000))
                .start("ordres")
                .build());

        assertThat(result.failure())
                .hasValueSatisfying(m -> assertThat(m)
                        .contains("'ordres' is not a replication")
                        .contains("did you mean 'orders'?")
                        .contains("declared: orders"));
    }

    @Test
    void should_run_a_data_migration_start_and_stop() {
        ScenarioResult result = runner.run(scenario("data migration")
                .dataMigration("customers", d -> d.type(FULL_LOAD_AND_CDC).table("public.customers", 50_000))
                .start("customers")
                .await("customers", a -> a.fullLoad(100).within(ofHours(1)))
                .stop("customers")
                .await("customers", a -> a.status(STOPPED).within(ofMinutes(10)))
                .expect("customers", e -> e.stopReason(NORMAL).tablesLoaded(1))
                .build());

        assertThat(result.failure()).isEmpty();
    }

    @Test
    void should_keep_parallel_runs_on_one_simulator_apart() {
        Scenario one = scenario("one")
                .replication("orders", r -> r.table("public.orders", 1_000))
                .build();

        assertThat(runner.run(one).passed()).isTrue();
        assertThat(runner.run(one).passed()).isTrue();
    }
}
