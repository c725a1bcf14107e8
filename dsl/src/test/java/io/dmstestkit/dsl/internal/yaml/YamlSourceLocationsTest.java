package io.dmstestkit.dsl.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Step;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every scenario, resource and step knows the file, line and column it was written at. */
class YamlSourceLocationsTest {

    private static final String FILE = "locations.dms.yaml";

    private final Scenario scenario = ScenarioLoader.read("""
            # the scenario starts on line 2
            scenario: locations
            replications:
              orders: { type: full-load }
            dataMigrations:
              customers:
                engine: mysql
            steps:
              - start: orders
              - await: { replication: orders, fullLoad: 100% }
              -   stop: orders
              - include: classpath:yaml/blocks/load.dms.yaml
            """, FILE, Map.of()).get(0);

    @Test
    void should_locate_the_scenario_at_its_name() {
        assertThat(where(scenario.source())).isEqualTo("locations.dms.yaml:2:1");
    }

    @Test
    void should_locate_each_resource_at_its_name() {
        assertThat(scenario.resources())
                .extracting(resource -> where(resource.source()))
                .containsExactly("locations.dms.yaml:4:3", "locations.dms.yaml:6:3");
    }

    @Test
    void should_locate_each_step_at_its_name() {
        assertThat(scenario.steps())
                .extracting(step -> where(step.source()))
                .containsExactly(
                        "locations.dms.yaml:9:5",
                        "locations.dms.yaml:10:5",
                        "locations.dms.yaml:11:7",
                        "locations.dms.yaml:12:5");
    }

    @Test
    void should_locate_included_steps_in_the_included_file() {
        Step.Include include = (Step.Include) scenario.steps().get(3);

        assertThat(include.included().steps())
                .extracting(step -> where(step.source()))
                .containsExactly("yaml/blocks/load.dms.yaml:11:5", "yaml/blocks/load.dms.yaml:12:5");
    }

    private static String where(Source source) {
        return source.toString();
    }
}
