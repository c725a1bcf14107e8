package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The outcome of running one scenario: each step's result, and the first failure's message.
 *
 * <pre>{@code
 * ScenarioResult result = runner.run(scenario);
 * result.assertPassed();    // throws ScenarioFailedError with the failure message
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public record ScenarioResult(
        Scenario scenario,
        String target,
        List<StepResult> steps,
        Duration virtualTime,
        Duration wallTime,
        String setupFailure) {

    public ScenarioResult {
        steps = List.copyOf(steps);
    }

    public boolean passed() {
        return setupFailure == null && steps.stream().allMatch(StepResult::passed);
    }

    /** The first failure: the setup's, or the first failed step's message. */
    public Optional<String> failure() {
        if (setupFailure != null) {
            return Optional.of(setupFailure);
        }
        return steps.stream()
                .filter(s -> s.outcome() == StepResult.Outcome.FAILED)
                .map(StepResult::failure)
                .findFirst();
    }

    /** Throws {@link ScenarioFailedError} with the failure message unless the scenario passed. */
    public ScenarioResult assertPassed() {
        failure().ifPresent(message -> {
            throw new ScenarioFailedError("Scenario '" + scenario.name() + "' failed: " + message);
        });
        return this;
    }
}
