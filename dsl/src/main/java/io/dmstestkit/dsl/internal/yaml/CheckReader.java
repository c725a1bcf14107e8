package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.AwaitSpec;
import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.model.CallCountDecl;
import io.dmstestkit.dsl.model.Condition;
import io.dmstestkit.dsl.model.Expectation;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Status;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.dsl.model.StopReason;
import io.dmstestkit.simulator.DmsOperations;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * Reads the steps that wait and check: {@code await} ({@code AwaitSpec}), {@code expect}
 * ({@code ExpectSpec}) and {@code expectCalls}.
 *
 * <pre>
 * - await: { replication: orders, cdcLatencyBelow: 5s, within: 10m }
 * - expect: { replication: orders, status: stopped, stopReason: NORMAL }
 * - expectCalls: { operation: StopReplication, exactly: 2 }
 * </pre>
 */
final class CheckReader {

    /** What an await can wait for: AwaitSpec's words other than its time limits. */
    private static final List<String> CONDITIONS = YamlVocabulary.options("await").stream()
            .filter(word -> !word.equals("within") && !word.equals("pollEvery"))
            .toList();

    private static final List<String> EXPECTATIONS = YamlVocabulary.options("expect");
    private static final List<String> CALL_COUNTS = List.of("exactly", "atLeast", "atMost");

    private final Values values;

    CheckReader(Values values) {
        this.values = values;
    }

    Step await(Node body, Source at) {
        Options options = Options.withTarget(body, "await", YamlVocabulary.options("await"), values);
        String target = options.target();
        List<String> given = CONDITIONS.stream().filter(options::has).toList();
        if (given.isEmpty()) {
            throw options.problem(
                    "await '" + target + "' says nothing to wait for", "add one of " + String.join(", ", CONDITIONS));
        }
        if (given.size() > 1) {
            throw new ScenarioLoadException(
                    options.at(given.get(1)),
                    "an await waits for one condition; this one has " + given.get(0) + " and " + given.get(1),
                    "write a second await for " + given.get(1));
        }
        return new Step.Await(
                target,
                condition(options, given.get(0)),
                Objects.requireNonNullElse(options.duration("within"), AwaitSpec.DEFAULT_WITHIN),
                Objects.requireNonNullElse(options.duration("pollEvery"), AwaitSpec.DEFAULT_POLL),
                at);
    }

    private Condition condition(Options options, String key) {
        return switch (key) {
            case "status" -> new Condition.StatusIs(options.word(key, Status::parse));
            case "fullLoad" -> new Condition.FullLoadAtLeast(options.percent(key));
            case "cdcLatencyBelow" -> new Condition.CdcLatencyBelow(options.duration(key));
            default -> tableState(options.required(key), options.label(key), Condition.TableStateIs::new);
        };
    }

    Step expect(Node body, Source at) {
        Options options = Options.withTarget(body, "expect", EXPECTATIONS, values);
        String target = options.target();
        List<Expectation> expectations = new ArrayList<>();
        options.entries().stream()
                .map(Node.Entry::name)
                .filter(key -> EXPECTATIONS.contains(key) && options.has(key))
                .forEach(key -> expectations.addAll(expectations(options, key)));
        if (expectations.isEmpty()) {
            throw options.problem("expect '" + target + "' checks nothing", "add " + String.join(", ", EXPECTATIONS));
        }
        return new Step.Expect(target, expectations, at);
    }

    /** In the order written; {@code failureMessageContains} and {@code tableState} may be lists. */
    private List<Expectation> expectations(Options options, String key) {
        return switch (key) {
            case "status" -> List.of(new Expectation.HasStatus(options.word(key, Status::parse)));
            case "stopReason" -> List.of(new Expectation.HasStopReason(options.word(key, StopReason::parse)));
            case "failureMessageContains" ->
                values.texts(options.required(key), options.label(key)).stream()
                        .map(text -> (Expectation) new Expectation.FailureMessageContains(text.text()))
                        .toList();
            case "fullLoad" -> List.of(new Expectation.FullLoadPercent(options.percent(key)));
            case "tablesLoaded" -> List.of(new Expectation.TablesLoaded(options.wholeInt(key)));
            case "tablesErrored" -> List.of(new Expectation.TablesErrored(options.wholeInt(key)));
            default -> tableStates(options.required(key), options.label(key));
        };
    }

    private List<Expectation> tableStates(Node node, String label) {
        List<Node> items = node instanceof Node.Sequence sequence ? sequence.items() : List.of(node);
        return items.stream()
                .map(item ->
                        tableState(item, label, (BiFunction<String, String, Expectation>) Expectation.TableState::new))
                .toList();
    }

    /** {@code tableState: { table: public.orders, state: Table completed }}. */
    private <T> T tableState(Node node, String label, BiFunction<String, String, T> make) {
        Options options = Options.of(node, label, List.of("table", "state"), values);
        return make.apply(options.requiredText("table"), options.requiredText("state"));
    }

    Step expectCalls(Node body, Source at) {
        List<String> allowed = Stream.concat(Stream.of("operation", "resource"), CALL_COUNTS.stream())
                .toList();
        Options options = Options.of(body, "expectCalls", allowed, values);
        String operation = options.requiredText("operation");
        Problems.checked(
                options.at("operation"), options.label("operation"), () -> DmsOperations.requireKnown(operation));
        List<String> given = CALL_COUNTS.stream().filter(options::has).toList();
        if (given.size() != 1) {
            throw options.problem(
                    "expectCalls '" + operation + "' needs exactly one of exactly, atLeast or atMost",
                    "e.g. expectCalls: { operation: " + operation + ", exactly: 1 }");
        }
        int n = options.wholeInt(given.get(0));
        CallCountDecl count =
                switch (given.get(0)) {
                    case "exactly" -> CallCountDecl.exactly(n);
                    case "atLeast" -> CallCountDecl.atLeast(n);
                    default -> CallCountDecl.atMost(n);
                };
        return new Step.ExpectCalls(operation, count, options.text("resource"), at);
    }
}
