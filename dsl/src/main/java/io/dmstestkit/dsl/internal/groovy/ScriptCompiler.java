package io.dmstestkit.dsl.internal.groovy;

import groovy.lang.GroovyClassLoader;
import groovy.lang.GroovyCodeSource;
import groovy.transform.ThreadInterrupt;
import groovy.transform.TimedInterrupt;
import io.dmstestkit.dsl.Dsl;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.expr.ClassExpression;
import org.codehaus.groovy.ast.expr.PropertyExpression;
import org.codehaus.groovy.control.CompilationFailedException;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.ImportCustomizer;

/**
 * Compiles scenario scripts: {@link ScenarioScript} as the base class, the DSL's words as a static
 * import, the shape and sandbox checks, and the interrupt checks that stop a script running past its
 * time limit or whose thread is interrupted. A new configuration per compilation, because Groovy's
 * customizers keep state while they run.
 */
final class ScriptCompiler {

    /** Not a location; Groovy wants a code base for the classes it defines. */
    private static final String CODE_BASE = "/dms-testkit/scenario";

    private final Duration timeLimit;

    ScriptCompiler(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    /**
     * Compiles one script with the loader, under {@code scriptName}: the file's base name, which its
     * stack frames then carry ({@code orders.dms.groovy:14}).
     */
    Class<? extends ScenarioScript> compile(GroovyClassLoader loader, String text, String scriptName)
            throws CompilationFailedException {
        return loader.parseClass(new GroovyCodeSource(text, scriptName, CODE_BASE), false)
                .asSubclass(ScenarioScript.class);
    }

    GroovyClassLoader newLoader() {
        return new GroovyClassLoader(ScriptCompiler.class.getClassLoader(), configuration());
    }

    private CompilerConfiguration configuration() {
        CompilerConfiguration configuration = new CompilerConfiguration();
        configuration.setScriptBaseClass(ScenarioScript.class.getName());
        configuration.setSourceEncoding("UTF-8");
        // @Grab would download at compile time, before any check of ours could refuse the annotation.
        configuration.setDisabledGlobalASTTransformations(Set.of("groovy.grape.GrabAnnotationTransformation"));
        // The sandbox must run before the interrupt transformations: it checks the author's code only,
        // and the checks those add call System.nanoTime() and Thread.currentThread(). Customizers of one
        // phase run in the order added. The run-time guards come after the sandbox, whose checks would
        // refuse the guard class they name, and before the interrupt checks, which must stay unguarded.
        configuration.addCompilationCustomizers(
                new ScriptShape(),
                dslImports(),
                new ScenarioSandbox(),
                new RuntimeGuards(),
                new ASTTransformationCustomizer(timeLimitParameters(), TimedInterrupt.class),
                new ASTTransformationCustomizer(ThreadInterrupt.class));
        return configuration;
    }

    /**
     * {@code import static io.dmstestkit.dsl.Dsl.*}, less {@code Dsl.scenario}: a static import wins over
     * the script's own method when Groovy is unsure of the argument types, e.g. {@code scenario("x $n") {…}}.
     */
    static ImportCustomizer dslImports() {
        ImportCustomizer imports = new ImportCustomizer();
        DslVocabulary.constants().forEach(name -> imports.addStaticImport(Dsl.class.getName(), name));
        DslVocabulary.functions().forEach(name -> imports.addStaticImport(Dsl.class.getName(), name));
        return imports;
    }

    private Map<String, Object> timeLimitParameters() {
        return Map.of(
                "value",
                timeLimit.toMillis(),
                "unit",
                new PropertyExpression(new ClassExpression(ClassHelper.make(TimeUnit.class)), "MILLISECONDS"));
    }
}
