package io.dmstestkit.dsl;

import static io.dmstestkit.dsl.Dsl.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.DmsSimulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * What the runner says when something other than the scenario goes wrong: an unexpected exception is
 * reported against its step (file, line, step), never as a failure to close the session; and the model
 * refuses, when the scenario is built, what would only have failed in the middle of a run.
 */
class ScenarioRunnerErrorsTest {

    @Test
    void should_report_an_unexpected_exception_against_its_step_and_skip_the_rest() {
        DmsTarget target = new DefectiveTarget(DmsTargets.embedded(DmsSimulator.create()));
        Scenario scenario =
                ScenarioLoader.read("""
                        scenario: a defect in the target
                        replications:
                          orders: { tables: { public.orders: 1000 } }
                        steps:
                          - start: orders
                          - provisioningFails: orders
                          - stop: orders
                        """, "defect.dms.yaml", Map.of()).get(0);

        ScenarioResult result = new ScenarioRunner(target).run(scenario);

        assertThat(result.steps())
                .extracting(StepResult::outcome)
                .containsExactly(StepResult.Outcome.PASSED, StepResult.Outcome.FAILED, StepResult.Outcome.SKIPPED);
        assertThat(result.failure())
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("Step 'provisioning fails for orders' failed unexpectedly")
                        .contains("java.lang.NullPointerException: a defect")
                        .contains("defect.dms.yaml:6:5")
                        .contains("please report this message")
                        .doesNotContain("could not close the session"));
    }

    @Test
    void should_refuse_a_latency_spike_without_its_length_when_it_is_built_in_java() {
        Throwable thrown = catchThrowable(
                () -> scenario("spike").latencySpike("orders", Duration.ofMinutes(1), null, Duration.ofMinutes(2)));

        assertThat(thrown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("latencySpike 'orders': 'lasting' (how long the spike lasts) is missing; e.g. lasting: 5m");
    }

    @Test
    void should_refuse_an_await_that_would_poll_forever_whichever_front_end_built_it() {
        Throwable java = catchThrowable(() ->
                scenario("poll").await("orders", a -> a.status("stopped").pollEvery(Duration.ZERO)));
        Throwable record = catchThrowable(() -> new Step.Await(
                "orders",
                new io.dmstestkit.dsl.model.Condition.StatusIs(io.dmstestkit.dsl.model.Status.STOPPED),
                Duration.ofDays(3650),
                Duration.ofSeconds(1),
                Source.UNKNOWN));

        assertThat(java).hasMessageStartingWith("await 'orders': 'pollEvery' of 0s is shorter than 1s (virtual time)");
        assertThat(record)
                .hasMessageStartingWith("await 'orders' would poll 315360000 times (within 3650d, every 1s), more than"
                        + " 100000; poll less often (e.g. pollEvery 52m34s)");
    }

    @Test
    void should_refuse_a_negative_advance() {
        assertThat(catchThrowable(() -> scenario("back").advance(Duration.ofHours(-1))))
                .hasMessage("advance: the duration cannot be negative, was -1h; virtual time only moves forward");
    }

    /** The embedded target with a defect: planning a state fault throws, as a bug of ours would. */
    private record DefectiveTarget(DmsTarget real) implements DmsTarget {

        @Override
        public String describe() {
            return "a defective target";
        }

        @Override
        public Session open() {
            Session session = real.open();
            return new Session() {
                @Override
                public DatabaseMigrationClient client() {
                    return session.client();
                }

                @Override
                public Instant now() {
                    return session.now();
                }

                @Override
                public void advance(Duration duration) {
                    session.advance(duration);
                }

                @Override
                public boolean hasVirtualClock() {
                    return session.hasVirtualClock();
                }

                @Override
                public void declareTables(List<io.dmstestkit.simulator.TableSpec> tables) {
                    session.declareTables(tables);
                }

                @Override
                public String armFault(DmsFault fault) {
                    return session.armFault(fault);
                }

                @Override
                public void disarmFaults() {
                    session.disarmFaults();
                }

                @Override
                public void planIncident(String resourceArn, Step incident) {
                    throw new NullPointerException("a defect");
                }

                @Override
                public Optional<Duration> cdcLatency(String resourceArn) {
                    return session.cdcLatency(resourceArn);
                }

                @Override
                public long countCalls(String operation, String resource) {
                    return session.countCalls(operation, resource);
                }

                @Override
                public void close() {
                    session.close();
                }
            };
        }
    }
}
