package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.Connection;
import software.amazon.awssdk.services.databasemigration.model.DescribeConnectionsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeEndpointsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstancesRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTasksRequest;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationWaiter;

/**
 * Every acceptor of the classic waiters of the SDK's {@code DatabaseMigrationWaiter} (ReplicationTaskReady /
 * Running / Stopped / Deleted, ReplicationInstanceAvailable / Deleted, EndpointDeleted,
 * TestConnectionSucceeds) reached through the real client: the resource is put in the status an acceptor
 * names, then a waiter allowed a single poll must end exactly by that acceptor. Unreachable by design, and so
 * absent here: EndpointDeleted's {@code creating} (an endpoint is {@code active} from its creation, as on DMS,
 * see docs/fidelity.md).
 */
class ClassicWaiterAcceptorsTest {

    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "us-east-1";

    /** One poll, no real delay: the first answer decides. */
    private static final WaiterOverrideConfiguration ONE_POLL = WaiterOverrideConfiguration.builder()
            .maxAttempts(1)
            .backoffStrategyV2(BackoffStrategy.retryImmediately())
            .build();

    private final DmsSimulator simulator = DmsSimulator.create();
    private final TaskFixture fixture = new TaskFixture(simulator);
    private final DatabaseMigrationClient dms = fixture.dms();
    private final DatabaseMigrationWaiter waiter = dms.waiter();

    /** How to bring a fresh task into each status a task waiter's acceptor names. */
    private final Map<String, Function<String, String>> taskIn = Map.of(
            "creating",
                    id -> fixture.create(id, MigrationTypeValue.FULL_LOAD_AND_CDC)
                            .replicationTaskArn(),
            "ready", this::ready,
            "starting", id -> started(ready(id)),
            "running", id -> status(started(ready(id)), "running"),
            "stopping", id -> stopped(status(started(ready(id)), "running")),
            "stopped", id -> status(stopped(status(started(ready(id)), "running")), "stopped"),
            "failed", this::failed,
            "modifying", id -> modified(ready(id)),
            "testing", id -> assessed(ready(id)),
            "deleting", id -> deleted(ready(id)));

    static Stream<Arguments> taskAcceptors() {
        return Stream.of(
                Arguments.of("ReplicationTaskReady", "ready", true),
                Arguments.of("ReplicationTaskReady", "starting", false),
                Arguments.of("ReplicationTaskReady", "running", false),
                Arguments.of("ReplicationTaskReady", "stopping", false),
                Arguments.of("ReplicationTaskReady", "stopped", false),
                Arguments.of("ReplicationTaskReady", "failed", false),
                Arguments.of("ReplicationTaskReady", "modifying", false),
                Arguments.of("ReplicationTaskReady", "testing", false),
                Arguments.of("ReplicationTaskReady", "deleting", false),
                Arguments.of("ReplicationTaskRunning", "running", true),
                Arguments.of("ReplicationTaskRunning", "ready", false),
                Arguments.of("ReplicationTaskRunning", "creating", false),
                Arguments.of("ReplicationTaskRunning", "stopping", false),
                Arguments.of("ReplicationTaskRunning", "stopped", false),
                Arguments.of("ReplicationTaskRunning", "failed", false),
                Arguments.of("ReplicationTaskRunning", "modifying", false),
                Arguments.of("ReplicationTaskRunning", "testing", false),
                Arguments.of("ReplicationTaskRunning", "deleting", false),
                Arguments.of("ReplicationTaskStopped", "stopped", true),
                Arguments.of("ReplicationTaskStopped", "ready", false),
                Arguments.of("ReplicationTaskStopped", "creating", false),
                Arguments.of("ReplicationTaskStopped", "starting", false),
                Arguments.of("ReplicationTaskStopped", "failed", false),
                Arguments.of("ReplicationTaskStopped", "modifying", false),
                Arguments.of("ReplicationTaskStopped", "testing", false),
                Arguments.of("ReplicationTaskStopped", "deleting", false),
                Arguments.of("ReplicationTaskDeleted", "ready", false),
                Arguments.of("ReplicationTaskDeleted", "creating", false),
                Arguments.of("ReplicationTaskDeleted", "stopped", false),
                Arguments.of("ReplicationTaskDeleted", "running", false),
                Arguments.of("ReplicationTaskDeleted", "failed", false));
    }

