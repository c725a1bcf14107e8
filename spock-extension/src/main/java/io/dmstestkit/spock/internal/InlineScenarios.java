package io.dmstestkit.spock.internal;

import groovy.lang.Closure;
import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.ScenarioResult;
import io.dmstestkit.dsl.ScenarioSpec;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.testcore.DmsTestSession;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Runs a scenario written inline, as a closure over the DSL's {@code ScenarioSpec}, in a session's account:
 * {@code session.given { … }}.
 *
 * <pre>{@code
 * InlineScenarios.run(session, "given", { replication('orders') { type FULL_LOAD } })
 * }</pre>
 */
@API(status = API.Status.INTERNAL, consumers = "io.dmstestkit.spock")
public final class InlineScenarios {

    /** The name of a scenario given without one. */
    public static final String DEFAULT_NAME = "given";

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private InlineScenarios() {}

    /**
     * Builds the scenario the way Groovy builders do (a copy of the closure, delegating only to the spec)
     * and runs it through the session's runner, which leaves its faults armed.
     *
     * @throws io.dmstestkit.dsl.ScenarioFailedError when it fails
     */
    public static ScenarioResult run(DmsTestSession session, String name, Closure<?> stage) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(stage, "given needs a block: session.given { replication('orders') { … } }");
        ScenarioSpec spec = new ScenarioSpec(name, caller(), Map.of(), ScenarioLoader.defaultIncludes());
        Closure<?> body = (Closure<?>) stage.clone();
        body.setResolveStrategy(Closure.DELEGATE_ONLY);
        body.setDelegate(spec);
        body.call(spec);
        return session.scenarioRunner().run(spec.build()).assertPassed();
    }

    /** The specification line that called {@code given}, for the scenario's own location in messages. */
    private static Source caller() {
        return WALKER.walk(frames -> frames.filter(InlineScenarios::isCaller)
                .findFirst()
                .map(frame -> Source.of(
                        frame.getFileName() == null ? frame.getClassName() : frame.getFileName(),
                        Math.max(frame.getLineNumber(), 0)))
                .orElse(Source.UNKNOWN));
    }

    private static boolean isCaller(StackWalker.StackFrame frame) {
        String name = frame.getClassName();
        return !(name.startsWith("java.")
                || name.startsWith("jdk.")
                || name.startsWith("sun.")
                || name.startsWith("groovy.")
                || name.startsWith("org.codehaus.groovy.")
                || name.startsWith("org.apache.groovy.")
                || name.startsWith("io.dmstestkit.spock.internal.")
                || name.equals("io.dmstestkit.spock.DmsGroovyMethods"));
    }
}
