package io.dmstestkit.junit.internal.jupiter;

import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.report.TestReports;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;
import org.opentest4j.TestAbortedException;

/**
 * Around a test method of a test that has a session: when a report is asked for ({@code dms.report.dir} or
 * the annotation's {@code reportDir}), adds the test's section to the run's report, and makes a failure's
 * message name the report file.
 *
 * <pre>{@code
 * public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> ctx,
 *         ExtensionContext context) throws Throwable {
 *     ReportedInvocations.proceed(invocation, context);
 * }
 * }</pre>
 */
public final class ReportedInvocations {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(ReportedInvocations.class);

    private ReportedInvocations() {}

    /** Before the test's {@code @BeforeEach} methods: its section begins, so it shows their calls too. */
    static void begin(ExtensionContext context, DmsTestSession session) {
        TestReports.begin(
                        session,
                        context.getRequiredTestClass().getSimpleName() + " › " + context.getDisplayName(),
                        context.getRequiredTestClass().getName())
                .ifPresent(test -> context.getStore(NAMESPACE).put(TestReports.Test.class, test));
    }

    public static void proceed(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        TestReports.Test test = context.getStore(NAMESPACE).remove(TestReports.Test.class, TestReports.Test.class);
        if (test == null) {
            invocation.proceed();
            return;
        }
        try {
            invocation.proceed();
        } catch (TestAbortedException skipped) {
            throw skipped;
        } catch (Throwable failure) {
            throw TestReports.naming(failure, test.end(failure));
        }
        test.end(null);
    }
}