    @ParameterizedTest(name = "{0} on {1}: success={2}")
    @MethodSource("taskAcceptors")
    void should_end_a_task_waiter_by_the_acceptor_of_the_status(String waiterName, String status, boolean success) {
        String arn = taskIn.get(status).apply(status + "-task");
        assertThat(fixture.describe(arn).status()).as("the task is set up").isEqualTo(status);
        DescribeReplicationTasksRequest byArn = DescribeReplicationTasksRequest.builder()
                .filters(f -> f.name("replication-task-arn").values(arn))
                .build();

        Runnable wait = () -> {
            WaiterResponse<?> response =
                    switch (waiterName) {
                        case "ReplicationTaskReady" -> waiter.waitUntilReplicationTaskReady(byArn, ONE_POLL);
                        case "ReplicationTaskRunning" -> waiter.waitUntilReplicationTaskRunning(byArn, ONE_POLL);
                        case "ReplicationTaskStopped" -> waiter.waitUntilReplicationTaskStopped(byArn, ONE_POLL);
                        default -> waiter.waitUntilReplicationTaskDeleted(byArn, ONE_POLL);
                    };
            assertThat(response.matched().response()).isPresent();
        };

        if (success) {
            wait.run();
        } else {
            assertThatThrownBy(wait::run)
                    .isInstanceOf(SdkClientException.class)
                    .hasMessageEndingWith(failureOn(status));
        }
    }

    @Test
    void should_retry_the_task_deleted_waiter_while_deleting_and_succeed_on_resource_not_found() {
        String arn = ready("gone");
        dms.deleteReplicationTask(r -> r.replicationTaskArn(arn));
        DescribeReplicationTasksRequest byArn = DescribeReplicationTasksRequest.builder()
                .filters(f -> f.name("replication-task-arn").values(arn))
                .build();

        // ReplicationTaskDeleted has no acceptor on deleting: the waiter polls on, so one poll runs out.
        assertThatThrownBy(() -> waiter.waitUntilReplicationTaskDeleted(byArn, ONE_POLL))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("exceeded");
        simulator.clock().advanceTo(simulator.nextChange().orElseThrow());

        WaiterResponse<?> deleted = waiter.waitUntilReplicationTaskDeleted(byArn, ONE_POLL);
        assertThat(deleted.matched().exception()).containsInstanceOf(ResourceNotFoundException.class);
    }

    static Stream<String> instanceFailureStatuses() {
        return Stream.of("incompatible-credentials", "incompatible-network", "inaccessible-encryption-credentials");
    }

    @ParameterizedTest
    @MethodSource("instanceFailureStatuses")
    void should_fail_the_instance_available_waiter_on_a_broken_instance(String status) {
        String arn = fixture.availableInstance("broken");
        simulator.planIncident(
                ACCOUNT,
                REGION,
                "broken",
                new DmsIncident.InstanceStatus(status, simulator.clock().now(), "Simulated " + status));

        assertThatThrownBy(() -> waiter.waitUntilReplicationInstanceAvailable(instanceByArn(arn), ONE_POLL))
                .isInstanceOf(SdkClientException.class)
                .hasMessageEndingWith(failureOn(status));
    }

