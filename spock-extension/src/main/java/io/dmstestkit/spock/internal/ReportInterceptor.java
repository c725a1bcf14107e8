package io.dmstestkit.spock.internal;

import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.report.TestReports;
import org.opentest4j.TestAbortedException;
import org.spockframework.runtime.extension.IMethodInterceptor;
import org.spockframework.runtime.extension.IMethodInvocation;
import org.spockframework.runtime.extension.IStore;

/**
 * Around each feature method of a {@code @DmsScenario} specification: when a report is asked for
 * ({@code dms.report.dir} or the annotation's {@code reportDir}), adds the iteration's section to the run's
 * report, and makes a failure's message name the report file.
 *
 * <pre>{@code
 * feature.getFeatureMethod().addInterceptor(new ReportInterceptor());
 * }</pre>
 */
final class ReportInterceptor implements IMethodInterceptor {

    private static final IStore.Namespace NAMESPACE = IStore.Namespace.create(ReportInterceptor.class);

    /** Before the iteration's {@code setup()}: its section begins, so it shows the calls made there too. */
    static void begin(IMethodInvocation invocation, DmsTestSession session) {
        TestReports.begin(
                        session,
                        invocation.getSpec().getName() + " › "
                                + invocation.getIteration().getDisplayName(),
                        invocation.getSpec().getReflection().getName())
                .ifPresent(test -> invocation.getStore(NAMESPACE).put(TestReports.Test.class, test));
    }

    @Override
    public void intercept(IMethodInvocation invocation) throws Throwable {
        TestReports.Test test = invocation.getStore(NAMESPACE).remove(TestReports.Test.class, TestReports.Test.class);
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
