package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.ScenarioIncludes;
import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioSpec;
import io.dmstestkit.dsl.internal.Callers;
import io.dmstestkit.dsl.internal.yaml.Node.Entry;
import io.dmstestkit.dsl.internal.yaml.Node.Mapping;
import io.dmstestkit.dsl.internal.yaml.Node.Scalar;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code steps:} list. Each item is one step, named by the {@code ScenarioSpec} method it
 * stands for ({@code start}, {@code await}, …) with that spec's options, handed to the spec methods by
 * {@link SpecCalls}; only {@code include} (which loads a file) and {@code disarmFaults} are read here.
 *
 * <pre>
 * steps:
 *   - start: orders
 *   - await: { replication: orders, fullLoad: 100%, within: 2h }
 * </pre>
 */
final class StepReader {

    private static final List<String> STEPS = YamlVocabulary.steps();

    private final Values values;
    private final ScenarioIncludes includes;
    private final SpecCalls calls;

    StepReader(Values values, ScenarioIncludes includes) {
        this.values = values;
        this.includes = includes;
        this.calls = new SpecCalls(values);
    }

    /** The steps this reader knows, in the order messages list them. */
    List<String> names() {
        return STEPS;
    }

    List<Step> steps(Node node) {
        if (Values.isEmpty(node)) {
            return List.of();
        }
        if (!(node instanceof Node.Sequence sequence)) {
            throw new ScenarioLoadException(
                    node.source(),
                    "'steps' must be a list, not " + node.describe(),
                    "write each step on its own line starting with '- ', e.g. - start: orders");
        }
        return sequence.items().stream().map(this::step).toList();
    }

    private Step step(Node item) {
        if (!(item instanceof Mapping mapping) || mapping.entries().size() != 1) {
            throw notOneStep(item);
        }
        Entry entry = mapping.entries().get(0);
        String name = entry.name();
        if (!STEPS.contains(name)) {
            throw Problems.unknown(entry.key(), "step", null, STEPS);
        }
        Source at = entry.key().source();
        return switch (name) {
            case "include" -> include(entry.value(), at);
            case "disarmFaults" -> disarmFaults(entry.value(), at);
            default -> {
                // the same spec method Java and Groovy call, so the same checks and defaults apply
                ScenarioSpec scenario = new ScenarioSpec(name, at, Map.of(), includes);
                Callers.at(at, () -> {
                    calls.step(scenario, name, entry.value(), at);
                    return null;
                });
                yield scenario.build().steps().get(0);
            }
        };
    }

    private ScenarioLoadException notOneStep(Node item) {
        if (item instanceof Mapping mapping && mapping.entries().size() > 1) {
            return new ScenarioLoadException(
                    item.source(),
                    "a step has one name; this one has '"
                            + mapping.entries().get(0).name() + "' and '"
                            + mapping.entries().get(1).name() + "'",
                    "indent a step's options below its name, or write them in braces: - await: { replication: orders, within: 2h }");
        }
        boolean known = item instanceof Scalar scalar && STEPS.contains(scalar.text());
        return new ScenarioLoadException(
                item.source(),
                "a step is written 'name: options', not " + item.describe(),
                known
                        ? "write - " + ((Scalar) item).text() + ": …"
                        : "e.g. - stop: orders; valid steps: " + String.join(", ", STEPS));
    }

    /** {@code disarmFaults: true}; an empty value means the same. */
    private Step disarmFaults(Node body, Source at) {
        if (Values.isEmpty(body)) {
            return new Step.DisarmFaults(at);
        }
        Scalar flag = values.scalar(body, "disarmFaults", "true");
        if (!Boolean.TRUE.equals(flag.value())) {
            throw new ScenarioLoadException(
                    flag.source(),
                    "disarmFaults must be true, was '" + flag.text() + "'",
                    "leave the step out when no fault should be disarmed");
        }
        return new Step.DisarmFaults(at);
    }

    /** {@code include: blocks/load.dms.yaml} or {@code include: { file: …, parameters: { rows: 1000 } }}. */
    private Step include(Node body, Source at) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String reference;
        if (Values.isShorthand(body)) {
            reference = values.text(body, "include");
        } else {
            Options options = Options.of(body, "include", List.of("file", "parameters"), values);
            reference = options.requiredText("file");
            options.node("parameters")
                    .ifPresent(node -> values.mapping(node, options.label("parameters"), "parameters: { rows: 1000 }")
                            .entries()
                            .forEach(entry -> parameters.put(entry.name(), parameterValue(entry))));
        }
        return new Step.Include(reference, parameters, included(reference, parameters, at), at);
    }

    /**
     * The included scenario. A problem with the included file as a whole (its name, its size: no line of
     * its own) is reported at this step, which is where it can be fixed; problems inside it keep their line.
     */
    private Scenario included(String reference, Map<String, String> parameters, Source at) {
        try {
            return includes.load(reference, parameters, at);
        } catch (ScenarioLoadException e) {
            if (e.source() == null || e.source().isKnown()) {
                throw e;
            }
            throw new ScenarioLoadException(at, "include '" + reference + "': " + e.problem(), e.hint(), e);
        }
    }

    /** As Java's {@code include(reference, Map.of("rows", 1000))}: the value's {@code String.valueOf}. */
    private String parameterValue(Entry entry) {
        Scalar value = values.scalar(entry.value(), "parameter '" + entry.name() + "'", "a value");
        return String.valueOf(value.value());
    }
}