    @Test
    void should_reach_every_other_instance_acceptor() {
        String arn = fixture.availableInstance("lifecycle");
        // ReplicationInstanceAvailable: success on available; ReplicationInstanceDeleted: failure on available.
        assertThat(waiter.waitUntilReplicationInstanceAvailable(instanceByArn(arn), ONE_POLL)
                        .matched()
                        .response())
                .isPresent();
        assertThatThrownBy(() -> waiter.waitUntilReplicationInstanceDeleted(instanceByArn(arn), ONE_POLL))
                .hasMessageEndingWith(failureOn("available"));

        dms.deleteReplicationInstance(r -> r.replicationInstanceArn(arn));
        // ReplicationInstanceAvailable: failure on deleting.
        assertThatThrownBy(() -> waiter.waitUntilReplicationInstanceAvailable(instanceByArn(arn), ONE_POLL))
                .hasMessageEndingWith(failureOn("deleting"));

        simulator.clock().advance(Duration.ofHours(1));
        // ReplicationInstanceDeleted: success on ResourceNotFoundFault.
        assertThat(waiter.waitUntilReplicationInstanceDeleted(instanceByArn(arn), ONE_POLL)
                        .matched()
                        .exception())
                .containsInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_reach_both_endpoint_deleted_acceptors() {
        String arn = endpoint("short-lived");
        DescribeEndpointsRequest byArn = DescribeEndpointsRequest.builder()
                .filters(f -> f.name("endpoint-arn").values(arn))
                .build();

        assertThatThrownBy(() -> waiter.waitUntilEndpointDeleted(byArn, ONE_POLL))
                .hasMessageEndingWith(failureOn("active"));

        dms.deleteEndpoint(r -> r.endpointArn(arn));
        assertThat(waiter.waitUntilEndpointDeleted(byArn, ONE_POLL).matched().exception())
                .containsInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_succeed_the_connection_waiter_once_the_test_is_successful() {
        String instance = fixture.instanceArn();
        String endpoint = endpoint("reachable");
        dms.testConnection(r -> r.replicationInstanceArn(instance).endpointArn(endpoint));
        simulator.clock().advance(Duration.ofMinutes(1));

        assertThat(waiter.waitUntilTestConnectionSucceeds(connectionsOf(endpoint), ONE_POLL)
                        .matched()
                        .response())
                .isPresent();
    }

    @Test
    void should_fail_the_connection_waiter_when_a_planned_connection_test_failure_strikes() {
        String instance = fixture.instanceArn();
        String endpoint = endpoint("unreachable");
        simulator.planIncident(
                ACCOUNT, REGION, "unreachable", DmsIncident.connectionTestFails("ORA-12541: TNS:no listener"));

        Connection testing = dms.testConnection(
                        r -> r.replicationInstanceArn(instance).endpointArn(endpoint))
                .connection();
        assertThat(testing.status()).isEqualTo("testing");
        assertThat(testing.lastFailureMessage())
                .as("the outcome shows once testing is over")
                .isNull();
        simulator.clock().advance(Duration.ofMinutes(1));

        Connection failed =
                dms.describeConnections(connectionsOf(endpoint)).connections().get(0);
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.lastFailureMessage()).isEqualTo("ORA-12541: TNS:no listener");
        assertThatThrownBy(() -> waiter.waitUntilTestConnectionSucceeds(connectionsOf(endpoint), ONE_POLL))
                .isInstanceOf(SdkClientException.class)
                .hasMessageEndingWith(failureOn("failed"));
    }

    @Test
    void should_plan_a_connection_test_failure_on_endpoints_only() {
        fixture.instanceArn();
        assertThatThrownBy(() -> simulator.planIncident(
                        ACCOUNT, REGION, "fixture-instance", DmsIncident.connectionTestFails("x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a connection test failure is planned on an endpoint");
        assertThatThrownBy(() -> DmsIncident.connectionTestFails(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The end of the SDK's message when the failure acceptor on {@code status} matched. */
    private static String failureOn(String status) {
        return "Status=" + status + ") and transitioned the waiter to failure state";
    }

    private String ready(String id) {
        return fixture.createReady(id, MigrationTypeValue.FULL_LOAD_AND_CDC).replicationTaskArn();
    }

    private String started(String arn) {
        fixture.start(arn, "start-replication");
        return arn;
    }

    private String stopped(String arn) {
        fixture.stop(arn);
        return arn;
    }

    private String status(String arn, String status) {
        fixture.jumpUntilStatus(arn, status);
        return arn;
    }

    private String failed(String id) {
        String arn = ready(id);
        simulator.planIncident(
                ACCOUNT, REGION, id, DmsIncident.failAtPercent(10, DmsIncident.Severity.FATAL_ERROR, "ORA-01555"));
        return status(started(arn), "failed");
    }

    private String modified(String arn) {
        dms.modifyReplicationTask(r -> r.replicationTaskArn(arn).migrationType("full-load"));
        return arn;
    }

    private String deleted(String arn) {
        dms.deleteReplicationTask(r -> r.replicationTaskArn(arn));
        return arn;
    }

    private String assessed(String arn) {
        dms.startReplicationTaskAssessment(r -> r.replicationTaskArn(arn));
        return arn;
    }

    private String endpoint(String id) {
        return dms.createEndpoint(
                        r -> r.endpointIdentifier(id).endpointType("source").engineName("postgres"))
                .endpoint()
                .endpointArn();
    }

    private static DescribeReplicationInstancesRequest instanceByArn(String arn) {
        return DescribeReplicationInstancesRequest.builder()
                .filters(f -> f.name("replication-instance-arn").values(arn))
                .build();
    }

    private static DescribeConnectionsRequest connectionsOf(String endpointArn) {
        return DescribeConnectionsRequest.builder()
                .filters(f -> f.name("endpoint-arn").values(endpointArn))
                .build();
    }
}
