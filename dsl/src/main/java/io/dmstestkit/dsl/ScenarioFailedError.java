package io.dmstestkit.dsl;

import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/** A scenario that did not pass, with the failure message in dms-testkit's usual order. */
@API(status = API.Status.EXPERIMENTAL)
public final class ScenarioFailedError extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    public ScenarioFailedError(String message) {
        super(message);
    }
}
