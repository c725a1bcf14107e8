package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * Transport faults without a socket, through the real SDK client: it sees the exceptions a socket client
 * gives it, retries them as over HTTP, and a delay moves virtual time instead of wall time.
 */
class InProcessTransportFaultTest {

    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);
    private static final String OPERATION = "DescribeReplicationConfigs";

    private final DmsSimulator simulator = DmsSimulator.create();
    private final DatabaseMigrationClient dms = client("123456789012");

    private DatabaseMigrationClient client(String account) {
        return DatabaseMigrationClient.builder()
                .httpClient(simulator.inProcessHttpClient(ATTEMPT_TIMEOUT))
                .endpointOverride(URI.create("http://dms.in-process"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "secret")))
                .overrideConfiguration(o -> o.retryStrategy(DmsClients.virtualRetries(simulator)))
                .build();
    }

    private void call() {
        dms.describeReplicationConfigs(r -> {});
    }

    private long calls() {
        return simulator.journal().entries().size();
    }

    @Test
    void a_reset_connection_is_retried_by_the_sdk_as_over_http() {
        simulator
                .transportFaults()
                .arm(InProcessTransportFault.connectionReset().on(OPERATION).times(1));

        call();

        // The reset attempt never reached the simulator; the SDK's retry did.
        assertThat(calls()).isEqualTo(1);
    }

    @Test
    void a_connection_reset_on_every_attempt_surfaces_as_the_sdk_client_exception() {
        simulator
                .transportFaults()
                .arm(InProcessTransportFault.connectionReset().on(OPERATION));

        assertThatThrownBy(this::call)
                .isInstanceOf(SdkClientException.class)
                .hasRootCauseInstanceOf(SocketException.class)
                .hasRootCauseMessage("Connection reset");
        assertThat(calls()).isZero();
    }

    @Test
    void an_empty_response_fails_the_attempt_with_an_io_exception() {
        simulator.transportFaults().arm(InProcessTransportFault.emptyResponse().on(OPERATION));

        assertThatThrownBy(this::call).isInstanceOf(SdkClientException.class).hasMessageContaining("failed to respond");
    }

    @Test
    void a_malformed_response_breaks_while_the_sdk_reads_it() {
        simulator
                .transportFaults()
                .arm(InProcessTransportFault.malformedResponse().on(OPERATION));

        assertThatThrownBy(this::call)
                .isInstanceOf(SdkClientException.class)
                .hasStackTraceContaining("Premature end of chunk coded message body");
    }

    @Test
    void after_calls_and_times_pick_the_calls_as_wiremock_does() {
        simulator
                .transportFaults()
                .arm(InProcessTransportFault.connectionReset()
                        .on(OPERATION)
                        .afterCalls(1)
                        .times(1));

        call(); // passes
        call(); // reset, then retried
        call(); // passes

        assertThat(calls()).isEqualTo(3);
        assertThat(simulator.transportFaults().list()).hasSize(1);
    }

    @Test
    void a_fault_for_one_account_leaves_the_others_alone() {
        simulator
                .transportFaults()
                .arm(InProcessTransportFault.connectionReset().account("200000000001"));

        call();

        assertThatThrownBy(() -> client("200000000001").describeReplicationConfigs(r -> {}))
                .isInstanceOf(SdkClientException.class);
    }

    @Test
    void a_short_delay_moves_virtual_time_and_answers() {
        Instant before = simulator.clock().now();
        simulator
                .transportFaults()
                .arm(InProcessTransportFault.delay(Duration.ofSeconds(3))
                        .on(OPERATION)
                        .times(1));

        call();

        assertThat(simulator.clock().now()).isEqualTo(before.plusSeconds(3));
    }

    @Test
    void a_delay_past_the_attempt_timeout_times_the_attempt_out_in_virtual_time() {
        Instant before = simulator.clock().now();
        simulator
                .transportFaults()
                .arm(InProcessTransportFault.delay(Duration.ofMinutes(5)).on(OPERATION));

        assertThatThrownBy(this::call)
                .isInstanceOf(ApiCallAttemptTimeoutException.class)
                .hasMessageContaining("10000 millis");

        // Four attempts (the SDK's legacy retries), each answered by the simulator and timed out 10 s later,
        // with the SDK's backoff in between: the manual clock moved, so nothing waited in wall time (no wall-time
        // assertion: it would be flaky on a busy machine).
        assertThat(calls()).isEqualTo(4);
        assertThat(Duration.between(before, simulator.clock().now())).isGreaterThanOrEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void one_timed_out_attempt_is_retried_and_the_call_succeeds() {
        simulator
                .transportFaults()
                .arm(InProcessTransportFault.delay(Duration.ofMinutes(5))
                        .on(OPERATION)
                        .times(1));

        call();

        assertThat(calls()).isEqualTo(2);
    }

    @Test
    void reset_disarms_transport_faults() {
        simulator.transportFaults().arm(InProcessTransportFault.connectionReset());

        simulator.reset();

        call();
        assertThat(simulator.transportFaults().list()).isEmpty();
    }
}
