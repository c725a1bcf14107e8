package io.dmstestkit.dsl;

import org.apiguardian.api.API;

/** A step the target cannot perform, e.g. advancing the clock of a real AWS account. */
@API(status = API.Status.EXPERIMENTAL)
public final class UnsupportedStepException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedStepException(String message) {
        super(message);
    }
}
