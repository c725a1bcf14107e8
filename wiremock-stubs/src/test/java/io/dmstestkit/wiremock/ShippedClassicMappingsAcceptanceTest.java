package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;

/**
 * The classic-task and instance mappings shipped under {@code dms-stubs/}, loaded by a stock WireMock as
 * with {@code --root-dir}, read by the SDK and its waiters.
 */
class ShippedClassicMappingsAcceptanceTest {

    private static final String TASK_ARN = "arn:aws:dms:us-east-1:123456789012:task:EXAMPLEORDERSCUTOVERTASK01";
    private static final String INSTANCE_ARN = "arn:aws:dms:us-east-1:123456789012:rep:EXAMPLEORDERSINSTANCE00001";

    private final WireMockServer server = new WireMockServer(WireMockConfiguration.options()
            .dynamicPort()
            .bindAddress("127.0.0.1")
            .usingFilesUnderClasspath("dms-stubs"));

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

    @Test
    void should_describe_a_running_task_on_the_example_instance() {
        ReplicationTask task =
                client.describeReplicationTasks(r -> {}).replicationTasks().get(0);

        assertThat(task.replicationTaskArn()).isEqualTo(TASK_ARN);
        assertThat(task.replicationInstanceArn()).isEqualTo(INSTANCE_ARN);
        assertThat(task.status()).isEqualTo("running");
        assertThat(task.migrationTypeAsString()).isEqualTo("full-load-and-cdc");
        assertThat(task.replicationTaskStats().fullLoadProgressPercent()).isEqualTo(100);
        assertThat(task.replicationTaskStats().fullLoadFinishDate()).isEqualTo(Instant.parse("2026-01-01T00:15:00Z"));
        assertThat(task.replicationTaskCreationDate()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void should_let_the_sdk_waiters_succeed_on_their_first_poll() {
        // The first poll matches, so the waiters never sleep.
        assertThat(client.waiter().waitUntilReplicationTaskRunning(r -> {}).attemptsExecuted())
                .isEqualTo(1);
        assertThat(client.waiter()
                        .waitUntilReplicationInstanceAvailable(r -> {})
                        .attemptsExecuted())
                .isEqualTo(1);
    }

    @Test
    void should_start_and_stop_the_example_task() {
        assertThat(client.startReplicationTask(
                                r -> r.replicationTaskArn(TASK_ARN).startReplicationTaskType("start-replication"))
                        .replicationTask()
                        .status())
                .isEqualTo("starting");
        assertThat(client.stopReplicationTask(r -> r.replicationTaskArn(TASK_ARN))
                        .replicationTask()
                        .status())
                .isEqualTo("stopping");
    }

    @Test
    void should_describe_the_example_instance() {
        ReplicationInstance instance = client.describeReplicationInstances(r -> {})
                .replicationInstances()
                .get(0);

        assertThat(instance.replicationInstanceArn()).isEqualTo(INSTANCE_ARN);
        assertThat(instance.replicationInstanceStatus()).isEqualTo("available");
        assertThat(instance.replicationInstanceClass()).isEqualTo("dms.t3.medium");
        assertThat(instance.allocatedStorage()).isEqualTo(50);
        assertThat(instance.instanceCreateTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }
}
