package io.dmstestkit.dsl.internal.groovy;

import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.lang.Script;
import io.dmstestkit.dsl.ScenarioIncludes;
import io.dmstestkit.dsl.ScenarioSpec;
import io.dmstestkit.dsl.internal.Callers;
import io.dmstestkit.dsl.internal.Closures;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Source;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The base class of every {@code *.dms.groovy} script: gives the file its one top-level word,
 * {@code scenario}, and collects the scenarios it declares. Each block runs at once, in file order, so
 * variables set between blocks mean what they seem to.
 *
 * <pre>{@code
 * scenario('orders cut-over') {
 *     replication('orders') { type FULL_LOAD_AND_CDC }
 *     start 'orders'
 * }
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public abstract class ScenarioScript extends Script {

    private Map<String, String> overrides = Map.of();
    private ScenarioIncludes includes;
    private final List<Scenario> scenarios = new ArrayList<>();

    protected ScenarioScript() {}

    protected ScenarioScript(Binding binding) {
        super(binding);
    }

    /** Called by the reader before {@link #run()}. */
    final void prepare(Map<String, String> parameterOverrides, ScenarioIncludes scenarioIncludes) {
        this.overrides = Map.copyOf(parameterOverrides);
        this.includes = scenarioIncludes;
    }

    /** The scenarios declared so far, in file order. */
    final List<Scenario> scenarios() {
        return List.copyOf(scenarios);
    }

    /**
     * Declares a scenario; the block delegates to a {@link ScenarioSpec}.
     *
     * <pre>{@code
     * scenario('smoke') { replication('orders') { type FULL_LOAD }; start 'orders' }
     * }</pre>
     */
    public void scenario(
            String name, @DelegatesTo(value = ScenarioSpec.class, strategy = Closure.DELEGATE_ONLY) Closure<?> body) {
        Source at = Callers.source();
        if (scenarios.stream().anyMatch(s -> s.name().equals(name))) {
            throw new IllegalArgumentException("scenario '" + name + "' is declared twice in this file");
        }
        scenarios.add(Closures.configure(new ScenarioSpec(name, at, overrides, includes), body)
                .build());
    }

    // Script's own ways of running other code bypass the sandbox; the compile-time checks refuse these
    // names already, and these overrides make sure that a way round those checks still finds nothing.

    @Override
    public final Object evaluate(String expression) {
        throw refused("evaluate");
    }

    @Override
    public final Object evaluate(File file) {
        throw refused("evaluate");
    }

    @Override
    public final void run(File file, String[] arguments) {
        throw refused("run");
    }

    private static SecurityException refused(String what) {
        return new SecurityException("'" + what + "' is not allowed in a scenario file");
    }
}
