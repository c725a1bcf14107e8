package io.dmstestkit.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The figures benchmarks publish at setup ({@code <name>.json} files, see {@code BenchmarkFacts}), by name.
 *
 * <pre>{@code
 * Facts facts = Facts.read(Path.of("benchmarks/results/facts"));
 * facts.number("scale", "retainedHeapBytes");                 // OptionalDouble[4.1E7]
 * }</pre>
 */
record Facts(Map<String, JsonNode> byName) {

    Facts {
        byName = Map.copyOf(byName);
    }

    static Facts none() {
        return new Facts(Map.of());
    }

    /** Every {@code *.json} of a directory; no facts when it does not exist. */
    static Facts read(Path directory) {
        if (!Files.isDirectory(directory)) {
            return none();
        }
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> facts = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String name = file.getFileName().toString();
                facts.put(name.substring(0, name.length() - ".json".length()), json.readTree(file.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the facts in " + directory, e);
        }
        return new Facts(facts);
    }

    /** A numeric fact, empty when the benchmark did not run or did not publish it. */
    OptionalDouble number(String name, String field) {
        JsonNode value = byName.getOrDefault(name, com.fasterxml.jackson.databind.node.MissingNode.getInstance())
                .path(field);
        return value.isNumber() ? OptionalDouble.of(value.asDouble()) : OptionalDouble.empty();
    }
}
