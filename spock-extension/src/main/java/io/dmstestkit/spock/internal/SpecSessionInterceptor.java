package io.dmstestkit.spock.internal;

import io.dmstestkit.testcore.DmsTestSession;
import org.spockframework.runtime.extension.IMethodInterceptor;
import org.spockframework.runtime.extension.IMethodInvocation;

/**
 * Around the shared field initializer: opens the specification's session and fills the {@code @Shared}
 * fields, before any shared initializer (or {@code setupSpec()}) can read them. Spock's store closes the
 * session after {@code cleanupSpec()}.
 *
 * <pre>{@code
 * spec.getBottomSpec().addSharedInitializerInterceptor(new SpecSessionInterceptor(declaration, sharedFields));
 * }</pre>
 */
final class SpecSessionInterceptor implements IMethodInterceptor {

    private final Declaration declaration;
    private final InjectedFields sharedFields;

    SpecSessionInterceptor(Declaration declaration, InjectedFields sharedFields) {
        this.declaration = declaration;
        this.sharedFields = sharedFields;
    }

    @Override
    public void intercept(IMethodInvocation invocation) throws Throwable {
        DmsTestSession session = SpecSessions.openForSpec(invocation, declaration);
        sharedFields.inject(invocation.getInstance(), session);
        invocation.proceed();
    }
}
