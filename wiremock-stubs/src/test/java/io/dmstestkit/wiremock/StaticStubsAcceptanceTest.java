package io.dmstestkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.dmstestkit.wiremock.DmsResponses.dataMigration;
import static io.dmstestkit.wiremock.DmsResponses.describeReplications;
import static io.dmstestkit.wiremock.DmsResponses.replication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.dmstestkit.simulator.DmsErrorCode;
import io.dmstestkit.simulator.SimulatedClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.AccessDeniedException;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.DescribeEndpointsResponse;
import software.amazon.awssdk.services.databasemigration.model.Endpoint;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/** The static stub library in a plain WireMock server (no simulator), read by the real AWS SDK v2 client. */
class StaticStubsAcceptanceTest {

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

    @Test
    void should_answer_a_polling_loop_in_order_and_repeat_the_last_answer() {
        DmsStubs.sequence("DescribeReplications")
                .then(describeReplications(replication().identifier("orders").status("initializing")))
                .then(describeReplications(
                        replication().identifier("orders").status("running").fullLoadProgress(40)))
                .thenRepeat(describeReplications(
                        replication().identifier("orders").status("running").fullLoadProgress(100)))
                .registerOn(server);

        List<Replication> polled = new ArrayList<>();
        for (int poll = 0; poll < 4; poll++) {
            polled.add(client.describeReplications(r -> {}).replications().get(0));
        }

        assertThat(polled)
                .extracting(
                        Replication::status,
                        r -> r.replicationStats() == null
                                ? null
                                : r.replicationStats().fullLoadProgressPercent())
                .containsExactly(
                        tuple("initializing", null),
                        tuple("running", 40),
                        tuple("running", 100),
                        tuple("running", 100));
        assertThat(polled.get(0).replicationConfigArn())
                .matches("arn:aws:dms:us-east-1:123456789012:replication-config:[A-Z2-7]{26}");
        assertThat(polled.get(0).replicationCreateTime()).isEqualTo(SimulatedClock.DEFAULT_START);
    }

    @Test
    void should_send_replications_exactly_as_the_sdk_model_has_them() {
        ReplicationShape shape = replication()
                .identifier("orders-cutover")
                .status("failed")
                .stopReason("FATAL_ERROR")
                .failureMessages("Table public.orders failed to load")
                .provisionState("deprovisioned")
                .tablesLoaded(3)
                .tablesErrored(1)
                .stats(s -> s.fullLoadStartDate(Instant.parse("2026-01-01T00:07:00.250Z")))
                .with(r -> r.cdcStartPosition("mysql-bin-changelog.000024:373"));
        server.stubFor(DmsStubs.operation("DescribeReplications").willReturn(describeReplications(shape)));

        Replication received =
                client.describeReplications(r -> {}).replications().get(0);

        assertThat(received).isEqualTo(shape.build());
        assertThat(received.stopReason()).isEqualTo("Stop Reason FATAL_ERROR");
        assertThat(received.replicationStats().fullLoadStartDate())
                .isEqualTo(Instant.parse("2026-01-01T00:07:00.250Z"));
    }

    @Test
    void should_send_data_migrations_with_iso_timestamps_as_the_sdk_reads_them() {
        DataMigrationShape stopped = dataMigration()
                .name("orders-copy")
                .status("STOPPED")
                .stopReason("User stopped the migration")
                .fullLoadPercentage(100)
                .cdcLatency(Duration.ofSeconds(4))
                .statistics(s -> s.stopTime(Instant.parse("2026-01-01T02:00:00Z")));
        server.stubFor(DmsStubs.operation("StopDataMigration").willReturn(DmsResponses.stopDataMigration(stopped)));
        server.stubFor(
                DmsStubs.operation("DescribeDataMigrations").willReturn(DmsResponses.describeDataMigrations(stopped)));

        DataMigration answered = client.stopDataMigration(r -> r.dataMigrationIdentifier("orders-copy"))
                .dataMigration();

        assertThat(answered).isEqualTo(stopped.build());
        assertThat(answered.dataMigrationStatistics().cdcLatency()).isEqualTo(4);
        assertThat(answered.dataMigrationStatistics().stopTime()).isEqualTo(Instant.parse("2026-01-01T02:00:00Z"));
        assertThat(client.describeDataMigrations(r -> {}).dataMigrations()).containsExactly(stopped.build());
    }

