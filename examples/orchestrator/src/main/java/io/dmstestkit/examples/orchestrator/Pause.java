package io.dmstestkit.examples.orchestrator;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How the orchestrator waits between polls and before retries. Production code sleeps; a test hands in a
 * pause that moves the simulator's virtual clock instead, so hours of DMS pass in milliseconds and nothing
 * in the test sleeps.
 *
 * <pre>{@code
 * new MigrationOrchestrator(dms, Pause.realTime());                   // production
 * new MigrationOrchestrator(dms, simulator.clock()::advance);         // a test: virtual time moves
 * new MigrationOrchestrator(dms, Pause.none());                       // a test with advance-on-poll
 * }</pre>
 */
@FunctionalInterface
public interface Pause {

    /** Waits for {@code duration}, or makes it look to DMS as if that much time had passed. */
    void pause(Duration duration);

    /**
     * Sleeps the calling thread.
     *
     * @throws OrchestrationException when interrupted (the interrupt flag is set again)
     */
    static Pause realTime() {
        return duration -> {
            try {
                TimeUnit.MILLISECONDS.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new OrchestrationException("interrupted while waiting " + duration, e);
            }
        };
    }

    /** Does not wait at all: for a simulator that moves its clock on every Describe call. */
    static Pause none() {
        return duration -> {};
    }
}
