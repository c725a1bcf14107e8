package io.dmstestkit.examples.orchestrator;

import static io.dmstestkit.junit.DmsAssertions.assertThatJournal;
import static io.dmstestkit.junit.DmsAwait.awaitReplicationInstance;
import static io.dmstestkit.junit.DmsAwait.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.simulator.DmsClients;
import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.testcore.DmsTestSession;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationWaiter;

/**
 * The {@link ClassicTaskOrchestrator} tested with JUnit 5: the SDK waiters it uses run at virtual speed
 * ({@link DmsClients#virtualWaits}), its own polls move the virtual clock, and nothing sleeps.
 */
@DmsScenario
class ClassicTaskOrchestratorTest {

    private static final String MAPPING = "{\"rules\":[{\"rule-type\":\"selection\",\"rule-id\":\"1\","
            + "\"rule-name\":\"1\",\"object-locator\":{\"schema-name\":\"public\",\"table-name\":\"%\"},"
            + "\"rule-action\":\"include\"}]}";

    DatabaseMigrationClient dms; // injected: this test's own account
    DmsSimulator simulator;
    DmsTestSession session;

    @Test
    void migrates_a_full_load_and_cdc_task_and_stops_it_once_caught_up() {
        ClassicTaskResult result = orchestrator(DmsClients.virtualWaits(simulator))
                .migrate(task("orders", MigrationTypeValue.FULL_LOAD_AND_CDC));

        assertThat(result.stopReason()).isEqualTo("Stop Reason NORMAL");
        assertThat(simulator.replicationTask(session.account(), session.region(), "orders"))
                .hasValueSatisfying(t -> assertThat(t.replicationTaskStats().fullLoadProgressPercent())
                        .isEqualTo(100));
        assertThatJournal(session).hasCalls("StopReplicationTask", 1);
    }

    @Test
    void accepts_a_full_load_task_that_stops_by_itself() {
        ClassicTaskResult result = orchestrator(DmsClients.virtualWaits(simulator))
                .migrate(task("snapshot", MigrationTypeValue.FULL_LOAD));

        assertThat(result.stopReason()).isEqualTo("Stop Reason FULL_LOAD_ONLY_FINISHED");
        assertThatJournal(session).hasNoCalls("StopReplicationTask");
    }

    @Test
    void accepts_a_full_load_that_finished_between_two_polls_of_the_running_waiter() {
        // A waiter that polls every two virtual hours never sees the short run: its failure acceptor fires.
        ClassicTaskResult result = orchestrator(DmsClients.virtualWaits(simulator, Duration.ofHours(2)))
                .migrate(task("quick", MigrationTypeValue.FULL_LOAD));

        assertThat(result.stopReason()).isEqualTo("Stop Reason FULL_LOAD_ONLY_FINISHED");
        assertThat(result.notes()).contains("the full load finished before the running waiter saw the task running");
    }

    @Test
    void reports_stop_reason_and_last_failure_message_of_a_failed_task() {
        CreateReplicationTaskRequest request = task("fragile", MigrationTypeValue.FULL_LOAD_AND_CDC);
        // The orchestrator creates the task itself: plan its failure at the ready waiter's first (virtual) wait.
        AtomicBoolean planned = new AtomicBoolean();
        BackoffStrategy planThenWait = attempt -> {
            if (planned.compareAndSet(false, true)) {
                simulator.planIncident(
                        session.account(),
                        session.region(),
                        "fragile",
                        DmsIncident.failAtPercent(40, DmsIncident.Severity.FATAL_ERROR, "ORA-01555: snapshot too old"));
            }
            simulator.clock().advance(DmsClients.WAITER_DELAY);
            return Duration.ZERO;
        };
        ClassicTaskOrchestrator orchestrator = orchestrator(WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(planThenWait)
                .build());

        TaskFailedException failure =
                catchThrowableOfType(TaskFailedException.class, () -> orchestrator.migrate(request));

        assertThat(failure.stopReason()).isEqualTo("Stop Reason FATAL_ERROR");
        assertThat(failure.lastFailureMessage()).contains("ORA-01555");
    }

    private ClassicTaskOrchestrator orchestrator(WaiterOverrideConfiguration waits) {
        DatabaseMigrationWaiter waiter = DatabaseMigrationWaiter.builder()
                .client(dms)
                .overrideConfiguration(waits) // the SDK waiter at virtual speed: one line
                .build();
        return new ClassicTaskOrchestrator(
                dms,
                waiter,
                simulator.clock()::advance,
                task -> simulator.cdcLatency(session.account(), session.region(), task));
    }

    /** An available instance and two endpoints, then the request the orchestrator gets. */
    private CreateReplicationTaskRequest task(String id, MigrationTypeValue type) {
        String instance = dms.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier(id + "-ri").replicationInstanceClass("dms.t3.small"))
                .replicationInstance()
                .replicationInstanceArn();
        awaitReplicationInstance(session, instance).until(status("available"));
        return CreateReplicationTaskRequest.builder()
                .replicationTaskIdentifier(id)
                .migrationType(type)
                .replicationInstanceArn(instance)
                .sourceEndpointArn(endpoint(id + "-source", "source"))
                .targetEndpointArn(endpoint(id + "-target", "target"))
                .tableMappings(MAPPING)
                .build();
    }

    private String endpoint(String id, String type) {
        return dms.createEndpoint(
                        r -> r.endpointIdentifier(id).endpointType(type).engineName("postgres"))
                .endpoint()
                .endpointArn();
    }
}
