package io.dmstestkit.junit.engine.internal;

import io.dmstestkit.dsl.DmsTargets;
import io.dmstestkit.dsl.ScenarioResult;
import io.dmstestkit.dsl.ScenarioRunner;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.simulator.DmsSimulator;
import org.apiguardian.api.API;

/**
 * Runs one scenario on an embedded simulator of its own. A simulator costs under a millisecond to make,
 * and one per scenario keeps runs deterministic in parallel: sessions on a shared simulator would have
 * their own accounts but one clock, which every scenario's awaits and advances move.
 *
 * <pre>{@code
 * ScenarioExecution.run(scenario).assertPassed();
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class ScenarioExecution {

    private ScenarioExecution() {}

    public static ScenarioResult run(Scenario scenario) {
        return new ScenarioRunner(DmsTargets.embedded(DmsSimulator.create())).run(scenario);
    }
}
