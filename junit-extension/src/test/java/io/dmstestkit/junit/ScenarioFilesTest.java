package io.dmstestkit.junit;

import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.dmstestkit.dsl.ScenarioFailedError;
import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.junit.fixtures.ScenarioFileFixtures;
import org.junit.jupiter.api.Test;

class ScenarioFilesTest {

    @Test
    void should_run_scenario_files_in_the_tests_account_before_the_test() {
        EngineRuns.run(ScenarioFileFixtures.StageFromYaml.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void should_fail_the_test_with_the_scenarios_message_and_position() {
        EngineRuns.run(ScenarioFileFixtures.FailingScenario.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("never_runs"),
                                finishedWithFailure(
                                        instanceOf(ScenarioFailedError.class),
                                        message(m -> m.contains("Scenario 'orders too impatient' failed")
                                                && m.contains("did not reach status 'running' within 1m (virtual)")
                                                && m.contains("at stages/orders-never-runs.dms.yaml:8")))));
    }

    @Test
    void should_run_a_scenario_file_as_a_test_of_its_own() {
        EngineRuns.run(ScenarioFileFixtures.ScenarioAsTest.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void should_name_a_missing_scenario_file() {
        EngineRuns.run(ScenarioFileFixtures.MissingScenarioFile.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("never_runs"),
                                finishedWithFailure(
                                        instanceOf(ScenarioLoadException.class),
                                        message(m -> m.contains("stages/no-such-file.dms.yaml")))));
    }
}
