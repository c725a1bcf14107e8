package io.dmstestkit.dsl.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a message with {@code src/test/resources/golden/messages/<name>.txt}, for the golden tests of the
 * message classes. Run with {@code -Ddms.golden.update=true} to rewrite the files after a deliberate change,
 * then review the diff.
 */
public final class GoldenMessages {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/messages");

    private GoldenMessages() {}

    public static void assertMatches(String name, String message) {
        Path golden = GOLDEN.resolve(name + ".txt");
        try {
            if (Boolean.getBoolean("dms.golden.update")) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, message + "\n", StandardCharsets.UTF_8);
            }
            assertThat(message + "\n").isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
