package io.dmstestkit.dsl.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Load errors are part of the user interface, so their full text is pinned: each
 * {@code broken/<name>.dms.yaml} must fail with exactly the message in {@code golden/<name>.dms.yaml.txt}.
 * After a deliberate change, run with {@code -Ddms.golden.update=true} to rewrite the golden files,
 * then review the diff.
 */
class YamlLoadErrorGoldenTest {

    private static final String SUFFIX = ".dms.yaml";
    private static final Path GOLDEN_SOURCES = Path.of("src/test/resources/golden");

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void should_say_where_what_and_how_to_fix_it(String file) throws IOException {
        Throwable thrown = catchThrowable(() -> ScenarioLoader.loadResource("broken/" + file, Map.of()));

        assertThat(thrown).isInstanceOf(ScenarioLoadException.class);
        if (Boolean.getBoolean("dms.golden.update")) {
            Files.writeString(GOLDEN_SOURCES.resolve(file + ".txt"), thrown.getMessage() + "\n");
            return;
        }
        assertThat(thrown.getMessage()).isEqualTo(golden(file));
    }

    @Test
    void should_have_a_broken_file_for_every_golden_message() {
        List<String> goldens = list("golden").stream()
                .filter(name -> name.endsWith(SUFFIX + ".txt"))
                .map(name -> name.substring(0, name.length() - ".txt".length()))
                .toList();

        assertThat(brokenFiles()).containsExactlyInAnyOrderElementsOf(goldens);
    }

    static List<String> brokenFiles() {
        return list("broken").stream().filter(name -> name.endsWith(SUFFIX)).toList();
    }

    private static String golden(String file) throws IOException {
        String text = Files.readString(resource("golden").resolve(file + ".txt"), StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static List<String> list(String directory) {
        try (Stream<Path> files = Files.list(resource(directory))) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String directory) {
        try {
            return Path.of(YamlLoadErrorGoldenTest.class
                    .getClassLoader()
                    .getResource(directory)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
