package io.dmstestkit.dsl.internal.groovy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.model.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader's own contract; what scripts may say is in the parity, sandbox and golden tests. */
class GroovyScenarioReaderTest {

    private final GroovyScenarioReader reader = new GroovyScenarioReader();

    private List<Scenario> read(String script) {
        return reader.read(script, "reader.dms.groovy", Map.of(), ScenarioLoader.defaultIncludes());
    }

    @Test
    void should_read_only_dms_groovy_files() {
        assertThat(reader.reads("orders.dms.groovy")).isTrue();
        assertThat(reader.reads("orders.groovy")).isFalse();
        assertThat(reader.reads("orders.dms.yaml")).isFalse();
        assertThat(ScenarioLoader.isScenarioFile("scenarios/orders.dms.groovy")).isTrue();
    }

    @Test
    void should_refuse_a_time_limit_below_a_millisecond() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GroovyScenarioReader(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new GroovyScenarioReader(Duration.ofNanos(10)));
    }

    @Test
    void should_name_a_scenario_with_an_interpolated_string() {
        assertThat(read("def n = 3\nscenario(\"orders ${n}\") { replication('orders') {} }"))
                .extracting(Scenario::name)
                .containsExactly("orders 3");
    }

    @Test
    void should_keep_the_dsl_functions_next_to_the_scenario_word() {
        Scenario scenario = read("scenario('x') {\n    expectCalls 'StopReplication', atMost(2)\n"
                        + "    await('orders') { fullLoad percent(50) }\n}")
                .get(0);

        assertThat(scenario.steps()).hasSize(2);
    }

    @Test
    void should_report_an_unknown_named_option_with_the_closest_one() {
        ScenarioLoadException failure = catchThrowableOfType(
                ScenarioLoadException.class,
                () -> read("scenario('x') {\n    fault AccessDenied, on: 'StopReplication', time: 1\n}"));

        // the options follow in no fixed order (Set.of), so this is no golden file
        assertThat(failure.getMessage())
                .startsWith(
                        "reader.dms.groovy:2: unknown option 'time' for fault AccessDenied; did you mean 'times'? Options: ");
    }

    @Test
    void should_report_a_misspelled_word_inside_a_loop_in_its_block() {
        ScenarioLoadException failure = catchThrowableOfType(
                ScenarioLoadException.class,
                () -> read("scenario('x') {\n    replication('orders') {\n        (1..2).each { n ->\n"
                        + "            tabel \"public.t$n\", rows: 10\n        }\n    }\n}"));

        assertThat(failure.source().line()).isEqualTo(4);
        assertThat(failure.problem()).isEqualTo("unknown word 'tabel' in a replication block");
        assertThat(failure.hint()).startsWith("did you mean 'table'?");
    }

    @Test
    void should_pass_a_load_error_of_an_included_file_through_unchanged() {
        ScenarioLoadException failure = catchThrowableOfType(
                ScenarioLoadException.class,
                () -> read("scenario('x') {\n    include 'classpath:broken/groovy-misspelled-step.dms.groovy'\n}"));

        assertThat(failure.getMessage()).startsWith("broken/groovy-misspelled-step.dms.groovy:3: unknown word 'strat'");
    }

    @Test
    void should_report_a_missing_included_file_at_the_include() {
        ScenarioLoadException failure = catchThrowableOfType(
                ScenarioLoadException.class,
                () -> read("scenario('x') {\n\n    include 'classpath:groovy/blocks/no-such-block.dms.groovy'\n}"));

        assertThat(failure.source()).hasToString("reader.dms.groovy:3");
        assertThat(failure.problem()).isEqualTo("no classpath resource 'groovy/blocks/no-such-block.dms.groovy'");
    }
}
