package io.dmstestkit.dsl.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.dsl.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code include:} runs another scenario file here, from the classpath or a relative path, with parameters. */
class YamlIncludesTest {

    @TempDir
    Path directory;

    @Test
    void should_include_a_classpath_scenario_with_parameters() {
        Scenario scenario = read("""
                scenario: includes
                parameters: { rows: 1000 }
                steps:
                  - include: { file: classpath:yaml/blocks/load.dms.yaml, parameters: { rows: "${rows}", table: public.customers } }
                """, Map.of("rows", "42"));

        Step.Include include = (Step.Include) scenario.steps().get(0);
        assertThat(include.reference()).isEqualTo("classpath:yaml/blocks/load.dms.yaml");
        assertThat(include.parameters()).isEqualTo(Map.of("rows", "42", "table", "public.customers"));
        assertThat(include.included().parameters()).isEqualTo(include.parameters());
        assertThat(scenario.resource("loader-42"))
                .get()
                .extracting(resource -> ((Resource.Replication) resource).tables())
                .isEqualTo(java.util.List.of(new Table("public.customers", 42)));
    }

    @Test
    void should_resolve_a_relative_path_against_the_including_file() throws IOException {
        write("blocks/stop.dms.yaml", """
                scenario: stop it
                parameters: { name: orders }
                steps:
                  - stop: ${name}
                """);
        Path main = write("main.dms.yaml", """
                scenario: main
                steps:
                  - include: { file: blocks/stop.dms.yaml, parameters: { name: customers } }
                  - include: blocks/stop.dms.yaml
                """);

        Scenario scenario = ScenarioLoader.load(main, Map.of()).get(0);

        assertThat(scenario.steps())
                .extracting(step -> ((Step.Include) step).included().steps().get(0))
                .extracting(step -> ((Step.Stop) step).target())
                .containsExactly("customers", "orders");
    }

    @Test
    void should_refuse_an_include_cycle_where_it_closes() throws IOException {
        write("a.dms.yaml", """
                scenario: a
                steps:
                  - include: b.dms.yaml
                """);
        write("b.dms.yaml", """
                scenario: b
                steps:
                  - advance: 1m
                  - include: a.dms.yaml
                """);

        ScenarioLoadException e = catchThrowableOfType(
                ScenarioLoadException.class, () -> ScenarioLoader.load(directory.resolve("a.dms.yaml"), Map.of()));

        assertThat(e.source().toString()).isEqualTo(directory.resolve("b.dms.yaml") + ":4:5");
        assertThat(e.problem())
                .startsWith("include cycle: ")
                .endsWith("b.dms.yaml → " + directory.resolve("a.dms.yaml"));
    }

    @Test
    void should_report_a_mistake_in_an_included_file_at_its_own_line() throws IOException {
        write("broken.dms.yaml", """
                scenario: broken block
                steps:
                  - strat: orders
                """);
        Path main = write("main.dms.yaml", """
                scenario: main
                steps:
                  - include: broken.dms.yaml
                """);

        ScenarioLoadException e =
                catchThrowableOfType(ScenarioLoadException.class, () -> ScenarioLoader.load(main, Map.of()));

        assertThat(e.source().toString()).isEqualTo(directory.resolve("broken.dms.yaml") + ":3:5");
        assertThat(e.problem()).isEqualTo("unknown step 'strat'");
    }

    private Path write(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static Scenario read(String text, Map<String, String> overrides) {
        return ScenarioLoader.read(text, "includes.dms.yaml", overrides).get(0);
    }
}
