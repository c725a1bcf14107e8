package io.dmstestkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an include may name, checked before anything is read: a scenario file (YAML includes YAML only),
 * a regular file, inside the including file's project. Each refusal names the including file and line.
 */
class IncludeResolutionTest {

    @TempDir
    Path directory;

    @Test
    void should_refuse_a_name_that_is_no_scenario_file_before_looking_for_it() throws IOException {
        Path main = write("main.dms.yaml", """
                scenario: main
                steps:
                  - advance: 1m
                  - include: /no/such/folder/passwd
                """);

        ScenarioLoadException refused = refusal(main);

        assertThat(refused.source()).hasToString(main + ":4:5");
        assertThat(refused.problem()).isEqualTo("'/no/such/folder/passwd' is not a scenario file");
    }

    @Test
    void should_refuse_a_groovy_block_in_a_yaml_scenario() throws IOException {
        write("blocks/helper.dms.groovy", "scenario('helper') { advance 1.minutes }");
        Path main = write("main.dms.yaml", """
                scenario: data only
                steps:
                  - include: blocks/helper.dms.groovy
                """);

        ScenarioLoadException refused = refusal(main);

        assertThat(refused.source()).hasToString(main + ":3:5");
        assertThat(refused.problem())
                .isEqualTo("a YAML scenario includes YAML files only, not 'blocks/helper.dms.groovy'");
    }

    @Test
    void should_let_a_groovy_scenario_include_yaml_and_groovy() throws IOException {
        write("blocks/advance.dms.groovy", "scenario('advance') { advance 1.minutes }");
        write("blocks/stop.dms.yaml", "scenario: stop\nsteps:\n  - stop: orders\n");
        Path main = write("main.dms.groovy", """
                scenario('main') {
                    include 'blocks/advance.dms.groovy'
                    include 'blocks/stop.dms.yaml'
                }
                """);

        Scenario scenario = ScenarioLoader.load(main, Map.of()).get(0);

        assertThat(scenario.steps()).allMatch(step -> step instanceof Step.Include);
        assertThat(scenario.steps()).hasSize(2);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void should_refuse_a_scenario_name_that_is_not_a_regular_file_without_reading_it() throws IOException {
        assumeThat(Path.of("/dev/zero")).exists();
        try {
            Files.createSymbolicLink(directory.resolve("zero.dms.yaml"), Path.of("/dev/zero"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeThat(e).as("symbolic links are not supported here").isNull();
        }
        Path main = write("main.dms.yaml", """
                scenario: main
                steps:
                  - include: zero.dms.yaml
                """);

        ScenarioLoadException refused = refusal(main);

        assertThat(refused.source()).hasToString(main + ":3:5");
        assertThat(refused.problem()).endsWith("zero.dms.yaml' is not a regular file");
    }

    @Test
    void should_refuse_a_folder_named_like_a_scenario() throws IOException {
        Files.createDirectories(directory.resolve("folder.dms.yaml"));
        Path main = write("main.dms.yaml", """
                scenario: main
                steps:
                  - include: folder.dms.yaml
                """);

        assertThat(refusal(main).problem()).endsWith("folder.dms.yaml' is not a regular file");
    }

    @Test
    void should_refuse_an_include_that_leaves_the_project() throws IOException {
        write("outside.dms.yaml", "scenario: outside\nsteps:\n  - advance: 1m\n");
        Path main = write("project/main.dms.yaml", """
                scenario: main
                steps:
                  - include: ../outside.dms.yaml
                """);

        ScenarioLoadException refused = refusal(main);

        assertThat(refused.source()).hasToString(main + ":3:5");
        assertThat(refused.problem())
                .isEqualTo("'../outside.dms.yaml' is " + directory.resolve("outside.dms.yaml")
                        + ", outside the scenario root " + directory.resolve("project"));
    }

    @Test
    void should_let_an_include_climb_to_another_folder_of_the_same_project() throws IOException {
        write("pom.xml", "<project/>");
        write("blocks/stop.dms.yaml", "scenario: stop\nsteps:\n  - stop: orders\n");
        Path main = write("scenarios/main.dms.yaml", """
                scenario: main
                steps:
                  - include: ../blocks/stop.dms.yaml
                """);

        Scenario scenario = ScenarioLoader.load(main, Map.of()).get(0);

        assertThat(((Step.Include) scenario.steps().get(0)).included().name()).isEqualTo("stop");
    }

    private static ScenarioLoadException refusal(Path main) {
        ScenarioLoadException refused =
                catchThrowableOfType(ScenarioLoadException.class, () -> ScenarioLoader.load(main, Map.of()));
        assertThat(refused).as("loading %s must fail", main).isNotNull();
        return refused;
    }

    private Path write(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
