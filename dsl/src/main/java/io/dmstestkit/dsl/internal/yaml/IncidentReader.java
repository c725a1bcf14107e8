package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.model.FaultDecl;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.dsl.model.StopReason;
import io.dmstestkit.simulator.DmsOperations;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Reads the steps that make things go wrong: {@code fault} ({@code FaultSpec}), {@code fail}
 * ({@code FailSpec}), {@code tableError}, {@code latencySpike} and {@code provisioningFails}.
 *
 * <pre>
 * - fault: { error: AccessDenied, on: StopReplication, times: 1, message: not authorized to stop }
 * - fail: { replication: orders, at: 40%, reason: FATAL_ERROR, message: "ORA-01555: snapshot too old" }
 * </pre>
 */
final class IncidentReader {

    private static final List<String> FAULT_OPTIONS = YamlVocabulary.options("fault");

    /** As the Groovy form ({@code fault …, probability: 0.3}), a probability without a seed uses 1. */
    private static final long DEFAULT_SEED = 1;

    private final Values values;

    IncidentReader(Values values) {
        this.values = values;
    }

    /** {@code fault: Throttling} (every call) or {@code fault: { error: AccessDenied, on: …, … }}. */
    Step fault(Node body, Source at) {
        if (Values.isShorthand(body)) {
            String error = values.text(body, "fault");
            return armed(
                    Problems.checked(
                            at,
                            "fault",
                            () -> new FaultDecl(error, null, List.of(), null, null, null, null, null, null)),
                    at);
        }
        Options options = Options.of(body, "fault", FAULT_OPTIONS, values);
        String error = options.requiredText("error");
        Double probability = options.node("probability")
                .map(n -> values.decimal(n, options.label("probability")))
                .orElse(null);
        Long seed = options.node("seed")
                .map(n -> values.anyWholeNumber(n, options.label("seed")))
                .orElse(null);
        if (seed != null && probability == null) {
            throw new ScenarioLoadException(
                    options.at("seed"), "a fault's seed needs a probability", "add probability: 0.5, or remove seed");
        }
        FaultDecl fault = Problems.checked(
                at,
                "fault",
                () -> new FaultDecl(
                        error,
                        options.text("message"),
                        operations(options),
                        options.text("resource"),
                        options.wholeInt("times"),
                        options.wholeInt("onCall"),
                        options.wholeInt("afterCalls"),
                        probability,
                        probability == null ? null : Objects.requireNonNullElse(seed, DEFAULT_SEED),
                        options.duration("from"),
                        options.text("whileStatus"),
                        options.text("account")));
        return armed(fault, at);
    }

    private List<String> operations(Options options) {
        return options.node("on")
                .map(node -> values.texts(node, options.label("on")).stream()
                        .map(operation -> Problems.checked(
                                operation.source(),
                                options.label("on"),
                                () -> DmsOperations.requireKnown(operation.text())))
                        .toList())
                .orElse(List.of());
    }

    private static Step armed(FaultDecl fault, Source at) {
        return new Step.ArmFault(fault, at);
    }

    /** Exactly one of {@code at: 40%} or {@code after: 10m}; FATAL_ERROR or RECOVERABLE_ERROR. */
    Step fail(Node body, Source at) {
        Options options = Options.withTarget(body, "fail", YamlVocabulary.options("fail"), values);
        String target = options.target();
        Integer atPercent = options.percent("at");
        Duration after = options.duration("after");
        if ((atPercent == null) == (after == null)) {
            throw options.problem(
                    "fail '" + target + "' needs exactly one of at (a full-load percent) or after (a duration)",
                    "e.g. fail: { replication: " + target + ", at: 40% } or fail: { replication: " + target
                            + ", after: 10m }");
        }
        StopReason reason =
                Objects.requireNonNullElse(options.word("reason", StopReason::parse), JavaDefaults.FAIL.reason());
        if (reason != StopReason.FATAL_ERROR && reason != StopReason.RECOVERABLE_ERROR) {
            throw new ScenarioLoadException(
                    options.at("reason"),
                    options.label("reason") + " must be FATAL_ERROR or RECOVERABLE_ERROR, was " + reason,
                    null);
        }
        String message = Objects.requireNonNullElse(options.text("message"), JavaDefaults.FAIL.message());
        return new Step.Fail(target, atPercent, after, reason, message, at);
    }

    /** {@code after} defaults to 0, as in the Groovy form. */
    Step tableError(Node body, Source at) {
        Options options = Options.withTarget(body, "tableError", YamlVocabulary.options("tableError"), values);
        return new Step.TableError(
                options.target(), options.requiredText("table"), afterOrZero(options), options.text("message"), at);
    }

    Step latencySpike(Node body, Source at) {
        Options options = Options.withTarget(body, "latencySpike", YamlVocabulary.options("latencySpike"), values);
        return new Step.LatencySpike(
                options.target(),
                afterOrZero(options),
                options.requiredDuration("lasting"),
                options.requiredDuration("latency"),
                at);
    }

    /** {@code provisioningFails: orders} or {@code provisioningFails: { replication: orders, message: … }}. */
    Step provisioningFails(Node body, Source at) {
        if (Values.isShorthand(body)) {
            return new Step.ProvisioningFails(values.text(body, "provisioningFails"), null, at);
        }
        Options options =
                Options.withTarget(body, "provisioningFails", YamlVocabulary.options("provisioningFails"), values);
        return new Step.ProvisioningFails(options.target(), options.text("message"), at);
    }

    private static Duration afterOrZero(Options options) {
        return Objects.requireNonNullElse(options.duration("after"), Duration.ZERO);
    }
}
