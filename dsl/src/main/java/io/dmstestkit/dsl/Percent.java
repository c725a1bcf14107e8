package io.dmstestkit.dsl;

import org.apiguardian.api.API;

/**
 * A whole percentage, 0 to 100: what {@code 100.percent} gives in Groovy and {@code percent(100)} in Java.
 */
@API(status = API.Status.EXPERIMENTAL)
public record Percent(int value) {
    public Percent {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException("a percentage is 0 to 100, was " + value);
        }
    }

    @Override
    public String toString() {
        return value + "%";
    }
}
