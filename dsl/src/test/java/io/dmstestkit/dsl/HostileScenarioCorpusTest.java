package io.dmstestkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of hostile and careless scenario files ({@code src/test/resources/hostile}): each one, YAML or
 * Groovy, must be refused when it is loaded, so {@code dms-testkit check} catches it before a run, with
 * exactly the message in {@code hostile/<file>.txt} (where, what, how to fix). Extend it by adding a file
 * and its message; run with {@code -Ddms.golden.update=true} to write the messages, then review them.
 */
// A guard against hangs, not a speed check: a hostile file must be refused, never loop forever.
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileScenarioCorpusTest {

    private static final String CORPUS = "hostile";
    private static final Path CORPUS_SOURCES = Path.of("src/test/resources", CORPUS);

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void should_refuse_the_file_when_loading_it_with_its_pinned_message(String file) throws IOException {
        Throwable thrown = catchThrowable(() -> ScenarioLoader.loadResource(CORPUS + "/" + file, Map.of()));

        assertThat(thrown).isInstanceOf(ScenarioLoadException.class);
        if (Boolean.getBoolean("dms.golden.update")) {
            Files.writeString(CORPUS_SOURCES.resolve(file + ".txt"), thrown.getMessage() + "\n");
            return;
        }
        assertThat(thrown.getMessage()).isEqualTo(expected(file));
    }

    @Test
    void should_pin_a_message_for_every_file_of_the_corpus() {
        List<String> pinned = list().stream()
                .filter(name -> name.endsWith(".txt"))
                .map(name -> name.substring(0, name.length() - ".txt".length()))
                .toList();

        assertThat(corpus()).isNotEmpty().containsExactlyInAnyOrderElementsOf(pinned);
    }

    static List<String> corpus() {
        return list().stream().filter(ScenarioLoader::isScenarioFile).toList();
    }

    private static String expected(String file) throws IOException {
        String text = Files.readString(directory().resolve(file + ".txt"), StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    private static List<String> list() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path directory() {
        try {
            return Path.of(HostileScenarioCorpusTest.class
                    .getClassLoader()
                    .getResource(CORPUS)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
