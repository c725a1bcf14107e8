package io.dmstestkit.testcore.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use, once, whichever thread asks first. Sessions open clients and servers only when needed.
 *
 * <pre>{@code
 * Lazy<DatabaseMigrationAsyncClient> async = Lazy.of(() -> SdkClients.async(endpoint, account, region));
 * }</pre>
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private T value;

    private Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    public static <T> Lazy<T> of(Supplier<T> factory) {
        return new Lazy<>(Objects.requireNonNull(factory, "factory"));
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = Objects.requireNonNull(factory.get(), "lazy value");
        }
        return value;
    }
}
