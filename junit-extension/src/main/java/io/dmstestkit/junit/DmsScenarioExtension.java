package io.dmstestkit.junit;

import io.dmstestkit.junit.internal.jupiter.ReportedInvocations;
import io.dmstestkit.junit.internal.jupiter.SessionCallbacks;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * The extension {@link DmsScenario} registers with {@code @ExtendWith}: it reads the annotation that applies
 * to each test ({@link Declarations}) and keeps nothing itself; sessions live in JUnit's
 * {@code ExtensionContext.Store}, which closes them. Its programmatic twin is {@link DmsExtension}.
 *
 * <pre>{@code
 * @DmsScenario(lifecycle = Lifecycle.PER_CLASS)     // registers this extension
 * class CutoverTest { }
 * }</pre>
 */
final class DmsScenarioExtension
        implements BeforeAllCallback,
                BeforeEachCallback,
                InvocationInterceptor,
                ParameterResolver,
                TestInstancePostProcessor {

    /** For {@code @ExtendWith}. */
    DmsScenarioExtension() {}

    @Override
    public void beforeAll(ExtensionContext context) {
        SessionCallbacks.beforeAll(context, Declarations.find(context));
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        SessionCallbacks.postProcessTestInstance(testInstance, context, Declarations.find(context));
    }

    /** Hands {@link #postProcessTestInstance} the test's own context, so per-test sessions can fill fields there. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        SessionCallbacks.beforeEach(context, Declarations.find(context));
    }

    /** Adds the test's section to the run's HTML report, when one is asked for. */
    @Override
    public void interceptTestMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        ReportedInvocations.proceed(invocation, context);
    }

    @Override
    public void interceptTestTemplateMethod(
            Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext context)
            throws Throwable {
        ReportedInvocations.proceed(invocation, context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return SessionCallbacks.supportsParameter(parameterContext);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return SessionCallbacks.resolveParameter(
                parameterContext, extensionContext, Declarations.find(extensionContext));
    }
}
