package io.dmstestkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Figures a benchmark knows at setup and JMH cannot report (calls per lifecycle, retained heap): printed,
 * and written as {@code <name>.json} into the directory named by the system property
 * {@value #DIRECTORY_PROPERTY} when it is set, where {@code run.sh} and the report writer pick them up.
 *
 * <pre>{@code
 * BenchmarkFacts.publish("scale", Map.of("retainedHeapBytes", 41_000_000L));
 * }</pre>
 */
final class BenchmarkFacts {

    static final String DIRECTORY_PROPERTY = "dmstestkit.benchmarks.facts";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchmarkFacts() {}

    static void publish(String name, Map<String, ?> facts) {
        try {
            System.out.println("[facts] " + name + ": " + JSON.writeValueAsString(facts));
            String directory = System.getProperty(DIRECTORY_PROPERTY);
            if (directory != null && !directory.isBlank()) {
                Path dir = Files.createDirectories(Path.of(directory));
                JSON.writer(SerializationFeature.INDENT_OUTPUT)
                        .writeValue(dir.resolve(name + ".json").toFile(), facts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the facts of " + name, e);
        }
    }
}
