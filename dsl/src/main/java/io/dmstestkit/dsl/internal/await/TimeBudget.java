package io.dmstestkit.dsl.internal.await;

import java.time.Duration;

/**
 * The wall time one scenario run may take, checked between polls and steps: a scenario whose waits would
 * poll for hours (a 1 ms poll interval over a year) ends with a clear message instead of never.
 */
public final class TimeBudget {

    private final Duration total;
    private final long startNanos;

    private TimeBudget(Duration total, long startNanos) {
        this.total = total;
        this.startNanos = startNanos;
    }

    /** A budget of {@code total} starting now. */
    public static TimeBudget startingNow(Duration total) {
        return new TimeBudget(total, System.nanoTime());
    }

    /** No limit (waits of a test's own code: JUnit and Spock have their own timeouts). */
    public static TimeBudget unlimited() {
        return new TimeBudget(null, 0);
    }

    public Duration total() {
        return total;
    }

    public boolean isSpent() {
        return total != null && System.nanoTime() - startNanos >= total.toNanos();
    }
}
