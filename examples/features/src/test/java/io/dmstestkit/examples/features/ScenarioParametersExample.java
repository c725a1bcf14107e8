package io.dmstestkit.examples.features;

import static io.dmstestkit.dsl.Dsl.FULL_LOAD;
import static io.dmstestkit.dsl.Dsl.scenario;
import static io.dmstestkit.junit.DmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.ScenarioSpec;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.testcore.DmsTestSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Parameters: a scenario declares them with defaults ({@code parameters:} in YAML, {@code parameter(…)} in
 * Java and Groovy), uses them as {@code ${name}}, and callers override them: the loader, {@code include}
 * with {@code parameters:}, or {@code ./dms-testkit run --param rows=5000000}.
 */
@DmsScenario
class ScenarioParametersExample {

    @Test
    void a_yaml_scenario_runs_with_its_defaults_or_with_overrides(DmsTestSession session) {
        Scenario defaults = ScenarioLoader.loadResource("params/orders-load.dms.yaml", Map.of())
                .get(0);
        Scenario big = ScenarioLoader.loadResource(
                        "params/orders-load.dms.yaml", Map.of("rows", "50000000", "loadWithin", "3h"))
                .get(0);

        assertThat(defaults.parameters()).containsEntry("rows", "100000");
        assertThat(session.scenarioRunner().run(big)).passed();
        assertThat(session.tableStatistics("orders").get(0).fullLoadRows()).isEqualTo(50_000_000L);
    }

    @Test
    void java_scenarios_take_parameters_too() {
        ScenarioSpec spec = scenario("orders load", Map.of("rows", "2000")).parameter("rows", 1_000_000);
        long rows = spec.longParam("rows"); // the override wins over the default

        Scenario load = spec.replication("orders", r -> r.type(FULL_LOAD).table("public.orders", rows))
                .start("orders")
                .await("orders", a -> a.fullLoad(100).within(Duration.ofHours(1)))
                .build();

        assertThat(load.parameters()).containsEntry("rows", "2000");
    }
}
