package io.dmstestkit.spock.internal;

import io.dmstestkit.testcore.DmsTestSession;
import java.util.Map;
import org.spockframework.runtime.extension.IMethodInterceptor;
import org.spockframework.runtime.extension.IMethodInvocation;
import org.spockframework.runtime.model.FeatureInfo;

/**
 * Around each iteration's field initializer: fills the instance fields, before any field initializer,
 * {@code setup()} or the feature can read them, with a session of the iteration's own (lifecycle
 * {@code PER_METHOD}, or an annotation on the feature) or the specification's. Spock's store closes an
 * iteration's session after {@code cleanup()}.
 *
 * <pre>{@code
 * spec.getBottomSpec().addInitializerInterceptor(new IterationSessionInterceptor(onSpec, onFeatures, fields));
 * }</pre>
 */
final class IterationSessionInterceptor implements IMethodInterceptor {

    private final Declaration onSpec;
    private final Map<FeatureInfo, Declaration> onFeatures;
    private final InjectedFields instanceFields;

    /** {@code onSpec} is null when only feature methods are annotated. */
    IterationSessionInterceptor(
            Declaration onSpec, Map<FeatureInfo, Declaration> onFeatures, InjectedFields instanceFields) {
        this.onSpec = onSpec;
        this.onFeatures = Map.copyOf(onFeatures);
        this.instanceFields = instanceFields;
    }

    @Override
    public void intercept(IMethodInvocation invocation) throws Throwable {
        Declaration declaration = onFeatures.getOrDefault(invocation.getFeature(), onSpec);
        if (declaration != null) {
            DmsTestSession session = declaration.perIteration()
                    ? SpecSessions.openForIteration(invocation, declaration)
                    : SpecSessions.ofSpec(invocation);
            instanceFields.inject(invocation.getInstance(), session);
            ReportInterceptor.begin(invocation, session);
        }
        invocation.proceed();
    }
}
