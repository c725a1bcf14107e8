package io.dmstestkit.dsl.internal.groovy;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Step;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Scenarios, resources and steps read from a Groovy file carry the file name and the line they were written on. */
class GroovySourceLocationTest {

    private static Scenario cutover() {
        return ScenarioLoader.loadResource("groovy/orders-cutover.dms.groovy", Map.of())
                .get(0);
    }

    private static List<String> locations(List<Step> steps) {
        return steps.stream().map(step -> step.source().toString()).toList();
    }

    @Test
    void should_locate_the_scenario_and_its_resources() {
        Scenario scenario = cutover();

        assertThat(scenario.source()).hasToString("orders-cutover.dms.groovy:2");
        assertThat(scenario.resources().get(0).source()).hasToString("orders-cutover.dms.groovy:3");
    }

    @Test
    void should_locate_every_step_at_its_line() {
        assertThat(locations(cutover().steps()))
                .containsExactly(
                        "orders-cutover.dms.groovy:8",
                        "orders-cutover.dms.groovy:9",
                        "orders-cutover.dms.groovy:10",
                        "orders-cutover.dms.groovy:11",
                        "orders-cutover.dms.groovy:12");
    }

    @Test
    void should_locate_a_block_step_at_the_line_that_opens_it() {
        List<Step> steps = ScenarioLoader.loadResource("groovy/failures.dms.groovy", Map.of())
                .get(0)
                .steps();

        Step multiLineFault = steps.get(5);
        Source at = multiLineFault.source();

        assertThat(multiLineFault.describe()).startsWith("fault FailedDependency");
        assertThat(at.file()).isEqualTo("failures.dms.groovy");
        assertThat(at.line()).isEqualTo(10);
    }

    @Test
    void should_locate_steps_made_in_loops_at_the_line_in_the_loop() {
        Scenario cdc = ScenarioLoader.loadResource("groovy/two-scenarios.dms.groovy", Map.of())
                .get(1);

        assertThat(locations(cdc.steps()))
                .containsExactly("two-scenarios.dms.groovy:23", "two-scenarios.dms.groovy:23");
        assertThat(cdc.source()).hasToString("two-scenarios.dms.groovy:16");
    }

    @Test
    void should_name_steps_by_the_file_name_without_its_directories() {
        String text = "scenario('x') {\n    replication('orders') {}\n\n    start 'orders'\n}\n";

        Scenario scenario = ScenarioLoader.read(text, "some/dir/located.dms.groovy", Map.of())
                .get(0);

        assertThat(scenario.steps().get(0).source())
                .isEqualTo(new Source("located.dms.groovy", 4, 0))
                .hasToString("located.dms.groovy:4");
    }

    @Test
    void should_locate_the_steps_of_an_included_block_in_the_block() {
        Step.Include include = (Step.Include) ScenarioLoader.loadResource("groovy/with-include.dms.groovy", Map.of())
                .get(0)
                .steps()
                .get(0);

        assertThat(include.source()).hasToString("with-include.dms.groovy:4");
        assertThat(locations(include.included().steps()))
                .containsExactly("start-and-load.dms.groovy:7", "start-and-load.dms.groovy:8");
    }
}
