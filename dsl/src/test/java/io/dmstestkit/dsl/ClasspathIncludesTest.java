package io.dmstestkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Step;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scenario read from the classpath (e.g. from a shared jar) includes its blocks from the same jar. */
class ClasspathIncludesTest {

    @Test
    void should_resolve_a_relative_include_within_the_classpath_folder() {
        Scenario scenario = ScenarioLoader.loadResource("yaml/relative/includes-sibling-folder.dms.yaml", Map.of())
                .get(0);

        assertThat(scenario.steps())
                .singleElement()
                .isInstanceOfSatisfying(
                        Step.Include.class,
                        include ->
                                assertThat(include.included().source().file()).contains("yaml/blocks/load.dms.yaml"));
    }

    @Test
    void should_refuse_a_relative_include_that_climbs_above_the_classpath_root() {
        assertThatThrownBy(() -> ScenarioLoader.loadResource("yaml/relative/climbs-out.dms.yaml", Map.of()))
                .isInstanceOf(ScenarioLoadException.class)
                .hasMessageContaining("climbs-out.dms.yaml:3");
    }
}
