package io.dmstestkit.dsl.internal.groovy;

import groovy.lang.GroovyClassLoader;
import io.dmstestkit.dsl.ScenarioIncludes;
import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioReader;
import io.dmstestkit.dsl.model.Durations;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * Reads {@code *.dms.groovy} scenario files: one or more {@code scenario('name') { … } } blocks whose
 * closures delegate to {@link io.dmstestkit.dsl.ScenarioSpec}, with the constants of
 * {@link io.dmstestkit.dsl.Dsl} in scope and {@code 30.seconds}, {@code 100.percent} on numbers.
 *
 * <pre>{@code
 * scenario('orders cut-over') {
 *     parameter 'rows', 2_000_000
 *     def rows = longParam('rows')          // parameters are read in the scenario block
 *     replication('orders') { type FULL_LOAD_AND_CDC; table 'public.orders', rows: rows }
 *     start 'orders'
 *     await('orders') { fullLoad 100.percent; within 2.hours }
 * }
 * }</pre>
 *
 * <p>Scripts are compiled in a sandbox ({@link ScenarioSandbox}) and stopped after a time limit
 * ({@value #TIME_LIMIT_PROPERTY}, default 5s). The sandbox is defence in depth against mistakes, <b>not a
 * security boundary</b>: load Groovy scenarios only from people you trust, and share scenarios with
 * anyone else as {@code *.dms.yaml}, which is data only. Every failure, at compile or run time, is a
 * {@link ScenarioLoadException} with the file and line.
 */
@API(status = API.Status.INTERNAL)
public final class GroovyScenarioReader implements ScenarioReader {

    /** How long a script may run by default: scripts only declare, so this is room for a busy machine. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(20);

    /** System property overriding the time limit, in the scenario duration syntax ({@code 10s}, {@code 500ms}). */
    public static final String TIME_LIMIT_PROPERTY = "dmstestkit.groovy.timeLimit";

    private final ScriptCompiler compiler;
    private final Duration timeLimit;

    /** A reader with the time limit from {@value #TIME_LIMIT_PROPERTY}, or {@link #DEFAULT_TIME_LIMIT}. */
    public GroovyScenarioReader() {
        this(configuredTimeLimit());
    }

    /** A reader that stops scripts running longer than {@code timeLimit}. */
    public GroovyScenarioReader(Duration timeLimit) {
        if (timeLimit.toMillis() < 1) {
            throw new IllegalArgumentException(
                    "the time limit of a Groovy scenario must be at least 1ms, was " + timeLimit);
        }
        this.timeLimit = timeLimit;
        this.compiler = new ScriptCompiler(timeLimit);
    }

    @Override
    public boolean reads(String fileName) {
        return fileName.endsWith(".dms.groovy");
    }

    @Override
    public List<Scenario> read(String text, String fileName, Map<String, String> overrides, ScenarioIncludes includes) {
        String scriptName = baseName(fileName);
        try (GroovyClassLoader loader = compiler.newLoader()) {
            Class<? extends ScenarioScript> type = compile(loader, text, fileName, scriptName);
            try {
                List<Scenario> scenarios =
                        run(type, overrides, includes, new RunFailures(fileName, scriptName, timeLimit));
                if (scenarios.isEmpty()) {
                    throw new ScenarioLoadException(
                            Source.of(fileName, 0),
                            "the file declares no scenario",
                            "declare one with scenario('name') { … }");
                }
                return scenarios;
            } finally {
                InvokerHelper.removeClass(type);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Class<? extends ScenarioScript> compile(
            GroovyClassLoader loader, String text, String fileName, String scriptName) {
        try {
            return compiler.compile(loader, text, scriptName);
        } catch (CompilationFailedException e) {
            throw new CompileFailures(fileName, text).explain(e);
        }
    }

    private static List<Scenario> run(
            Class<? extends ScenarioScript> type,
            Map<String, String> overrides,
            ScenarioIncludes includes,
            RunFailures failures) {
        ScenarioScript script;
        try {
            script = type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw failures.explain(e.getCause() == null ? e : e.getCause());
        }
        script.prepare(overrides, includes);
        MetaClassWatch watch = MetaClassWatch.start();
        try {
            script.run();
        } catch (StackOverflowError | OutOfMemoryError e) {
            throw failures.explain(e);
        } catch (VirtualMachineError e) {
            throw e; // the JVM itself is broken; nothing to explain about the script
        } catch (Throwable e) { // a script can throw anything, checked exceptions included
            throw failures.explain(e);
        } finally {
            refuseMetaClassChanges(watch.undoChanges(), failures);
        }
        return script.scenarios();
    }

    /** Refuses a script that changed Groovy's meta-classes (undone already), so no file changes the next. */
    private static void refuseMetaClassChanges(List<String> changed, RunFailures failures) {
        if (!changed.isEmpty()) {
            throw failures.metaClassesChanged(changed);
        }
    }

    private static String baseName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }

    private static Duration configuredTimeLimit() {
        String configured = System.getProperty(TIME_LIMIT_PROPERTY);
        return configured == null || configured.isBlank() ? DEFAULT_TIME_LIMIT : Durations.parse(configured);
    }
}
