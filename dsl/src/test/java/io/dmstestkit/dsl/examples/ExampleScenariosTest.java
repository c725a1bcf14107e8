package io.dmstestkit.dsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.ScenarioResult;
import io.dmstestkit.dsl.ScenarioRunner;
import io.dmstestkit.dsl.cli.DmsTestkitCommand;
import io.dmstestkit.dsl.model.Scenario;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * The shared example scenarios (examples/scenarios): every one passes, and every form of each (YAML,
 * Groovy, Java) builds the same model, so the docs can show any form.
 */
class ExampleScenariosTest {

    static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    static final Path SCENARIOS = EXAMPLES.resolve("scenarios");

    @Test
    void should_pass_every_example_through_the_command_line() {
        StringWriter out = new StringWriter();
        CommandLine cli = DmsTestkitCommand.commandLine();
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("run", SCENARIOS.toString());

        assertThat(out.toString()).as(out.toString()).contains(" passed, 0 failed");
        assertThat(exit).isZero();
    }

    @TestFactory
    Stream<DynamicTest> should_build_the_same_model_in_every_form() {
        Map<String, Scenario> java = ExampleScenariosInJava.all(EXAMPLES);
        return ScenarioLoader.discover(SCENARIOS).stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                    String name = file.getFileName().toString().replaceFirst("\\.dms\\.(yaml|groovy)$", "");
                    List<Scenario> loaded = ScenarioLoader.load(file, Map.of());
                    assertThat(java).as("a Java form of %s", name).containsKey(name);
                    assertThat(loaded).singleElement().isEqualTo(java.get(name));
                }));
    }

    @Test
    void should_have_each_example_in_yaml_and_groovy() throws Exception {
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            for (String name : ExampleScenariosInJava.all(EXAMPLES).keySet()) {
                assertThat(names).contains(name + ".dms.yaml", name + ".dms.groovy");
            }
        }
    }

    @Test
    void should_pass_the_java_forms_too() {
        ScenarioRunner runner = ScenarioRunner.embedded();
        for (Scenario scenario : ExampleScenariosInJava.all(EXAMPLES).values()) {
            ScenarioResult result = runner.run(scenario);
            assertThat(result.failure()).as(scenario.name()).isEmpty();
        }
    }
}
