package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTasksRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTasksResponse;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/**
 * The SDK's own replication task waiters against the simulator in virtual time (the clock advances on
 * every Describe; the waiter's backoff does not sleep), with their success and failure acceptors.
 */
class ReplicationTaskWaitersTest {

    private static final WaiterOverrideConfiguration NO_REAL_DELAY = WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.retryImmediately())
            .build();

    private final DmsSimulator simulator = DmsSimulator.builder()
            .settings(SimulatorSettings.builder().advanceOnPoll(true).build())
            .build();
    private final TaskFixture fixture = new TaskFixture(simulator);
    private final DatabaseMigrationClient dms = fixture.dms();

    @Test
    void should_wait_until_ready_then_running_then_stopped_then_deleted() {
        ReplicationTask task = fixture.create("waited", MigrationTypeValue.FULL_LOAD_AND_CDC);

        assertThat(status(dms.waiter().waitUntilReplicationTaskReady(byArn(task), NO_REAL_DELAY)))
                .isEqualTo("ready");
        fixture.start(task.replicationTaskArn(), "start-replication");
        assertThat(status(dms.waiter().waitUntilReplicationTaskRunning(byArn(task), NO_REAL_DELAY)))
                .isEqualTo("running");
        fixture.stop(task.replicationTaskArn());
        assertThat(status(dms.waiter().waitUntilReplicationTaskStopped(byArn(task), NO_REAL_DELAY)))
                .isEqualTo("stopped");
        dms.deleteReplicationTask(r -> r.replicationTaskArn(task.replicationTaskArn()));
        WaiterResponse<DescribeReplicationTasksResponse> deleted =
                dms.waiter().waitUntilReplicationTaskDeleted(byArn(task), NO_REAL_DELAY);
        assertThat(deleted.matched().exception()).containsInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_fail_the_running_waiter_when_a_full_load_task_stops_between_two_polls() {
        ReplicationTask task = fixture.create("quick", MigrationTypeValue.FULL_LOAD);
        dms.waiter().waitUntilReplicationTaskReady(byArn(task), NO_REAL_DELAY);
        fixture.start(task.replicationTaskArn(), "start-replication");
        // The waiter's first poll sees starting; by its next poll the load has finished and the task stopped.
        simulator.clock().advance(Duration.ofHours(2));

        assertThatThrownBy(() -> dms.waiter().waitUntilReplicationTaskRunning(byArn(task), NO_REAL_DELAY))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("failure");
        assertThat(fixture.describe(task.replicationTaskArn()).stopReason())
                .isEqualTo("Stop Reason FULL_LOAD_ONLY_FINISHED");
    }

    @Test
    void should_fail_the_ready_waiter_on_a_running_task_and_the_stopped_waiter_on_a_ready_one() {
        ReplicationTask task = fixture.create("busy", MigrationTypeValue.CDC);
        dms.waiter().waitUntilReplicationTaskReady(byArn(task), NO_REAL_DELAY);

        assertThatThrownBy(() -> dms.waiter().waitUntilReplicationTaskStopped(byArn(task), NO_REAL_DELAY))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("failure");
        fixture.start(task.replicationTaskArn(), "start-replication");
        dms.waiter().waitUntilReplicationTaskRunning(byArn(task), NO_REAL_DELAY);
        assertThatThrownBy(() -> dms.waiter().waitUntilReplicationTaskReady(byArn(task), NO_REAL_DELAY))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("failure");
        assertThatThrownBy(() -> dms.waiter().waitUntilReplicationTaskDeleted(byArn(task), NO_REAL_DELAY))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("failure");
    }

    @Test
    void should_fail_the_running_waiter_when_the_task_fails() {
        ReplicationTask task = fixture.create("doomed", MigrationTypeValue.FULL_LOAD_AND_CDC);
        dms.waiter().waitUntilReplicationTaskReady(byArn(task), NO_REAL_DELAY);
        simulator.planIncident(
                "123456789012",
                "us-east-1",
                "doomed",
                DmsIncident.failAt(
                        simulator.clock().now().plusSeconds(10), DmsIncident.Severity.FATAL_ERROR, "disk gone"));
        fixture.start(task.replicationTaskArn(), "start-replication");

        assertThatThrownBy(() -> dms.waiter().waitUntilReplicationTaskRunning(byArn(task), NO_REAL_DELAY))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("failure");
    }

    @Test
    void should_wait_with_virtual_waits_on_a_manual_clock() {
        DmsSimulator manual = DmsSimulator.create();
        TaskFixture onManual = new TaskFixture(manual);
        ReplicationTask task = onManual.create("virtual", MigrationTypeValue.FULL_LOAD_AND_CDC);

        WaiterResponse<DescribeReplicationTasksResponse> ready =
                onManual.dms().waiter().waitUntilReplicationTaskReady(byArn(task), DmsClients.virtualWaits(manual));
        onManual.start(task.replicationTaskArn(), "start-replication");
        WaiterResponse<DescribeReplicationTasksResponse> running =
                onManual.dms().waiter().waitUntilReplicationTaskRunning(byArn(task), DmsClients.virtualWaits(manual));

        assertThat(status(ready)).isEqualTo("ready");
        assertThat(status(running)).isEqualTo("running");
        // 30 s creating and 60 s starting by default, polled every 15 virtual seconds.
        assertThat(ready.attemptsExecuted()).isEqualTo(3);
        assertThat(running.attemptsExecuted()).isEqualTo(5);
    }

    private static String status(WaiterResponse<DescribeReplicationTasksResponse> response) {
        return response.matched()
                .response()
                .orElseThrow()
                .replicationTasks()
                .get(0)
                .status();
    }

    private static DescribeReplicationTasksRequest byArn(ReplicationTask task) {
        return DescribeReplicationTasksRequest.builder()
                .filters(f -> f.name("replication-task-arn").values(task.replicationTaskArn()))
                .build();
    }
}