    @Test
    void should_match_on_a_request_member() {
        String orders = replication().identifier("orders").build().replicationConfigArn();
        server.stubFor(DmsStubs.operation("StopReplication")
                .withRequestBody(DmsStubs.requestMember("ReplicationConfigArn", equalTo(orders)))
                .willReturn(DmsResponses.stopReplication(
                        replication().identifier("orders").status("stopping"))));
        server.stubFor(DmsStubs.operation("StopReplication")
                .withRequestBody(DmsStubs.requestMember(
                        "ReplicationConfigArn",
                        equalTo("arn:aws:dms:us-east-1:123456789012:replication-config:LOCKED")))
                .willReturn(DmsResponses.error(DmsErrorCode.ACCESS_DENIED, "locked by policy")));

        assertThat(client.stopReplication(r -> r.replicationConfigArn(orders))
                        .replication()
                        .status())
                .isEqualTo("stopping");
        assertThatThrownBy(() -> client.stopReplication(
                        r -> r.replicationConfigArn("arn:aws:dms:us-east-1:123456789012:replication-config:LOCKED")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("locked by policy");
    }

    @Test
    void should_answer_custom_and_generic_errors_with_their_codes() {
        server.stubFor(DmsStubs.operation("DescribeEndpoints")
                .willReturn(DmsResponses.error("SNSInvalidTopicFault", "bad topic")));
        server.stubFor(DmsStubs.operation("DescribeReplications")
                .willReturn(DmsResponses.error(DmsErrorCode.INTERNAL_FAILURE)));

        assertThatThrownBy(() -> client.describeEndpoints(r -> {}))
                .isInstanceOfSatisfying(DatabaseMigrationException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SNSInvalidTopicFault");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("bad topic");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
        assertThatThrownBy(() -> client.describeReplications(r -> {}))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(500));
    }

    @Test
    void should_answer_any_operation_with_any_sdk_response() {
        Endpoint endpoint = Endpoint.builder()
                .endpointIdentifier("canned")
                .endpointArn("arn:aws:dms:us-east-1:123456789012:endpoint:CANNED")
                .engineName("postgres")
                .port(5432)
                .build();
        server.stubFor(DmsStubs.operation("DescribeEndpoints")
                .willReturn(DmsResponses.ok(
                        DescribeEndpointsResponse.builder().endpoints(endpoint).build())));

        assertThat(client.describeEndpoints(r -> {}).endpoints()).containsExactly(endpoint);
    }

    @Test
    void should_refuse_misspelled_operations_and_answers_after_the_repeating_one() {
        assertThatThrownBy(() -> DmsStubs.operation("DescribeReplication"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("did you mean DescribeReplications?");
        DmsStubSequence sequence =
                DmsStubs.sequence("StopReplication").thenRepeat(DmsResponses.error(DmsErrorCode.THROTTLING));
        assertThatThrownBy(() -> sequence.then(DmsResponses.error(DmsErrorCode.THROTTLING)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DmsStubs.sequence("StopReplication").mappings())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void should_fall_through_to_the_simulator_after_a_sequence_without_repeat() {
        try (DmsServer dms = DmsServer.builder().start();
                DatabaseMigrationClient sdk = HttpTestClients.syncClient(dms.baseUri())) {
            DmsStubs.sequence("DescribeEndpoints")
                    .then(DmsResponses.error(DmsErrorCode.ACCESS_DENIED, "first poll refused"))
                    .registerOn(dms.wireMock());

            assertThatThrownBy(() -> sdk.describeEndpoints(r -> {})).isInstanceOf(AccessDeniedException.class);
            assertThat(sdk.describeEndpoints(r -> {}).endpoints())
                    .as("the simulator's answer")
                    .isEmpty();
            assertThat(dms.simulator().journal().count("DescribeEndpoints")).isEqualTo(1);
        }
    }
}
