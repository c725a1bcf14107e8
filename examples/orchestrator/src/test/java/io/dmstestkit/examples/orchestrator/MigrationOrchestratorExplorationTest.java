package io.dmstestkit.examples.orchestrator;

import static io.dmstestkit.testcore.exploration.ExploredFault.ACCESS_DENIED;
import static io.dmstestkit.testcore.exploration.ExploredFault.INVALID_RESOURCE_STATE;
import static io.dmstestkit.testcore.exploration.ExploredFault.RESOURCE_NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.junit.DmsFaultExploration;
import io.dmstestkit.junit.DmsFaultExploration.Tolerate;
import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.testcore.exploration.ExplorationCase;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;

/**
 * The orchestrator's main test, explored: it runs once clean, then once per call it made × fault of the
 * catalogue, and must survive every one. What it may fail with is declared: a denied call surfaces as a
 * {@link PermissionDeniedException} (a human must fix IAM), a config DMS says is gone or in the wrong
 * state as DMS's own exception. Exploration found gaps the hand-written tests missed: a run failing
 * with FATAL_ERROR before it got going was restarted with reload-target, which DMS refuses for a config
 * that never ran; and a StartReplication or StopReplication answered past the attempt timeout had taken
 * effect, so the SDK's retry was refused ({@link CutOverRegressionTest}).
 */
@DmsScenario(files = "stages/orders-ready.dms.yaml") // replication config 'orders', never started
class MigrationOrchestratorExplorationTest {

    // tag::exploration[]
    @DmsFaultExploration(
            tolerate = {
                @Tolerate(value = ACCESS_DENIED, surfacing = PermissionDeniedException.class),
                // DMS says the config is gone or in the wrong state: nothing to retry, the caller must know.
                @Tolerate(value = RESOURCE_NOT_FOUND, surfacing = OrchestrationException.class),
                @Tolerate(
                        value = {RESOURCE_NOT_FOUND, INVALID_RESOURCE_STATE},
                        surfacing = DatabaseMigrationException.class)
            })
    void cuts_over_whatever_fault_dms_throws_at_it(
            DatabaseMigrationClient dms, DmsSimulator simulator, ExplorationCase active) {
        CutOverResult result = new MigrationOrchestrator(dms, simulator.clock()::advance).cutOver("orders");

        assertThat(result.stopReason()).as(active.describe()).isEqualTo("Stop Reason NORMAL");
    }
    // end::exploration[]
}
