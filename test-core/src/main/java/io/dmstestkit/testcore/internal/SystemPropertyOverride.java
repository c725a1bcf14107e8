package io.dmstestkit.testcore.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sets JVM system properties and puts the previous values (or their absence) back on close. System
 * properties are global to the JVM: whoever uses this must keep other tests from running meanwhile.
 *
 * <pre>{@code
 * try (SystemPropertyOverride override = SystemPropertyOverride.apply(Map.of("aws.region", "eu-west-1"))) {
 *     // code that reads aws.region
 * }                                                 // aws.region is what it was before, or unset again
 * }</pre>
 */
public final class SystemPropertyOverride implements AutoCloseable {

    private final Map<String, String> previous;

    private SystemPropertyOverride(Map<String, String> previous) {
        this.previous = previous;
    }

    /** Sets every property of {@code values}, remembering what was there. */
    public static SystemPropertyOverride apply(Map<String, String> values) {
        Map<String, String> previous = new LinkedHashMap<>();
        values.forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
        return new SystemPropertyOverride(previous);
    }

    @Override
    public void close() {
        previous.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }
}
