package io.dmstestkit.dsl.model;

import org.apiguardian.api.API;

/**
 * The AWS error a call is expected to fail with: a short name or code ({@code AccessDenied},
 * {@code InvalidResourceStateFault}) and, optionally, text its message contains.
 */
@API(status = API.Status.EXPERIMENTAL)
public record ExpectedError(String error, String messageContains) {
    public ExpectedError {
        if (error == null || error.isBlank()) {
            throw new IllegalArgumentException("an expected error needs an error code such as AccessDenied");
        }
        error = io.dmstestkit.simulator.DmsErrorCode.resolve(error).code();
    }

    public String describe() {
        return error + (messageContains == null ? "" : " with a message containing '" + messageContains + "'");
    }
}
