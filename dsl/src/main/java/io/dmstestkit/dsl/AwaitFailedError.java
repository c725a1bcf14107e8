package io.dmstestkit.dsl;

import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * A wait for a replication or data migration that ended without its condition: it timed out, the run
 * failed while something else was awaited, or the scenario run used up its wall-time budget. The message
 * is complete (what failed; expected/actual; history; where; how to fix); {@link #reason()} says which.
 *
 * <pre>{@code
 * catch (AwaitFailedError e) {
 *     if (e.reason() == AwaitFailedError.Reason.TIMED_OUT) { ... }
 * }
 * }</pre>
 */
@API(
        status = API.Status.INTERNAL,
        consumers = {"io.dmstestkit.junit", "io.dmstestkit.spock"})
public final class AwaitFailedError extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    /** Why the wait ended. */
    public enum Reason {
        /** The condition did not hold within the wait's limit. */
        TIMED_OUT,
        /** The run failed while something else was awaited (fail fast). */
        RUN_FAILED,
        /** The scenario run used up its wall-time budget. */
        OUT_OF_TIME_BUDGET
    }

    private final Reason reason;

    public AwaitFailedError(Reason reason, String message, Object expected, Object actual) {
        super(message, expected, actual);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
