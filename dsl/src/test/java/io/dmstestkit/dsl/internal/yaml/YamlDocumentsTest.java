package io.dmstestkit.dsl.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.model.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A file holds one scenario per YAML document; words YAML 1.1 would turn into booleans stay text. */
class YamlDocumentsTest {

    @Test
    void should_read_one_scenario_per_yaml_document() {
        List<Scenario> scenarios = ScenarioLoader.read("""
                ---
                scenario: first
                ---
                scenario: second
                steps:
                  - advance: 1m
                ...
                """, "two.dms.yaml", Map.of());

        assertThat(scenarios).extracting(Scenario::name).containsExactly("first", "second");
        assertThat(scenarios.get(1).steps().get(0).source().toString()).isEqualTo("two.dms.yaml:6:5");
    }

    @Test
    void should_refuse_a_file_with_only_comments_as_empty() {
        ScenarioLoadException e = catchThrowableOfType(
                ScenarioLoadException.class,
                () -> ScenarioLoader.read("# nothing here yet\n---\n", "empty.dms.yaml", Map.of()));

        assertThat(e.getMessage()).isEqualTo("""
                empty.dms.yaml:1:1: the file is empty
                  a scenario file starts with scenario: <name>""");
    }

    @Test
    void should_keep_yes_no_on_and_off_as_text() {
        Scenario scenario =
                ScenarioLoader.read("""
                scenario: no
                tags: [on, off, yes]
                """, "norway.dms.yaml", Map.of()).get(0);

        assertThat(scenario.name()).isEqualTo("no");
        assertThat(scenario.tags()).containsExactlyInAnyOrder("on", "off", "yes");
    }

    @Test
    void should_read_the_dms_yml_extension_too() {
        assertThat(ScenarioLoader.read("scenario: short\n", "short.dms.yml", Map.of()))
                .hasSize(1);
    }
}
