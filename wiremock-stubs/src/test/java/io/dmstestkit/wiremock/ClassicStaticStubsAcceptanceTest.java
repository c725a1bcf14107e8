package io.dmstestkit.wiremock;

import static io.dmstestkit.wiremock.DmsResponses.describeReplicationInstances;
import static io.dmstestkit.wiremock.DmsResponses.describeReplicationTasks;
import static io.dmstestkit.wiremock.DmsResponses.replicationInstance;
import static io.dmstestkit.wiremock.DmsResponses.replicationTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.dmstestkit.simulator.SimulatedClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.retry.backoff.FixedDelayBackoffStrategy;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstancesResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTasksResponse;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationWaiter;

/**
 * The static stubs for classic tasks and replication instances in a plain WireMock server (no simulator),
 * read by the real AWS SDK v2 client and its waiters.
 */
class ClassicStaticStubsAcceptanceTest {

    private final WireMockServer server =
            new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

    @AutoClose
    private DatabaseMigrationClient client;

    @BeforeEach
    void start() {
        server.start();
        client = HttpTestClients.syncClient(URI.create(server.baseUrl()));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /** The SDK waiter without its real 15 s pause: the stubs answer each poll at once. */
    private DatabaseMigrationWaiter waiterWithoutDelay() {
        return DatabaseMigrationWaiter.builder()
                .client(client)
                .overrideConfiguration(WaiterOverrideConfiguration.builder()
                        .backoffStrategy(FixedDelayBackoffStrategy.create(Duration.ZERO))
                        .maxAttempts(10)
                        .build())
                .build();
    }

    @Test
    void should_send_tasks_exactly_as_the_sdk_model_has_them() {
        ReplicationTaskShape shape = replicationTask()
                .identifier("orders-cutover")
                .status("stopped")
                .migrationType("full-load")
                .stopReason("FULL_LOAD_ONLY_FINISHED")
                .fullLoadProgress(100)
                .tablesLoaded(5)
                .stats(s -> s.fullLoadFinishDate(Instant.parse("2026-01-01T00:15:00.500Z")))
                .startedAt(Instant.parse("2026-01-01T00:01:00Z"))
                .with(t -> t.recoveryCheckpoint("checkpoint:V1#27#mysql-bin-changelog.000024:373"));
        server.stubFor(DmsStubs.operation("DescribeReplicationTasks").willReturn(describeReplicationTasks(shape)));

        ReplicationTask received =
                client.describeReplicationTasks(r -> {}).replicationTasks().get(0);

        assertThat(received).isEqualTo(shape.build());
        assertThat(received.stopReason()).isEqualTo("Stop Reason FULL_LOAD_ONLY_FINISHED");
        assertThat(received.replicationTaskArn()).matches("arn:aws:dms:us-east-1:123456789012:task:[A-Z2-7]{26}");
        assertThat(received.replicationTaskCreationDate()).isEqualTo(SimulatedClock.DEFAULT_START);
        assertThat(received.replicationTaskStats().fullLoadFinishDate())
                .isEqualTo(Instant.parse("2026-01-01T00:15:00.500Z"));
    }

    @Test
    void should_put_default_tasks_on_the_default_instance() {
        ReplicationInstance instance = replicationInstance().build();

        assertThat(replicationTask().build().replicationInstanceArn()).isEqualTo(instance.replicationInstanceArn());
        assertThat(instance.replicationInstanceArn()).matches("arn:aws:dms:us-east-1:123456789012:rep:[A-Z2-7]{26}");
        assertThat(replicationTask().identifier("a").build().replicationTaskArn())
                .isNotEqualTo(replicationTask().identifier("b").build().replicationTaskArn())
                .isEqualTo(replicationTask().identifier("a").build().replicationTaskArn());
    }

    @Test
    void should_answer_create_start_and_stop_of_a_task() {
        server.stubFor(DmsStubs.operation("CreateReplicationTask")
                .willReturn(DmsResponses.createReplicationTask(
                        replicationTask().identifier("orders").status("creating"))));
        server.stubFor(DmsStubs.operation("StartReplicationTask")
                .willReturn(DmsResponses.startReplicationTask(
                        replicationTask().identifier("orders").status("starting"))));
        server.stubFor(DmsStubs.operation("StopReplicationTask")
                .willReturn(DmsResponses.stopReplicationTask(
                        replicationTask().identifier("orders").status("stopping"))));

        String arn = client.createReplicationTask(r -> r.replicationTaskIdentifier("orders")
                        .migrationType("full-load-and-cdc")
                        .replicationInstanceArn(replicationInstance().build().replicationInstanceArn())
                        .sourceEndpointArn("arn:aws:dms:us-east-1:123456789012:endpoint:SOURCE")
                        .targetEndpointArn("arn:aws:dms:us-east-1:123456789012:endpoint:TARGET")
                        .tableMappings("{\"rules\":[]}"))
                .replicationTask()
                .replicationTaskArn();

        assertThat(client.startReplicationTask(
                                r -> r.replicationTaskArn(arn).startReplicationTaskType("start-replication"))
                        .replicationTask()
                        .status())
                .isEqualTo("starting");
        assertThat(client.stopReplicationTask(r -> r.replicationTaskArn(arn))
                        .replicationTask()
                        .status())
                .isEqualTo("stopping");
        assertThat(arn).isEqualTo(replicationTask().identifier("orders").build().replicationTaskArn());
    }

    @Test
    void should_let_the_sdk_waiter_see_a_task_reach_running() {
        DmsStubs.sequence("DescribeReplicationTasks")
                .then(describeReplicationTasks(
                        replicationTask().identifier("orders").status("starting")))
                .then(describeReplicationTasks(
                        replicationTask().identifier("orders").status("running").fullLoadProgress(10)))
                .thenRepeat(describeReplicationTasks(
                        replicationTask().identifier("orders").status("running").fullLoadProgress(100)))
                .registerOn(server);

        WaiterResponse<DescribeReplicationTasksResponse> waited =
                waiterWithoutDelay().waitUntilReplicationTaskRunning(r -> {});

        assertThat(waited.attemptsExecuted()).isEqualTo(2);
        assertThat(waited.matched().response().orElseThrow().replicationTasks())
                .singleElement()
                .extracting(ReplicationTask::status)
                .isEqualTo("running");
    }

    @Test
    void should_let_the_sdk_waiter_fail_on_a_full_load_task_that_stopped_between_polls() {
        DmsStubs.sequence("DescribeReplicationTasks")
                .then(describeReplicationTasks(
                        replicationTask().identifier("orders").status("starting")))
                .thenRepeat(describeReplicationTasks(replicationTask()
                        .identifier("orders")
                        .migrationType("full-load")
                        .status("stopped")
                        .stopReason("FULL_LOAD_ONLY_FINISHED")))
                .registerOn(server);

        // The waiter's failure acceptor for 'stopped', as against DMS: it gives up at once.
        assertThatThrownBy(() -> waiterWithoutDelay().waitUntilReplicationTaskRunning(r -> {}))
                .hasMessageContaining("transitioned the waiter to failure state");
        server.verify(2, WireMock.postRequestedFor(WireMock.urlPathEqualTo("/")));
    }

    @Test
    void should_let_the_sdk_waiter_see_an_instance_become_available() {
        DmsStubs.sequence("DescribeReplicationInstances")
                .then(describeReplicationInstances(
                        replicationInstance().identifier("orders-instance").status("creating")))
                .thenRepeat(describeReplicationInstances(replicationInstance()
                        .identifier("orders-instance")
                        .status("available")
                        .instanceClass("dms.r5.large")
                        .allocatedStorage(100)))
                .registerOn(server);

        WaiterResponse<DescribeReplicationInstancesResponse> waited =
                waiterWithoutDelay().waitUntilReplicationInstanceAvailable(r -> {});

        ReplicationInstance instance =
                waited.matched().response().orElseThrow().replicationInstances().get(0);
        assertThat(instance.replicationInstanceStatus()).isEqualTo("available");
        assertThat(instance.replicationInstanceClass()).isEqualTo("dms.r5.large");
        assertThat(instance.allocatedStorage()).isEqualTo(100);
        assertThat(instance.instanceCreateTime()).isEqualTo(SimulatedClock.DEFAULT_START);
    }

    @Test
    void should_answer_create_of_an_instance() {
        ReplicationInstanceShape creating =
                replicationInstance().identifier("orders-instance").status("creating");
        server.stubFor(DmsStubs.operation("CreateReplicationInstance")
                .willReturn(DmsResponses.createReplicationInstance(creating)));

        assertThat(client.createReplicationInstance(r -> r.replicationInstanceIdentifier("orders-instance")
                                .replicationInstanceClass("dms.t3.medium"))
                        .replicationInstance())
                .isEqualTo(creating.build());
    }
}
