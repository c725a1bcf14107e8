package io.dmstestkit.examples.orchestrator;

import static io.dmstestkit.dsl.Dsl.NORMAL;
import static io.dmstestkit.dsl.Dsl.scenario;
import static io.dmstestkit.junit.DmsAssertions.assertThat;
import static io.dmstestkit.junit.DmsAssertions.assertThatReplication;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.ScenarioRunner;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.junit.engine.DmsScenarios;
import io.dmstestkit.testcore.DmsTestSession;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * Using another team's scenarios. The platform team publishes {@code dms-testkit-example-shared-scenarios},
 * a jar of YAML files under {@code dms-scenarios/}; this module has it as a test dependency, runs its
 * complete scenarios with its own parameters and builds on its building blocks (here from Java; from a
 * scenario file in {@code scenarios/uses-shared-block.dms.yaml}).
 */
@DmsScenario
class SharedScenariosTest {

    @Test
    void runs_the_platform_cut_over_with_our_own_table_size(ScenarioRunner runner) {
        Scenario standardCutover = ScenarioLoader.loadResource(
                        "dms-scenarios/cutover/standard-cutover.dms.yaml", Map.of("rows", "50000"))
                .get(0);

        assertThat(standardCutover.parameters()).containsEntry("rows", "50000").containsEntry("loadWithin", "2h");
        assertThat(runner.run(standardCutover)).passed();
    }

    @TestFactory
    Stream<DynamicNode> our_scenarios_built_on_the_shared_blocks() {
        return DmsScenarios.dynamicTests("uses-shared/");
    }

    @Test
    void our_orchestrator_takes_over_from_the_shared_start_and_load_block(
            DatabaseMigrationClient dms, DmsTestSession session) {
        session.scenarioRunner()
                .run(scenario("orders loaded by the platform's block")
                        .replication("orders", r -> r.table("public.orders", 200_000))
                        .include(
                                "classpath:dms-scenarios/blocks/start-and-load.dms.yaml",
                                Map.of("replication", "orders", "loadWithin", "1h"))
                        .build())
                .assertPassed();

        CutOverResult result =
                new MigrationOrchestrator(dms, session.simulator().clock()::advance).cutOver("orders");

        assertThat(result.notes()).containsExactly("replication was already running; not started again");
        assertThatReplication(session, "orders").isStopped().hasStopReason(NORMAL);
    }
}
