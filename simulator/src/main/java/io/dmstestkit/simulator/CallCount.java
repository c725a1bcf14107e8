package io.dmstestkit.simulator;

import java.util.function.LongPredicate;
import org.apiguardian.api.API;

/**
 * How many matching calls a verification expects.
 *
 * <pre>{@code
 * simulator.verify(exactly(2), dmsCall("DescribeReplications"));
 * simulator.verify(atLeast(1), dmsCall("StartReplication"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CallCount {

    private final String description;
    private final LongPredicate accepts;

    private CallCount(String description, LongPredicate accepts) {
        this.description = description;
        this.accepts = accepts;
    }

    public static CallCount exactly(long n) {
        return new CallCount("exactly " + n, count -> count == n);
    }

    public static CallCount once() {
        return exactly(1);
    }

    public static CallCount never() {
        return exactly(0);
    }

    public static CallCount atLeast(long n) {
        return new CallCount("at least " + n, count -> count >= n);
    }

    public static CallCount atMost(long n) {
        return new CallCount("at most " + n, count -> count <= n);
    }

    public boolean accepts(long count) {
        return accepts.test(count);
    }

    @Override
    public String toString() {
        return description;
    }
}
