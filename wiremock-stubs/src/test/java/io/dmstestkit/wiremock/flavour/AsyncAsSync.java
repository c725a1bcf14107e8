package io.dmstestkit.wiremock.flavour;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationAsyncClient;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationAsyncWaiter;
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationWaiter;

/**
 * Shows an async SDK client (and its async waiter) as the sync interfaces, so one test body drives both:
 * every call goes to the async method of the same name and parameters, and its future is joined, with the
 * {@link CompletionException} unwrapped so the test sees the SDK's own exception as a sync caller would.
 */
final class AsyncAsSync {

    private AsyncAsSync() {}

    static DatabaseMigrationClient client(DatabaseMigrationAsyncClient async) {
        return proxy(
                DatabaseMigrationClient.class,
                DatabaseMigrationAsyncClient.class,
                async,
                method -> method.getName().equals("waiter")
                        ? proxy(
                                DatabaseMigrationWaiter.class,
                                DatabaseMigrationAsyncWaiter.class,
                                async.waiter(),
                                ignored -> null)
                        : null);
    }

    /** {@code special} answers a method itself when it returns non-null. */
    private static <T, A> T proxy(Class<T> type, Class<A> asyncType, A async, Function<Method, Object> special) {
        InvocationHandler handler = (self, method, args) -> {
            Object answer = special.apply(method);
            if (answer != null) {
                return answer;
            }
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(async, args);
            }
            Object result;
            try {
                result = asyncType
                        .getMethod(method.getName(), method.getParameterTypes())
                        .invoke(async, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return result instanceof CompletableFuture<?> future ? join(future) : result;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object join(CompletableFuture<?> future) throws Throwable {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() == null ? e : e.getCause();
        }
    }
}
