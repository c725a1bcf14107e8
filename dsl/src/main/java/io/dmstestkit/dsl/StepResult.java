package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.Step;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * What one step did: passed, failed (with the message) or skipped after an earlier failure, and how
 * long it took in virtual and wall time.
 */
@API(status = API.Status.EXPERIMENTAL)
public record StepResult(Step step, Outcome outcome, Duration virtualTime, Duration wallTime, String failure) {

    public enum Outcome {
        PASSED,
        FAILED,
        SKIPPED
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
