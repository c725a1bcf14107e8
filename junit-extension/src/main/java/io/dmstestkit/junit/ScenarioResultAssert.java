package io.dmstestkit.junit;

import io.dmstestkit.dsl.ScenarioResult;
import io.dmstestkit.simulator.FailureMessage;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * AssertJ assertions on the outcome of a scenario run.
 *
 * <pre>{@code
 * assertThat(session.scenarioRunner().run(cutover)).passed();
 * assertThat(session.scenarioRunner().run(refusedStop)).failedWithMessageContaining("AccessDenied");
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ScenarioResultAssert extends AbstractObjectAssert<ScenarioResultAssert, ScenarioResult> {

    ScenarioResultAssert(ScenarioResult actual) {
        super(actual, ScenarioResultAssert.class);
    }

    /** Checks that every step passed; on failure the message is the scenario's own failure message. */
    public ScenarioResultAssert passed() {
        isNotNull();
        if (!actual.passed()) {
            String failure = actual.failure().orElse("");
            throw AssertionFailures.error(
                    info,
                    FailureMessage.what("Scenario '" + actual.scenario().name() + "' did not pass on " + actual.target()
                                    + ".")
                            .expectedActual("passed", "failed")
                            .detail("first failure", indented(failure)),
                    "passed",
                    failure);
        }
        return myself;
    }

    /** Checks that the scenario failed, with a failure message containing {@code text}. */
    public ScenarioResultAssert failedWithMessageContaining(String text) {
        isNotNull();
        String expected = "a failure containing '" + text + "'";
        if (actual.passed()) {
            throw AssertionFailures.error(
                    info,
                    FailureMessage.what("Scenario '" + actual.scenario().name() + "' passed, but was expected to fail.")
                            .expectedActual(expected, "passed"),
                    expected,
                    "passed");
        }
        String failure = actual.failure().orElse("");
        if (!failure.contains(text)) {
            throw AssertionFailures.error(
                    info,
                    FailureMessage.what(
                                    "Scenario '" + actual.scenario().name() + "' failed, but not with '" + text + "'.")
                            .expectedActual(expected, "another failure")
                            .detail("first failure", indented(failure)),
                    expected,
                    failure);
        }
        return myself;
    }

    /** A multi-line message as a block: its first line after the label, the others indented under it. */
    private static String indented(String text) {
        return text.replace("\n", "\n    ");
    }
}
