package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.internal.yaml.Node.Entry;
import io.dmstestkit.dsl.internal.yaml.Node.Mapping;
import io.dmstestkit.dsl.internal.yaml.Node.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options of one step, resource or block, e.g. the mapping after {@code await:}. Unknown options
 * are refused when it is made ("did you mean"); the getters read the others typed, naming the option
 * in their messages; the spec methods they are handed to check their values.
 */
final class Options {

    /** The keys naming what a step acts on; interchangeable, as in {@code stop: orders}. */
    static final List<String> TARGET_KEYS =
            List.of("replication", "dataMigration", "migrationProject", "task", "instance", "target");

    private final Mapping mapping;
    private final String what;
    private final Values values;

    private Options(Mapping mapping, String what, Values values) {
        this.mapping = mapping;
        this.what = what;
        this.values = values;
    }

    /**
     * The options in {@code node}, which must be a mapping (or empty: no options).
     *
     * @param what how messages name the owner, e.g. {@code await} or {@code replication 'orders'}
     */
    static Options of(Node node, String what, List<String> allowed, Values values) {
        Mapping mapping = values.mapping(node, what, "{ " + allowed.get(0) + ": …, … }");
        for (Entry entry : mapping.entries()) {
            if (!allowed.contains(entry.name())) {
                throw unknownOption(entry.key(), what, allowed);
            }
        }
        return new Options(mapping, what, values);
    }

    /** As {@link #of}, for steps naming their target with {@code replication:} (or its synonyms). */
    static Options withTarget(Node node, String what, List<String> allowed, Values values) {
        List<String> all = new ArrayList<>(TARGET_KEYS);
        all.addAll(allowed);
        return of(node, what, all, values);
    }

    List<Entry> entries() {
        return mapping.entries();
    }

    Optional<Node> node(String key) {
        return mapping.entry(key).map(Entry::value).filter(value -> !Values.isEmpty(value));
    }

    boolean has(String key) {
        return node(key).isPresent();
    }

    String label(String key) {
        return "'" + key + "' of " + what;
    }

    String requiredText(String key) {
        return values.text(required(key), label(key));
    }

    Node required(String key) {
        return node(key)
                .orElseThrow(() -> new ScenarioLoadException(mapping.source(), what + " needs '" + key + ":'", null));
    }

    /** The replication or data migration named by {@code replication:}, {@code dataMigration:} or {@code target:}. */
    String target() {
        List<Entry> given = mapping.entries().stream()
                .filter(entry -> TARGET_KEYS.contains(entry.name()))
                .toList();
        if (given.size() != 1) {
            throw new ScenarioLoadException(
                    given.isEmpty() ? mapping.source() : given.get(1).key().source(),
                    what + (given.isEmpty() ? " does not say what it acts on" : " names what it acts on twice"),
                    "give one of replication: <name>, dataMigration: <name>, migrationProject: <name>, task: <name> or"
                            + " instance: <name>");
        }
        return values.text(given.get(0).value(), label(given.get(0).name()));
    }

    ScenarioLoadException problem(String message, String hint) {
        return new ScenarioLoadException(mapping.source(), message, hint);
    }

    private static ScenarioLoadException unknownOption(Scalar key, String what, List<String> allowed) {
        if (key.text().equals("<<")) {
            return new ScenarioLoadException(
                    key.source(),
                    "YAML merge keys (<<) are not supported",
                    "scenario files are data only; write the options out, or use parameters");
        }
        return Problems.unknown(key, "option", what, allowed);
    }
}
