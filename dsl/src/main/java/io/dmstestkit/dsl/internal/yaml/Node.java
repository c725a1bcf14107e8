package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.model.Source;
import java.util.List;
import java.util.Optional;

/**
 * A YAML value with the place it was written. Jackson's own trees drop locations, and every message
 * about a scenario file needs one, so {@link YamlTree} builds these from Jackson's YAML parser.
 */
sealed interface Node {

    Source source();

    /** How a message names what was found instead of what was wanted, e.g. {@code a list}. */
    String describe();

    /**
     * Text, a number, {@code true}/{@code false} or null, as YAML typed it; {@code text} is what was
     * written (or, for a replaced parameter, its value as text).
     */
    record Scalar(Object value, String text, Source source) implements Node {

        /** Nothing written ({@code key:}, {@code key: ~}): treated as an option left out. */
        boolean isEmpty() {
            return value == null || "".equals(value);
        }

        @Override
        public String describe() {
            if (isEmpty()) {
                return "nothing";
            }
            return value instanceof String ? "text" : value instanceof Boolean ? "true/false" : "a number";
        }
    }

    record Entry(Scalar key, Node value) {
        String name() {
            return key.text();
        }
    }

    /** Entries in the order written; keys are unique ({@link YamlTree} refuses duplicates). */
    record Mapping(List<Entry> entries, Source source) implements Node {
        public Mapping {
            entries = List.copyOf(entries);
        }

        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.name().equals(key)).findFirst();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record Sequence(List<Node> items, Source source) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }
}
