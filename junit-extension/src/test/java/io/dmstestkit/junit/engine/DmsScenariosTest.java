package io.dmstestkit.junit.engine;

import static io.dmstestkit.junit.engine.ScenarioEngineRuns.BROKEN;
import static io.dmstestkit.junit.engine.ScenarioEngineRuns.FAILING;
import static io.dmstestkit.junit.engine.ScenarioEngineRuns.FULL_LOAD;
import static io.dmstestkit.junit.engine.ScenarioEngineRuns.TWO_SCENARIOS;
import static io.dmstestkit.junit.engine.ScenarioEngineRuns.assertResourceAt;
import static io.dmstestkit.junit.engine.ScenarioEngineRuns.sourceOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.dmstestkit.dsl.ScenarioFailedError;
import io.dmstestkit.dsl.ScenarioLoadException;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

class DmsScenariosTest {

    @Test
    void should_offer_a_container_per_file_and_a_test_per_scenario_at_its_line() {
        EngineExecutionResults results = run(JupiterFixtures.PassingScenarios.class);

        results.testEvents()
                .assertStatistics(
                        stats -> stats.dynamicallyRegistered(3).started(3).succeeded(3));
        assertThat(results.containerEvents()
                        .dynamicallyRegistered()
                        .map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly(FULL_LOAD, TWO_SCENARIOS);
        assertThat(sourceOf(results.containerEvents().dynamicallyRegistered(), FULL_LOAD))
                .isEqualTo(ClasspathResourceSource.from(FULL_LOAD));
        assertResourceAt(sourceOf(results.testEvents(), "orders full load"), FULL_LOAD, 2);
        assertResourceAt(sourceOf(results.testEvents(), "cdc stops"), TWO_SCENARIOS, 11);
    }

    @Test
    void should_fail_a_scenario_with_its_message_and_a_file_that_does_not_load_at_the_error() {
        EngineExecutionResults results = run(JupiterFixtures.FailingAndBrokenScenarios.class);

        results.testEvents().assertStatistics(stats -> stats.started(2).failed(2));
        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                displayName("orders too impatient"),
                                finishedWithFailure(
                                        instanceOf(ScenarioFailedError.class),
                                        message(m -> m.contains("did not reach status 'running' within 1m (virtual)")
                                                && m.contains("at " + FAILING + ":9")))))
                .haveExactly(
                        1,
                        event(
                                displayName(BROKEN),
                                finishedWithFailure(
                                        instanceOf(ScenarioLoadException.class), message(m -> m.contains("'strat'")))));
        assertResourceAt(sourceOf(results.testEvents(), BROKEN), BROKEN, 6);
    }

    @Test
    void should_refuse_a_folder_without_scenario_files() {
        assertThatThrownBy(() -> DmsScenarios.dynamicTests("no-such-folder/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No scenario files")
                .hasMessageContaining("'no-such-folder/'");
    }

    private static EngineExecutionResults run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(JupiterFixtures.ENABLED, "true")
                .selectors(selectClass(fixture))
                .execute();
    }
}
