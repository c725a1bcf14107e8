package io.dmstestkit.junit;

import static io.dmstestkit.junit.DmsAssertions.assertThat;
import static io.dmstestkit.junit.DmsAwait.awaitReplicationInstance;
import static io.dmstestkit.junit.DmsAwait.awaitReplicationTask;
import static io.dmstestkit.junit.DmsAwait.fullLoadAtLeast;
import static io.dmstestkit.junit.DmsAwait.status;
import static io.dmstestkit.wiremock.DmsResponses.describeReplicationTasks;
import static io.dmstestkit.wiremock.DmsResponses.replicationTask;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.DmsTestSettings;
import io.dmstestkit.wiremock.DmsStubs;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;

/**
 * {@link DmsAwait} and {@link DmsAssertions} for classic DMS: replication instances against the simulator in
 * virtual time, replication tasks against static stubs in wall time (polled as fast as the stubs answer).
 */
class ClassicAwaitAndAssertTest {

    @Test
    void should_wait_for_an_instance_in_virtual_time_and_assert_on_it() {
        try (DmsTestSession session = DmsTestSession.open(DmsTestSettings.defaults())) {
            Instant before = session.simulator().clock().now();
            session.client()
                    .createReplicationInstance(r -> r.replicationInstanceIdentifier("orders-instance")
                            .replicationInstanceClass("dms.r5.large"));

            ReplicationInstance available =
                    awaitReplicationInstance(session, "orders-instance").until(status("available"));

            assertThat(available).isAvailable().hasInstanceClass("dms.r5.large");
            org.assertj.core.api.Assertions.assertThat(
                            Duration.between(before, session.simulator().clock().now()))
                    .as("virtual time moved, no real hour passed")
                    .isPositive()
                    .isLessThan(Duration.ofHours(1));
        }
    }

    @Test
    void should_say_an_instance_is_still_creating_and_how_to_wait_for_it() {
        try (DmsTestSession session = DmsTestSession.open(DmsTestSettings.defaults())) {
            ReplicationInstance creating = session.client()
                    .createReplicationInstance(r -> r.replicationInstanceIdentifier("orders-instance")
                            .replicationInstanceClass("dms.t3.medium"))
                    .replicationInstance();

            assertThatThrownBy(() -> assertThat(creating).isAvailable())
                    .isInstanceOf(DmsAssertionError.class)
                    .hasMessageStartingWith("Replication instance 'orders-instance' does not have status 'available'.")
                    .hasMessageContaining("expected: available")
                    .hasMessageContaining("actual: creating")
                    .hasMessageContaining("DmsAwait.awaitReplicationInstance(session, \"orders-instance\")");
            assertThatThrownBy(() -> assertThat(creating).hasInstanceClass("dms.r5.large"))
                    .isInstanceOf(DmsAssertionError.class)
                    .hasMessageContaining("does not have instance class 'dms.r5.large'");
        }
    }

    @Test
    void should_wait_for_a_task_to_run_and_assert_it_like_a_replication() {
        WireMockServer server = stubServer();
        try (DatabaseMigrationClient dms = client(server)) {
            DmsStubs.sequence("DescribeReplicationTasks")
                    .then(describeReplicationTasks(
                            replicationTask().identifier("orders").status("starting")))
                    .then(describeReplicationTasks(replicationTask()
                            .identifier("orders")
                            .status("running")
                            .fullLoadProgress(40)))
                    .thenRepeat(describeReplicationTasks(replicationTask()
                            .identifier("orders")
                            .status("running")
                            .fullLoadProgress(100)))
                    .registerOn(server);

            ReplicationTask loaded = awaitReplicationTask(dms, "orders")
                    .pollInterval(Duration.ofMillis(1))
                    .until(fullLoadAtLeast(100));

            assertThat(loaded).isRunning().hasFullLoadProgress(100);
        } finally {
            server.stop();
        }
    }

    @Test
    void should_fail_a_task_wait_at_once_with_the_last_failure_message() {
        WireMockServer server = stubServer();
        try (DatabaseMigrationClient dms = client(server)) {
            DmsStubs.sequence("DescribeReplicationTasks")
                    .then(describeReplicationTasks(
                            replicationTask().identifier("orders").status("running")))
                    .thenRepeat(describeReplicationTasks(replicationTask()
                            .identifier("orders")
                            .status("failed")
                            .stopReason("FATAL_ERROR")
                            .lastFailureMessage("ORA-01555: snapshot too old")))
                    .registerOn(server);

            assertThatThrownBy(() -> awaitReplicationTask(dms, "orders")
                            .pollInterval(Duration.ofMillis(1))
                            .until(status("stopped")))
                    .isInstanceOf(DmsAssertionError.class)
                    .hasMessageStartingWith("Replication task 'orders' failed while awaiting status 'stopped'.")
                    .hasMessageContaining("failure messages: [ORA-01555: snapshot too old]");
            ReplicationTask failed =
                    dms.describeReplicationTasks(r -> {}).replicationTasks().get(0);
            assertThatThrownBy(() -> assertThat(failed).isStopped())
                    .isInstanceOf(DmsAssertionError.class)
                    .hasMessageStartingWith("Replication task 'orders' does not have status 'stopped'.")
                    .hasMessageContaining("stop reason: Stop Reason FATAL_ERROR");
            assertThat(failed).hasStopReason("FATAL_ERROR").hasFailureMessageContaining("ORA-01555");
        } finally {
            server.stop();
        }
    }

    private static WireMockServer stubServer() {
        WireMockServer server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return server;
    }

    private static DatabaseMigrationClient client(WireMockServer server) {
        return DatabaseMigrationClient.builder()
                .httpClientBuilder(ApacheHttpClient.builder())
                .endpointOverride(URI.create(server.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "x")))
                .build();
    }
}
