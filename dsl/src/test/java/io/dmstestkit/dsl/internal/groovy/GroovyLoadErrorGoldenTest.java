package io.dmstestkit.dsl.internal.groovy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden-file tests of load errors, as AssertJ tests its error messages: each broken script
 * {@code broken/groovy-<case>.dms.groovy} fails to load with exactly the message in
 * {@code golden/groovy-<case>.txt}. Run with {@code -Ddmstestkit.golden.update=true} to rewrite the golden
 * files from the current messages, then review the diff.
 */
class GroovyLoadErrorGoldenTest {

    private static final String PREFIX = "groovy-";
    private static final String SUFFIX = ".dms.groovy";
    private static final boolean UPDATE = Boolean.getBoolean("dmstestkit.golden.update");

    static Stream<String> brokenScripts() throws IOException {
        try (Stream<Path> files = Files.list(resourceDirectory("broken"))) {
            return files
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(PREFIX) && name.endsWith(SUFFIX))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenScripts")
    void should_explain_a_broken_script_exactly_as_its_golden_file(String script) throws IOException {
        ScenarioLoadException failure = catchThrowableOfType(
                ScenarioLoadException.class, () -> ScenarioLoader.loadResource("broken/" + script, Map.of()));
        assertThat(failure).as("loading broken/%s must fail", script).isNotNull();

        String golden = "golden/" + script.substring(0, script.length() - SUFFIX.length()) + ".txt";
        if (UPDATE) {
            Files.writeString(Path.of("src/test/resources", golden), failure.getMessage() + "\n");
            return;
        }
        assertThat(failure.getMessage()).isEqualTo(read(golden).stripTrailing());
    }

    @Test
    void should_have_a_golden_file_for_every_broken_script_and_no_stale_ones() throws IOException {
        try (Stream<Path> goldens = Files.list(resourceDirectory("golden"))) {
            assertThat(goldens.map(file -> file.getFileName().toString())
                            .filter(name -> name.startsWith(PREFIX))
                            .map(name -> name.substring(0, name.length() - ".txt".length()) + SUFFIX))
                    .containsExactlyInAnyOrderElementsOf(brokenScripts().toList());
        }
    }

    private static String read(String resource) {
        try {
            return Files.readString(resourceDirectory(resource), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resourceDirectory(String name) {
        try {
            return Path.of(Objects.requireNonNull(
                            GroovyLoadErrorGoldenTest.class.getClassLoader().getResource(name), name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
