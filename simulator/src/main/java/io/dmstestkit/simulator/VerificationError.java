package io.dmstestkit.simulator;

import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * A journal verification that failed. Extends opentest4j's {@link AssertionFailedError} so IDEs show
 * expected and actual counts side by side.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class VerificationError extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    VerificationError(String message, Object expected, Object actual) {
        super(message, expected, actual);
    }
}
