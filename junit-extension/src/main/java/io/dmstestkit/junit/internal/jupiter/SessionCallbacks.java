package io.dmstestkit.junit.internal.jupiter;

import io.dmstestkit.testcore.DmsTestSession;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * What both JUnit extensions do at each callback, given the test's {@link Declaration}: open the session
 * in the Store ({@link Sessions}) and fill fields and parameters ({@link Injection}). Stateless: the
 * {@code @DmsScenario} extension and the registered {@code DmsExtension} differ only in where the declaration
 * comes from.
 *
 * <pre>{@code
 * public void beforeEach(ExtensionContext context) {
 *     SessionCallbacks.beforeEach(context, declaration(context));
 * }
 * }</pre>
 */
public final class SessionCallbacks {

    private SessionCallbacks() {}

    /** Opens a class-level session now, so its scenario files run before the first test; empty for per-test ones. */
    public static Optional<DmsTestSession> beforeAll(ExtensionContext context, Declaration declaration) {
        return Sessions.hasSession(context, declaration)
                ? Optional.of(Sessions.sessionFor(context, declaration))
                : Optional.empty();
    }

    /** Fills the fields of a test instance just made, when a session exists in this context. */
    public static void postProcessTestInstance(Object testInstance, ExtensionContext context, Declaration declaration) {
        if (Sessions.hasSession(context, declaration)) {
            Injection.injectFields(testInstance, Sessions.sessionFor(context, declaration));
        }
    }

    /** Opens (or finds) the test's session and fills the fields of every test instance (outer ones of nested tests too). */
    public static DmsTestSession beforeEach(ExtensionContext context, Declaration declaration) {
        DmsTestSession session = Sessions.sessionFor(context, declaration);
        context.getRequiredTestInstances()
                .getAllInstances()
                .forEach(instance -> Injection.injectFields(instance, session));
        ReportedInvocations.begin(context, session);
        return session;
    }

    public static boolean supportsParameter(ParameterContext parameterContext) {
        return Injection.supports(parameterContext.getParameter().getType());
    }

    /** The session's value for a parameter; a session that cannot exist here is a parameter resolution failure. */
    public static Object resolveParameter(
            ParameterContext parameterContext, ExtensionContext context, Declaration declaration) {
        try {
            DmsTestSession session = Sessions.sessionFor(context, declaration);
            return Injection.value(parameterContext.getParameter().getType(), session);
        } catch (ExtensionConfigurationException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }
}
