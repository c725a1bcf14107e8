package io.dmstestkit.benchmarks;

import org.apiguardian.api.API;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts failed lifecycles as events: JMH sums them over threads and iterations, not divided by time, so
 * the secondary result {@code errors} is the number of failures in the measurement (target: zero).
 */
@API(status = API.Status.INTERNAL)
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ErrorCounter {

    /** Lifecycles of this thread that failed in the current iteration. */
    public long errors;

    @Setup(Level.Iteration)
    public void reset() {
        errors = 0;
    }
}
