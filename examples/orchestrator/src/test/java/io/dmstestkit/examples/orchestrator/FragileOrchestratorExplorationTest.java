package io.dmstestkit.examples.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.testcore.DmsTestSettings;
import io.dmstestkit.testcore.exploration.CaseResult;
import io.dmstestkit.testcore.exploration.ExplorationMatrix;
import io.dmstestkit.testcore.exploration.ExplorationOptions;
import io.dmstestkit.testcore.exploration.ExploredFault;
import io.dmstestkit.testcore.exploration.FaultExplorer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Exploration finds a deliberately fragile orchestrator (no retry on a failed dependency) with the line
 * that reproduces the failure, and gives the same matrix for the same seed however often it runs.
 */
class FragileOrchestratorExplorationTest {

    private static final DmsTestSettings SETTINGS = DmsTestSettings.builder()
            .scenarioFiles("stages/orders-ready.dms.yaml")
            .build();

    private static final ExplorationOptions OPTIONS = ExplorationOptions.defaults()
            .withFaults(Set.of(ExploredFault.FAILED_DEPENDENCY, ExploredFault.THROTTLING))
            .withSeed(7);

    private static ExplorationMatrix explore(OrchestratorSettings orchestratorSettings, int threads) {
        return FaultExplorer.explore(
                SETTINGS,
                OPTIONS,
                (session, active) -> new MigrationOrchestrator(
                                session.client(), session.simulator().clock()::advance, orchestratorSettings)
                        .cutOver("orders"),
                threads);
    }

    @Test
    void finds_the_missing_retry_on_a_failed_dependency_while_polling() {
        ExplorationMatrix matrix = explore(CutOverRegressionTest.FragileOrchestrator.SETTINGS, 2);

        List<String> failed =
                matrix.failures().stream().map(r -> r.kase().describe()).toList();
        assertThat(failed).contains("FailedDependency at #4 DescribeReplications orders (×30)");
        CaseResult polling = matrix.failures().stream()
                .filter(r -> r.kase().describe().startsWith("FailedDependency at #4"))
                .findFirst()
                .orElseThrow();
        // The very line CutOverRegressionTest pastes.
        assertThat(polling.kase().faults().get(0).reproduction())
                .isEqualTo("simulator.faults().arm(DmsFault.error(\"FailedDependency\").on(\"DescribeReplications\")"
                        + ".resource(\"orders\").onCall(2).build());");
        assertThat(polling.detail())
                .startsWith("OrchestrationException: DescribeReplications failed dependency 1 times");
        assertThat(matrix.withOutcome(CaseResult.Outcome.FAILED))
                .allMatch(r -> r.kase().has(ExploredFault.FAILED_DEPENDENCY));
    }

    @Test
    void the_robust_orchestrator_survives_the_same_space() {
        ExplorationMatrix matrix = explore(OrchestratorSettings.defaults(), 2);

        assertThat(matrix.failures()).isEmpty();
        assertThat(matrix.withOutcome(CaseResult.Outcome.PASSED))
                .hasSize(matrix.sites().size() * 2);
    }

    @Test
    void the_same_seed_gives_the_same_matrix_in_ten_parallel_explorations() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<String>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                runs.add(pool.submit(() -> explore(CutOverRegressionTest.FragileOrchestrator.SETTINGS, 1)
                        .render("fragile")));
            }
            String first = runs.get(0).get();
            assertThat(first).contains("FAILED");
            for (Future<String> run : runs) {
                assertThat(run.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
