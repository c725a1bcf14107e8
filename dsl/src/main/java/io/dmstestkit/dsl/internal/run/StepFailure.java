package io.dmstestkit.dsl.internal.run;

/** A step that did not do what the scenario says; the message is complete (see FailureMessage). */
public final class StepFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StepFailure(String message) {
        super(message, null, false, false);
    }
}
