package io.dmstestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a message with {@code src/test/resources/golden/<name>.txt}. Run with
 * {@code -Ddms-testkit.golden.update=true} to rewrite the files after a deliberate change, then review the diff.
 */
final class Golden {

    private static final String UPDATE = "dms-testkit.golden.update";

    private Golden() {}

    static void assertMatches(String name, String actual) {
        String resource = "golden/" + name + ".txt";
        if (Boolean.getBoolean(UPDATE)) {
            write(Path.of("src/test/resources", resource), actual);
            return;
        }
        assertThat(actual).as("message pinned in %s", resource).isEqualTo(read(resource));
    }

    private static String read(String resource) {
        try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(
                        "no golden file " + resource + "; run with -D" + UPDATE + "=true to create it");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
