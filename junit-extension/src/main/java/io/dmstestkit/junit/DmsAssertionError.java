package io.dmstestkit.junit;

import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * A failed dms-testkit assertion or wait. Extends opentest4j's {@link AssertionFailedError}, so IDEs show
 * expected and actual side by side; the message follows dms-testkit's order (what failed, expected vs
 * actual, history, details, how to fix).
 *
 * <pre>{@code
 * DmsAssertionError error = catchThrowableOfType(DmsAssertionError.class,
 *     () -> assertThat(replication).hasStatus("running"));
 * error.getExpected().getStringRepresentation();     // "running"
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsAssertionError extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    DmsAssertionError(String message, Object expected, Object actual) {
        super(message, expected, actual);
    }
}
