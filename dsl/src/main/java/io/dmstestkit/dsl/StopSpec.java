package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.ExpectedError;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Step;
import org.apiguardian.api.API;

/**
 * Options of a stop: whether the call should fail.
 *
 * <pre>{@code
 * .stop("orders", s -> s.expectError("AccessDenied"))
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class StopSpec {

    private ExpectedError expectError;

    StopSpec() {}

    public StopSpec expectError(String error) {
        return expectError(error, null);
    }

    public StopSpec expectError(String error, String messageContains) {
        this.expectError = new ExpectedError(error, messageContains);
        return this;
    }

    Step.Stop build(String target, Source source) {
        return new Step.Stop(target, expectError, source);
    }
}
