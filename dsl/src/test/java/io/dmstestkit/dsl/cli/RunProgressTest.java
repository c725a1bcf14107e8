package io.dmstestkit.dsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.Dsl;
import io.dmstestkit.dsl.model.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress of a run on a terminal and in a log, with the clock and the terminal decision given: no timing. */
class RunProgressTest {

    private static final String CLEAR = "\r\u001b[K";

    private final StringWriter written = new StringWriter();
    private final SteppedClock clock = new SteppedClock();

    private final Scenario cutover = Dsl.scenario("cut")
            .replication("o", r -> r.type(Dsl.FULL_LOAD_AND_CDC).table("public.orders", 1_000))
            .start("o")
            .await("o", a -> a.status(Dsl.RUNNING))
            .stop("o")
            .build();

    @Test
    void should_show_nothing_for_a_scenario_faster_than_a_second_on_a_terminal_or_not() {
        for (boolean terminal : new boolean[] {true, false}) {
            StringWriter out = new StringWriter();
            RunProgress progress = new RunProgress(new PrintWriter(out), terminal, clock);

            progress.started(cutover, 1, 1);
            progress.stepStarting(1, cutover.steps().get(0));
            clock.advance(Duration.ofMillis(999));
            progress.stepStarting(2, cutover.steps().get(1));
            progress.tick();
            progress.finished(List.of("PASS cutover"));

            assertThat(out.toString()).as("terminal: %s", terminal).isEqualTo("PASS cutover" + System.lineSeparator());
        }
    }

    @Test
    void should_redraw_one_line_in_place_on_a_terminal_once_a_scenario_is_slow_and_clear_it_for_the_outcome() {
        RunProgress progress = new RunProgress(new PrintWriter(written), true, clock);

        progress.started(cutover, 2, 3);
        progress.stepStarting(1, cutover.steps().get(0));
        clock.advance(Duration.ofMillis(1_200));
        progress.stepStarting(2, cutover.steps().get(1));
        clock.advance(Duration.ofMillis(500));
        progress.tick();
        progress.finished(List.of("PASS cutover"));

        assertThat(written.toString())
                .isEqualTo(CLEAR + "  ... [2/3] cut  1.2 s  step 2/3 (0.0 s): " + await()
                        + CLEAR + "  ... [2/3] cut  1.7 s  step 2/3 (0.5 s): " + await()
                        + CLEAR + "PASS cutover" + System.lineSeparator());
    }

    @Test
    void should_print_a_plain_line_per_step_of_a_slow_scenario_when_not_a_terminal() {
        RunProgress progress = new RunProgress(new PrintWriter(written), false, clock);

        progress.started(cutover, 1, 1);
        progress.stepStarting(1, cutover.steps().get(0));
        clock.advance(Duration.ofSeconds(5));
        progress.tick();
        progress.stepStarting(2, cutover.steps().get(1));
        progress.tick();
        progress.stepStarting(3, cutover.steps().get(2));
        progress.finished(List.of("PASS cutover"));

        assertThat(written.toString())
                .doesNotContain("\r", "\u001b")
                .isEqualTo(String.join(
                        System.lineSeparator(),
                        "  ... [1/1] cut, step 2/3: " + await(),
                        "  ... [1/1] cut, step 3/3: stop o",
                        "PASS cutover",
                        ""));
    }

    @Test
    void should_say_a_slow_scenario_is_still_creating_its_resources_before_its_first_step() {
        RunProgress progress = new RunProgress(new PrintWriter(written), true, clock);

        progress.started(cutover, 1, 1);
        clock.advance(Duration.ofSeconds(2));
        progress.tick();

        assertThat(written.toString()).isEqualTo(CLEAR + "  ... [1/1] cut  2.0 s  creating resources");
    }

    @Test
    void should_cut_a_long_scenario_name_and_a_long_line_to_the_terminal_width_so_it_can_be_redrawn() {
        Scenario longNames = Dsl.scenario("a scenario whose name alone is nearly as long as the whole line is")
                .replication(
                        "orders_with_a_long_name", r -> r.type(Dsl.FULL_LOAD).table("public.orders", 1))
                .start("orders_with_a_long_name")
                .await("orders_with_a_long_name", a -> a.status(Dsl.RUNNING))
                .build();
        RunProgress progress = new RunProgress(new PrintWriter(written), true, clock);

        progress.started(longNames, 1, 1);
        clock.advance(Duration.ofSeconds(2));
        progress.stepStarting(2, longNames.steps().get(1));

        String line = written.toString().substring(CLEAR.length());
        assertThat(line)
                .startsWith("  ... [1/1] a scenario whose name alone...  2.0 s  step 2/2 (0.0 s): await")
                .hasSize(RunProgress.WIDTH)
                .endsWith("...");
    }

    @Test
    void should_draw_nothing_between_scenarios() {
        RunProgress progress = new RunProgress(new PrintWriter(written), true, clock);
        progress.started(cutover, 1, 2);
        progress.finished(List.of("PASS cutover"));
        clock.advance(Duration.ofSeconds(5));

        progress.tick();

        assertThat(written.toString()).isEqualTo("PASS cutover" + System.lineSeparator());
    }

    private String await() {
        return cutover.steps().get(1).describe();
    }

    /** A clock that moves only when told. */
    private static final class SteppedClock implements InstantSource {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
