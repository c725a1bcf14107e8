package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.DmsClients;
import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.StatusChange;
import io.dmstestkit.wiremock.flavour.ClassicTaskBed;
import io.dmstestkit.wiremock.flavour.ClientFlavour;
import io.dmstestkit.wiremock.flavour.FlavouredTest;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeConnectionsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeEndpointsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstancesRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTasksResponse;
import software.amazon.awssdk.services.databasemigration.model.Event;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationWaiter;

/**
 * Every SDK v2 waiter the classic API has, with its success and failure acceptors, through the real sync
 * and async clients in-process and over HTTP. The waiters poll in virtual time ({@link
 * DmsClients#virtualWaits}): between two polls the clock moves on and nothing sleeps.
 */
class ClassicWaitersAcceptanceTest extends FlavouredTest {

    private final DmsSimulator simulator = DmsSimulator.create();
    private final WaiterOverrideConfiguration virtual = DmsClients.virtualWaits(simulator);

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_wait_until_a_task_is_ready_running_stopped_then_deleted(ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        String arn = bed.create("waited", MigrationTypeValue.FULL_LOAD_AND_CDC).replicationTaskArn();
        DatabaseMigrationWaiter waiter = bed.dms().waiter();

        assertThat(status(waiter.waitUntilReplicationTaskReady(ClassicTaskBed.byArn(arn), virtual)))
                .isEqualTo("ready");
        bed.start(arn, "start-replication");
        assertThat(status(waiter.waitUntilReplicationTaskRunning(ClassicTaskBed.byArn(arn), virtual)))
                .isEqualTo("running");
        bed.stop(arn);
        assertThat(status(waiter.waitUntilReplicationTaskStopped(ClassicTaskBed.byArn(arn), virtual)))
                .isEqualTo("stopped");
        bed.dms().deleteReplicationTask(r -> r.replicationTaskArn(arn));
        assertThat(waiter.waitUntilReplicationTaskDeleted(ClassicTaskBed.byArn(arn), virtual)
                        .matched()
                        .exception())
                .containsInstanceOf(ResourceNotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_fail_the_ready_running_and_stopped_waiters_on_a_deleting_task_and_wait_until_it_is_gone(
            ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        DatabaseMigrationWaiter waiter = bed.dms().waiter();
        String arn = bed.createReady("leaving", MigrationTypeValue.FULL_LOAD_AND_CDC);
        bed.start(arn, "start-replication");
        bed.jumpUntilStatus(arn, "running");
        bed.stop(arn);
        bed.jumpUntilStatus(arn, "stopped");
        assertThat(bed.dms()
                        .deleteReplicationTask(r -> r.replicationTaskArn(arn))
                        .replicationTask()
                        .status())
                .isEqualTo("deleting");

        String deletingFailure = "Status=deleting) and transitioned the waiter to failure state";
        assertThatThrownBy(() -> waiter.waitUntilReplicationTaskReady(ClassicTaskBed.byArn(arn), virtual))
                .isInstanceOf(SdkClientException.class)
                .hasMessageEndingWith(deletingFailure);
        assertThatThrownBy(() -> waiter.waitUntilReplicationTaskRunning(ClassicTaskBed.byArn(arn), virtual))
                .isInstanceOf(SdkClientException.class)
                .hasMessageEndingWith(deletingFailure);
        assertThatThrownBy(() -> waiter.waitUntilReplicationTaskStopped(ClassicTaskBed.byArn(arn), virtual))
                .isInstanceOf(SdkClientException.class)
                .hasMessageEndingWith(deletingFailure);

        // ReplicationTaskDeleted polls through deleting (30 virtual seconds, polls 15 s apart) until the task is gone.
        WaiterResponse<DescribeReplicationTasksResponse> deleted =
                waiter.waitUntilReplicationTaskDeleted(ClassicTaskBed.byArn(arn), virtual);
        assertThat(deleted.matched().exception()).containsInstanceOf(ResourceNotFoundException.class);
        assertThat(deleted.attemptsExecuted()).isEqualTo(3);
        assertThat(bed.dms()
                        .describeEvents(r -> r.sourceType("replication-task")
                                .sourceIdentifier("leaving")
                                .eventCategories("deletion"))
                        .events())
                .extracting(Event::message)
                .containsExactly("Replication task is being deleted.", "Replication task has been deleted.");
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_fail_the_running_waiter_when_a_full_load_task_runs_and_stops_between_two_polls(ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        String arn = bed.createReady("quick", MigrationTypeValue.FULL_LOAD);
        bed.start(arn, "start-replication");

        // The first poll sees starting; two virtual hours later the load has finished and the task stopped.
        assertThatThrownBy(() -> bed.dms()
                        .waiter()
                        .waitUntilReplicationTaskRunning(
                                ClassicTaskBed.byArn(arn), DmsClients.virtualWaits(simulator, Duration.ofHours(2))))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("failure");
        assertThat(bed.describe(arn).stopReason()).isEqualTo("Stop Reason FULL_LOAD_ONLY_FINISHED");
        assertThat(simulator.statusHistory(ClientFlavour.ACCOUNT, "us-east-1", "quick"))
                .extracting(StatusChange::status)
                .containsSubsequence("starting", "running", "stopped");
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_fail_each_task_waiter_on_a_status_it_cannot_leave_for_its_goal(ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        DatabaseMigrationWaiter waiter = bed.dms().waiter();
        String arn = bed.createReady("busy", MigrationTypeValue.CDC);

        assertThatThrownBy(() -> waiter.waitUntilReplicationTaskStopped(ClassicTaskBed.byArn(arn), virtual))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("failure");
        assertThatThrownBy(() -> waiter.waitUntilReplicationTaskDeleted(ClassicTaskBed.byArn(arn), virtual))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("failure");
        bed.start(arn, "start-replication");
        waiter.waitUntilReplicationTaskRunning(ClassicTaskBed.byArn(arn), virtual);
        assertThatThrownBy(() -> waiter.waitUntilReplicationTaskReady(ClassicTaskBed.byArn(arn), virtual))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("failure");
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_fail_the_running_waiter_when_the_task_fails(ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        String arn = bed.createReady("doomed", MigrationTypeValue.FULL_LOAD_AND_CDC);
        simulator.planIncident(
                ClientFlavour.ACCOUNT,
                "us-east-1",
                "doomed",
                DmsIncident.failAt(
                        simulator.clock().now().plusSeconds(10), DmsIncident.Severity.FATAL_ERROR, "disk gone"));
        bed.start(arn, "start-replication");

        assertThatThrownBy(() -> bed.dms().waiter().waitUntilReplicationTaskRunning(ClassicTaskBed.byArn(arn), virtual))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("failure");
        assertThat(bed.describe(arn).lastFailureMessage()).contains("disk gone");
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_wait_until_an_instance_is_available_then_deleted_and_fail_on_incompatible_network(
            ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        DatabaseMigrationWaiter waiter = bed.dms().waiter();
        String good = instance(bed, "good");
        String netless = instance(bed, "netless");
        simulator.planIncident(
                ClientFlavour.ACCOUNT,
                "us-east-1",
                "netless",
                DmsIncident.incompatibleNetwork(simulator.clock().now().plus(Duration.ofMinutes(4))));

        assertThat(waiter.waitUntilReplicationInstanceAvailable(instanceByArn(good), virtual)
                        .matched()
                        .response()
                        .orElseThrow()
                        .replicationInstances()
                        .get(0)
                        .replicationInstanceStatus())
                .isEqualTo("available");
        assertThatThrownBy(() -> waiter.waitUntilReplicationInstanceAvailable(instanceByArn(netless), virtual))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("failure");
        assertThatThrownBy(() -> waiter.waitUntilReplicationInstanceDeleted(instanceByArn(good), virtual))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("failure");
        bed.dms().deleteReplicationInstance(r -> r.replicationInstanceArn(good));
        assertThat(waiter.waitUntilReplicationInstanceDeleted(instanceByArn(good), virtual)
                        .matched()
                        .exception())
                .containsInstanceOf(ResourceNotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_wait_until_a_connection_test_succeeds_and_an_endpoint_is_deleted(ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        DatabaseMigrationWaiter waiter = bed.dms().waiter();
        String endpoint = bed.sourceArn();
        bed.dms()
                .testConnection(r -> r.replicationInstanceArn(bed.instanceArn()).endpointArn(endpoint));

        assertThat(waiter.waitUntilTestConnectionSucceeds(
                                DescribeConnectionsRequest.builder()
                                        .filters(f -> f.name("endpoint-arn").values(endpoint))
                                        .build(),
                                virtual)
                        .matched()
                        .response()
                        .orElseThrow()
                        .connections()
                        .get(0)
                        .status())
                .isEqualTo("successful");
        DescribeEndpointsRequest byArn = DescribeEndpointsRequest.builder()
                .filters(f -> f.name("endpoint-arn").values(endpoint))
                .build();
        assertThatThrownBy(() -> waiter.waitUntilEndpointDeleted(byArn, virtual))
                .as("an active endpoint fails the EndpointDeleted waiter")
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("failure");
        bed.dms().deleteEndpoint(r -> r.endpointArn(endpoint));
        assertThat(waiter.waitUntilEndpointDeleted(byArn, virtual).matched().exception())
                .containsInstanceOf(ResourceNotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_fail_the_connection_waiter_on_a_failed_test_and_the_ready_waiter_on_modifying_and_testing(
            ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        DatabaseMigrationWaiter waiter = bed.dms().waiter();
        String endpoint = bed.endpoint("unreachable", "source");
        simulator.planIncident(
                ClientFlavour.ACCOUNT,
                "us-east-1",
                endpoint,
                DmsIncident.connectionTestFails("ORA-12541: no listener"));
        bed.dms()
                .testConnection(r -> r.replicationInstanceArn(bed.instanceArn()).endpointArn(endpoint));

        assertThatThrownBy(() -> waiter.waitUntilTestConnectionSucceeds(
                        DescribeConnectionsRequest.builder()
                                .filters(f -> f.name("endpoint-arn").values(endpoint))
                                .build(),
                        virtual))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("Connections[].Status=failed");
        String tuned = bed.createReady("tuned", MigrationTypeValue.CDC);
        bed.dms()
                .modifyReplicationTask(r -> r.replicationTaskArn(tuned)
                        .tableMappings(bed.taskRequest("x", MigrationTypeValue.CDC)
                                .build()
                                .tableMappings()));
        assertThatThrownBy(() -> waiter.waitUntilReplicationTaskReady(ClassicTaskBed.byArn(tuned), virtual))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("Status=modifying");
        String checked = bed.createReady("checked", MigrationTypeValue.FULL_LOAD);
        bed.dms().startReplicationTaskAssessment(r -> r.replicationTaskArn(checked));
        assertThatThrownBy(() -> waiter.waitUntilReplicationTaskStopped(ClassicTaskBed.byArn(checked), virtual))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("Status=testing");
    }

    private static String instance(ClassicTaskBed bed, String identifier) {
        return bed.dms()
                .createReplicationInstance(
                        r -> r.replicationInstanceIdentifier(identifier).replicationInstanceClass("dms.t3.small"))
                .replicationInstance()
                .replicationInstanceArn();
    }

    private static DescribeReplicationInstancesRequest instanceByArn(String arn) {
        return DescribeReplicationInstancesRequest.builder()
                .filters(f -> f.name("replication-instance-arn").values(arn))
                .build();
    }

    private static String status(WaiterResponse<DescribeReplicationTasksResponse> response) {
        return response.matched()
                .response()
                .orElseThrow()
                .replicationTasks()
                .get(0)
                .status();
    }
}
