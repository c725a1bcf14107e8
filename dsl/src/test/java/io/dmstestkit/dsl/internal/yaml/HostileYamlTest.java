package io.dmstestkit.dsl.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.model.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenario files are shared like data, so a hostile one must be refused quickly with a clear message,
 * never run, expanded or answered with a raw parser exception.
 */
// A guard against hangs, not a speed check: hostile input must be refused, never loop forever.
@org.junit.jupiter.api.Timeout(value = 120, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
class HostileYamlTest {

    @TempDir
    Path directory;

    @Test
    void should_refuse_the_billion_laughs_at_its_first_alias() {
        String bomb = "scenario: lol\nsteps:\n  - a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
                + IntStream.range(1, 10)
                        .mapToObj(i -> "  - a" + i + ": &a" + i + " [" + ("*a" + (i - 1) + ", ").repeat(8) + "*a"
                                + (i - 1) + "]\n")
                        .collect(Collectors.joining());

        ScenarioLoadException e = refused(bomb);

        assertThat(e.getMessage()).startsWith("""
                bomb.dms.yaml:4:14: YAML aliases (*a0) are not supported
                  scenario files are data only""");
    }

    @Test
    void should_refuse_a_10_mb_file_before_parsing_it() throws IOException {
        String huge = "scenario: huge\n# " + "x".repeat(10 * 1024 * 1024) + "\n";
        Path file = Files.writeString(directory.resolve("huge.dms.yaml"), huge);

        Throwable fromText = catchThrowable(() -> ScenarioLoader.read(huge, "huge.dms.yaml", Map.of()));
        Throwable fromFile = catchThrowable(() -> ScenarioLoader.load(file, Map.of()));

        assertThat(fromText)
                .isInstanceOf(ScenarioLoadException.class)
                .hasMessageStartingWith("huge.dms.yaml: the file is larger than 1024 KiB");
        assertThat(fromFile).isInstanceOf(ScenarioLoadException.class).hasMessageContaining("larger than 1024 KiB");
    }

    @Test
    void should_refuse_an_oversized_document_even_when_the_reader_is_called_directly() {
        String large = "scenario: large\ntags: " + "x".repeat(ScenarioLoader.MAX_FILE_BYTES) + "\n";

        Throwable thrown = catchThrowable(() -> new YamlScenarioReader().read(large, "large.dms.yaml", Map.of(), null));

        assertThat(thrown)
                .isInstanceOf(ScenarioLoadException.class)
                .hasMessageStartingWith("large.dms.yaml:2:")
                .hasMessageContaining(": the YAML exceeds a size limit: The incoming YAML document exceeds the limit");
    }

    @Test
    void should_refuse_deep_flow_nesting() {
        ScenarioLoadException e = refused("scenario: deep\ntags: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");

        assertThat(e.getMessage()).startsWith("bomb.dms.yaml:2:107: the YAML is nested deeper than 100 levels");
    }

    @Test
    void should_refuse_deep_block_nesting() {
        String deep = "scenario: deep\nparameters:\n"
                + IntStream.range(1, 200)
                        .mapToObj(i -> "  ".repeat(i) + "k" + i + ":\n")
                        .collect(Collectors.joining());

        assertThat(refused(deep).problem()).isEqualTo("the YAML is nested deeper than 100 levels");
    }

    @Test
    void should_refuse_duplicate_keys_naming_both_places() {
        ScenarioLoadException e = refused("""
                scenario: twice
                steps:
                  - fault: { error: AccessDenied, times: 1, times: 100 }
                """);

        assertThat(e.getMessage()).isEqualTo("""
                bomb.dms.yaml:3:45: duplicate key 'times' (first at line 3)
                  a key appears once in a mapping; remove or rename one of them""");
    }

    @Test
    void should_refuse_java_type_tags_without_instantiating_anything() {
        ScenarioLoadException e = refused("""
                scenario: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost:1/"]]]]
                """);

        assertThat(e.getMessage()).isEqualTo("""
                bomb.dms.yaml:1:11: the YAML tag '!!javax.script.ScriptEngineManager' is not allowed
                  scenario files are data only; remove the tag (text, numbers, true/false, lists and mappings need none)""");
    }

    @Test
    void should_refuse_local_tags_too() {
        assertThat(refused("scenario: !shell rm -rf /\n").problem()).isEqualTo("the YAML tag '!shell' is not allowed");
    }

    @Test
    void should_read_yaml_core_tags_as_the_data_they_type() {
        Step.Fail fail = (Step.Fail) ScenarioLoader.read("""
                scenario: tagged
                steps:
                  - fail: { replication: orders, at: !!int 40, message: !!str 1.50 }
                """, "tagged.dms.yaml", Map.of())
                .get(0)
                .steps()
                .get(0);

        assertThat(fail.atPercent()).isEqualTo(40);
        assertThat(fail.message()).isEqualTo("1.50");
    }

    @Test
    void should_refuse_binary_values() {
        assertThat(refused("scenario: !!binary aGVsbG8=\n").problem())
                .isEqualTo("the YAML tag '!!binary' is not allowed");
    }

    private static ScenarioLoadException refused(String yaml) {
        Throwable thrown = catchThrowable(() -> ScenarioLoader.read(yaml, "bomb.dms.yaml", Map.of()));
        assertThat(thrown).isInstanceOf(ScenarioLoadException.class);
        return (ScenarioLoadException) thrown;
    }
}
