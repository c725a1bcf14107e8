package io.dmstestkit.benchmarks;

import org.apiguardian.api.API;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts SDK calls. JMH normalises it like the primary result: in average-time mode the secondary result
 * {@code calls} is the time per SDK call, in throughput mode the calls per second.
 */
@API(status = API.Status.INTERNAL)
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CallCounter {

    /** SDK calls made in the current iteration. */
    public long calls;

    @Setup(Level.Iteration)
    public void reset() {
        calls = 0;
    }
}
