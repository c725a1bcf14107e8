package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.ScenarioIncludes;
import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.internal.yaml.Node.Entry;
import io.dmstestkit.dsl.internal.yaml.Node.Mapping;
import io.dmstestkit.dsl.internal.yaml.Node.Scalar;
import io.dmstestkit.dsl.model.ExpectedError;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.StartType;
import io.dmstestkit.dsl.model.Step;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the {@code steps:} list. Each item is one step, named by the {@code ScenarioSpec} method it
 * stands for ({@code start}, {@code await}, …) with that spec's options; this class reads the steps
 * that act on a run and includes, {@link CheckReader} and {@link IncidentReader} the others.
 *
 * <pre>
 * steps:
 *   - start: orders
 *   - await: { replication: orders, fullLoad: 100%, within: 2h }
 * </pre>
 */
final class StepReader {

    @FunctionalInterface
    private interface Kind {
        Step read(Node body, Source at);
    }

    private final Values values;
    private final ScenarioIncludes includes;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    StepReader(Values values, ScenarioIncludes includes) {
        this.values = values;
        this.includes = includes;
        CheckReader checks = new CheckReader(values);
        IncidentReader incidents = new IncidentReader(values);
        kinds.put("start", this::start);
        kinds.put("stop", this::stop);
        kinds.put("reload", this::reload);
        kinds.put("await", checks::await);
        kinds.put("advance", this::advance);
        kinds.put("fault", incidents::fault);
        kinds.put("disarmFaults", this::disarmFaults);
        kinds.put("fail", incidents::fail);
        kinds.put("tableError", incidents::tableError);
        kinds.put("latencySpike", incidents::latencySpike);
        kinds.put("provisioningFails", incidents::provisioningFails);
        kinds.put("expect", checks::expect);
        kinds.put("expectCalls", checks::expectCalls);
        kinds.put("include", this::include);
    }

    /** The steps this reader knows, in the order messages list them. */
    Set<String> names() {
        return kinds.keySet();
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
        Kind kind = kinds.get(entry.name());
        if (kind == null) {
            throw Problems.unknown(entry.key(), "step", null, kinds.keySet());
        }
        // the model's records check themselves; what they refuse is reported at the step
        return Problems.checked(
                entry.key().source(),
                null,
                () -> kind.read(entry.value(), entry.key().source()));
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
        boolean known = item instanceof Scalar scalar && kinds.containsKey(scalar.text());
        return new ScenarioLoadException(
                item.source(),
                "a step is written 'name: options', not " + item.describe(),
                known
                        ? "write - " + ((Scalar) item).text() + ": …"
                        : "e.g. - stop: orders; valid steps: " + String.join(", ", kinds.keySet()));
    }

    /** {@code start: orders} or {@code start: { replication: orders, type: resume-processing, … }}. */
    private Step start(Node body, Source at) {
        StartType defaultType = JavaDefaults.START.startType();
        if (Values.isShorthand(body)) {
            return new Step.Start(values.text(body, "start"), defaultType, null, null, null, null, at);
        }
        Options options = Options.withTarget(body, "start", YamlVocabulary.options("start"), values);
        return new Step.Start(
                options.target(),
                Objects.requireNonNullElse(options.word("type", StartType::parse), defaultType),
                cdcStartTime(options),
                options.text("cdcStartPosition"),
                options.text("cdcStopPosition"),
                expectedError(options),
                at);
    }

    /** {@code stop: orders} or {@code stop: { replication: orders, expectError: AccessDenied }}. */
    private Step stop(Node body, Source at) {
        if (Values.isShorthand(body)) {
            return new Step.Stop(values.text(body, "stop"), null, at);
        }
        Options options = Options.withTarget(body, "stop", YamlVocabulary.options("stop"), values);
        return new Step.Stop(options.target(), expectedError(options), at);
    }

    private Step reload(Node body, Source at) {
        Options options = Options.withTarget(body, "reload", List.of("tables"), values);
        String target = options.target();
        List<String> tables = values.texts(options.required("tables"), options.label("tables")).stream()
                .map(Scalar::text)
                .toList();
        return new Step.Reload(target, tables, at);
    }

    private Step advance(Node body, Source at) {
        return new Step.Advance(values.duration(body, "advance"), at);
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

    private String cdcStartTime(Options options) {
        String time = options.text("cdcStartTime");
        try {
            return time == null ? null : Instant.parse(time).toString();
        } catch (DateTimeParseException e) {
            throw new ScenarioLoadException(
                    options.at("cdcStartTime"),
                    options.label("cdcStartTime") + " must be an ISO-8601 time such as 2026-01-01T00:00:00Z, was '"
                            + time + "'",
                    null);
        }
    }

    private ExpectedError expectedError(Options step) {
        return step.node("expectError")
                .map(node -> expectedError(node, step.label("expectError")))
                .orElse(null);
    }

    /** {@code expectError: AccessDenied} or {@code expectError: { error: AccessDenied, messageContains: … }}. */
    private ExpectedError expectedError(Node node, String label) {
        if (Values.isShorthand(node)) {
            String error = values.text(node, label);
            return Problems.checked(node.source(), label, () -> new ExpectedError(error, null));
        }
        Options options = Options.of(node, label, List.of("error", "messageContains"), values);
        String error = options.requiredText("error");
        String messageContains = options.text("messageContains");
        return Problems.checked(options.at("error"), label, () -> new ExpectedError(error, messageContains));
    }
}
