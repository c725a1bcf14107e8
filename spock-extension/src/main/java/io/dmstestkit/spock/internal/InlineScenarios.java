package io.dmstestkit.spock.internal;

import groovy.lang.Closure;
import groovy.lang.MissingMethodException;
import groovy.lang.MissingPropertyException;
import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.ScenarioResult;
import io.dmstestkit.dsl.ScenarioSpec;
import io.dmstestkit.dsl.internal.groovy.InlineBlocks;
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
     * @throws io.dmstestkit.dsl.ScenarioLoadException when the block uses a word the DSL does not know, with
     *     the did-you-mean of a scenario file
     */
    public static ScenarioResult run(DmsTestSession session, String name, Closure<?> stage) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(stage, "given needs a block: session.given { replication('orders') { … } }");
        Source caller = caller();
        ScenarioSpec spec = new ScenarioSpec(name, caller, Map.of(), ScenarioLoader.defaultIncludes());
        Closure<?> body = (Closure<?>) stage.clone();
        body.setResolveStrategy(Closure.DELEGATE_ONLY);
        body.setDelegate(spec);
        try {
            body.call(spec);
        } catch (MissingMethodException missing) { // a misspelled word: explained as in a scenario file
            throw InlineBlocks.explain(missing, caller.file());
        } catch (MissingPropertyException missing) {
            throw InlineBlocks.explain(missing, caller.file());
        }
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
