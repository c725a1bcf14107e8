package io.dmstestkit.junit;

import io.dmstestkit.simulator.FailureMessage;
import org.assertj.core.api.WritableAssertionInfo;

/** Turns a dms-testkit message into the error an AssertJ assertion throws, honouring {@code as(...)} and overriding messages. */
final class AssertionFailures {

    private AssertionFailures() {}

    static DmsAssertionError error(WritableAssertionInfo info, FailureMessage message, Object expected, Object actual) {
        return error(info, message.build(), expected, actual);
    }

    /** The same, for a message built by one of the shared message classes ({@code ShouldHaveCallCount}). */
    static DmsAssertionError error(WritableAssertionInfo info, String message, Object expected, Object actual) {
        String text = info.overridingErrorMessage() != null ? info.overridingErrorMessage() : message;
        String description = info.descriptionText();
        if (description != null && !description.isEmpty()) {
            text = "[" + description + "] " + text;
        }
        return new DmsAssertionError(text, expected, actual);
    }
}
