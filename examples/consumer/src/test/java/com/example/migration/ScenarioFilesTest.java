package com.example.migration;

import io.dmstestkit.junit.engine.DmsScenarios;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Scenario files as tests: one container per file, one test per scenario, each on a simulator of its own. */
class ScenarioFilesTest {

    @TestFactory
    Stream<DynamicNode> our_scenarios() {
        return DmsScenarios.dynamicTests("scenarios/"); // src/test/resources/scenarios/
    }

    @TestFactory
    Stream<DynamicNode> the_platform_teams_cut_over() {
        return DmsScenarios.dynamicTests("dms-scenarios/cutover/"); // from the shared-scenarios jar
    }
}
