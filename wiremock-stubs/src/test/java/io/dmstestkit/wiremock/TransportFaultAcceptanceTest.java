package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.LogNormal;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationAsyncClient;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/** Transport faults in front of the simulator, seen by the real AWS SDK v2 clients as in production. */
class TransportFaultAcceptanceTest {

    @AutoClose
    private final DmsServer server = DmsServer.builder().start();

    @AutoClose
    private final DatabaseMigrationClient client = HttpTestClients.syncClient(server.baseUri());

    private final DmsTransportFaults transportFaults = DmsTransportFaults.on(server);

    @Test
    void should_reset_the_connection_once_then_let_calls_through() {
        transportFaults.arm(
                TransportFault.connectionReset().on("DescribeEndpoints").times(1));

        assertThatThrownBy(() -> client.describeEndpoints(r -> {}))
                .isInstanceOf(SdkClientException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(client.describeEndpoints(r -> {}).endpoints()).isEmpty();

        assertThat(server.simulator().journal().count("DescribeEndpoints"))
                .as("the reset call never reached the simulator")
                .isEqualTo(1);
        assertThat(transportFaults.list()).singleElement().satisfies(status -> {
            assertThat(status.id()).isEqualTo("transport-fault-1");
            assertThat(status.remaining()).hasValue(0);
        });
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void should_fail_the_sdk_call_with_a_client_exception_for_every_wiremock_fault(Fault fault) {
        transportFaults.arm(TransportFault.fault(fault).on("DescribeEndpoints"));

        assertThatThrownBy(() -> client.describeEndpoints(r -> {})).isInstanceOf(SdkClientException.class);
        assertThat(client.createEndpoint(r -> r.endpointIdentifier("passes")
                                .endpointType("source")
                                .engineName("mysql"))
                        .endpoint())
                .as("other operations pass")
                .isNotNull();
    }

    @Test
    void should_answer_an_empty_response_armed_over_the_admin_api() {
        AdminHttp admin = new AdminHttp(server.baseUri());
        AdminHttp.Answer armed = admin.post("/transport-faults", """
                {"operation": "DescribeEndpoints", "fault": "EMPTY_RESPONSE", "times": 1}
                """);
        assertThat(armed.status()).as(armed.toString()).isEqualTo(201);
        assertThat(armed.json().path("id").asText()).isEqualTo("transport-fault-1");

        assertThatThrownBy(() -> client.describeEndpoints(r -> {}))
                .isInstanceOf(SdkClientException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(client.describeEndpoints(r -> {}).endpoints()).isEmpty();

        assertThat(admin.get("/transport-faults")
                        .json()
                        .path("transportFaults")
                        .get(0)
                        .path("remaining")
                        .asInt())
                .isZero();
        assertThat(admin.delete("/transport-faults/transport-fault-1").status()).isEqualTo(200);
        assertThat(admin.get("/transport-faults").json().path("transportFaults"))
                .isEmpty();
    }

    @Test
    void should_time_out_the_attempt_when_the_answer_is_delayed() {
        transportFaults.arm(TransportFault.fixedDelay(Duration.ofMillis(700))
                .on("DescribeEndpoints")
                .times(1));
        ClientOverrideConfiguration shortAttempts = ClientOverrideConfiguration.builder()
                .apiCallAttemptTimeout(Duration.ofMillis(150))
                .retryStrategy(AwsRetryStrategy.doNotRetry())
                .build();

        try (DatabaseMigrationClient impatient = HttpTestClients.syncClient(server.baseUri(), shortAttempts)) {
            assertThatThrownBy(() -> impatient.describeEndpoints(r -> {}))
                    .isInstanceOf(ApiCallAttemptTimeoutException.class);
        }
    }

    @Test
    void should_deliver_the_simulators_answer_after_the_delay() {
        transportFaults.arm(TransportFault.fixedDelay(Duration.ofMillis(200))
                .on("DescribeEndpoints")
                .times(1));

        long start = System.nanoTime();
        assertThat(client.describeEndpoints(r -> {}).endpoints()).isEmpty();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(server.simulator().journal().count("DescribeEndpoints")).isEqualTo(1);
    }

    @Test
    void should_reset_the_async_clients_connection() {
        transportFaults.arm(
                TransportFault.connectionReset().on("DescribeEndpoints").times(1));

        try (DatabaseMigrationAsyncClient async = HttpTestClients.asyncClient(server.baseUri())) {
            assertThatThrownBy(() -> async.describeEndpoints(r -> {}).join())
                    .isInstanceOf(CompletionException.class)
                    .cause()
                    .isInstanceOf(SdkClientException.class)
                    .hasRootCauseInstanceOf(IOException.class);
            assertThat(async.describeEndpoints(r -> {}).join().endpoints()).isEmpty();
        }
    }

    @Test
    void should_let_calls_pass_before_the_fault_when_asked() {
        transportFaults.arm(TransportFault.emptyResponse()
                .on("DescribeEndpoints")
                .afterCalls(1)
                .times(1));

        assertThat(client.describeEndpoints(r -> {}).endpoints()).isEmpty();
        assertThatThrownBy(() -> client.describeEndpoints(r -> {})).isInstanceOf(SdkClientException.class);
        assertThat(client.describeEndpoints(r -> {}).endpoints()).isEmpty();
    }

    @Test
    void should_only_break_the_calls_of_the_account_named() {
        transportFaults.arm(TransportFault.connectionReset().account("210987654321"));

        try (DatabaseMigrationClient other =
                HttpTestClients.syncClient(server.baseUri(), "210987654321", Region.US_EAST_1)) {
            assertThatThrownBy(() -> other.describeEndpoints(r -> {})).isInstanceOf(SdkClientException.class);
        }
        assertThat(client.describeEndpoints(r -> {}).endpoints()).isEmpty();
    }

    @Test
    void should_draw_the_same_seeded_delays_on_every_run() {
        TransportFault fault = TransportFault.uniformDelay(Duration.ofMillis(100), Duration.ofMillis(900))
                .on("DescribeReplications")
                .seed(42)
                .times(5)
                .build();

        List<Integer> first = armedDelays(fault);
        List<Integer> second = armedDelays(fault);

        assertThat(first)
                .hasSize(5)
                .isEqualTo(second)
                .allSatisfy(ms -> assertThat(ms).isBetween(100, 900));
        assertThat(first).doesNotHaveDuplicates();
    }

    private static List<Integer> armedDelays(TransportFault fault) {
        try (DmsServer fresh = DmsServer.builder().start()) {
            DmsTransportFaults.on(fresh).arm(fault);
            return fresh.wireMock().getStubMappings().stream()
                    .filter(stub ->
                            stub.getMetadata() != null && stub.getMetadata().containsKey("dmsTestkit"))
                    .sorted(Comparator.comparing(StubMapping::getRequiredScenarioState))
                    .map(stub -> stub.getResponse().getFixedDelayMilliseconds())
                    .toList();
        }
    }

    @Test
    void should_use_wiremocks_own_random_delay_without_a_seed() {
        transportFaults.arm(TransportFault.logNormalDelay(Duration.ofMillis(20), 0.1, Duration.ofMillis(50))
                .on("DescribeEndpoints"));

        assertThat(server.wireMock().getStubMappings())
                .filteredOn(
                        stub -> stub.getMetadata() != null && stub.getMetadata().containsKey("dmsTestkit"))
                .singleElement()
                .satisfies(stub ->
                        assertThat(stub.getResponse().getDelayDistribution()).isInstanceOf(LogNormal.class));
        assertThat(client.describeEndpoints(r -> {}).endpoints()).isEmpty();
    }

    @Test
    void should_list_and_disarm_transport_faults() {
        String first = transportFaults.arm(TransportFault.connectionReset().on("StopReplication"));
        String second = transportFaults.arm(
                TransportFault.emptyResponse().on("StartReplication").times(2));

        assertThat(transportFaults.list())
                .extracting(TransportFaultStatus::id, TransportFaultStatus::remaining)
                .containsExactly(tuple(first, Optional.empty()), tuple(second, Optional.of(2)));
        assertThat(transportFaults.list().get(1).fault().describe())
                .isEqualTo("EMPTY_RESPONSE on StartReplication, 2 times");

        assertThat(transportFaults.disarm(first)).isTrue();
        assertThat(transportFaults.disarm(first)).isFalse();
        assertThat(transportFaults.arm(TransportFault.connectionReset())).isEqualTo("transport-fault-3");
        transportFaults.disarmAll();
        assertThat(transportFaults.list()).isEmpty();
    }

    @Test
    void should_refuse_an_impossible_fault_when_built() {
        assertThatThrownBy(() ->
                        TransportFault.connectionReset().on("DescribeEndpoint").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("did you mean DescribeEndpoints?");
        assertThatThrownBy(() -> TransportFault.uniformDelay(Duration.ofMillis(1), Duration.ofMillis(2))
                        .seed(1)
                        .build())
                .hasMessageContaining("WireMock's random delays cannot be seeded");
        assertThatThrownBy(() -> TransportFault.fixedDelay(Duration.ofHours(1)))
                .hasMessageContaining("between 0 and 10 minutes");
    }
}
