package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.DescribeConnectionsResponse;
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationWaiter;

/**
 * Clients of your own wait in virtual time with one line each: the SDK's retries move the simulator's clock by
 * the SDK's backoff, and the waiters by their polling delay. Shown by the virtual times in the journal; nothing
 * here measures wall time.
 */
class DmsClientsTest {

    private final DmsSimulator simulator = DmsSimulator.create();

    @Test
    void should_retry_a_throttled_call_as_often_as_the_sdk_would_backing_off_in_virtual_time() {
        int attempts =
                DmsClients.virtualRetries(simulator).maxAttempts(); // the SDK's own: 4 in its default (legacy) mode
        simulator
                .faults()
                .arm(DmsFault.error("Throttling")
                        .on("DescribeReplicationConfigs")
                        .times(attempts - 1)
                        .build());
        Instant start = simulator.clock().now();

        try (DatabaseMigrationClient dms = clientWithVirtualRetries()) {
            dms.describeReplicationConfigs(r -> {}); // the last attempt is answered normally
        }

        List<JournalEntry> calls = simulator.journal().entries("DescribeReplicationConfigs");
        assertThat(calls)
                .extracting(JournalEntry::errorCode)
                .hasSize(attempts)
                .containsOnly(Optional.of("ThrottlingException"), Optional.empty())
                .last()
                .isEqualTo(Optional.empty());
        assertThat(calls.get(0).virtualTime()).isEqualTo(start);
        assertEachCallCameAfterABackoff(calls);
        // the clock moved by the backoffs, and by nothing else
        assertThat(simulator.clock().now())
                .isEqualTo(calls.get(calls.size() - 1).virtualTime());
    }

    @Test
    void should_give_up_where_the_sdk_gives_up() {
        int attempts = DmsClients.virtualRetries(simulator).maxAttempts();
        simulator
                .faults()
                .arm(DmsFault.error("Throttling")
                        .on("DescribeReplicationConfigs")
                        .times(attempts + 1)
                        .build());

        DatabaseMigrationException throttled;
        try (DatabaseMigrationClient dms = clientWithVirtualRetries()) {
            throttled = catchThrowableOfType(
                    DatabaseMigrationException.class, () -> dms.describeReplicationConfigs(r -> {}));
        }

        assertThat(throttled.isThrottlingException()).isTrue();
        List<JournalEntry> calls = simulator.journal().entries("DescribeReplicationConfigs");
        assertThat(calls)
                .hasSize(attempts)
                .allMatch(call -> call.errorCode().equals(Optional.of("ThrottlingException")));
        assertEachCallCameAfterABackoff(calls);
    }

    @Test
    void should_poll_a_waiter_every_delay_of_virtual_time() {
        try (DatabaseMigrationClient dms = clientWithVirtualRetries();
                DatabaseMigrationWaiter waiter = DatabaseMigrationWaiter.builder()
                        .client(dms)
                        .overrideConfiguration(DmsClients.virtualWaits(simulator))
                        .build()) {
            String endpoint = dms.createEndpoint(r -> r.endpointIdentifier("orders-source")
                            .endpointType("source")
                            .engineName("postgres")
                            .serverName("db.example.com")
                            .port(5432))
                    .endpoint()
                    .endpointArn();
            String instance = dms.createReplicationInstance(
                            r -> r.replicationInstanceIdentifier("orders").replicationInstanceClass("dms.t3.medium"))
                    .replicationInstance()
                    .replicationInstanceArn();
            simulator.clock().advance(java.time.Duration.ofMinutes(10)); // the instance becomes available
            dms.testConnection(r -> r.endpointArn(endpoint).replicationInstanceArn(instance));
            Instant tested = simulator.clock().now();

            WaiterResponse<DescribeConnectionsResponse> succeeded = waiter.waitUntilTestConnectionSucceeds(
                    r -> r.filters(f -> f.name("endpoint-arn").values(endpoint)));

            assertThat(succeeded.matched().response())
                    .hasValueSatisfying(response ->
                            assertThat(response.connections().get(0).status()).isEqualTo("successful"));
            // testing for 5 s of virtual time: the second poll, one delay later, sees it done
            assertThat(simulator.journal().entries("DescribeConnections"))
                    .extracting(JournalEntry::virtualTime)
                    .containsExactly(tested, tested.plus(DmsClients.WAITER_DELAY));
        }
    }

    private static void assertEachCallCameAfterABackoff(List<JournalEntry> calls) {
        for (int retry = 1; retry < calls.size(); retry++) {
            assertThat(calls.get(retry).virtualTime())
                    .as("retry %d comes after a backoff in virtual time", retry)
                    .isAfter(calls.get(retry - 1).virtualTime());
        }
    }

    private DatabaseMigrationClient clientWithVirtualRetries() {
        return DatabaseMigrationClient.builder()
                .httpClient(simulator.inProcessHttpClient())
                .endpointOverride(URI.create("http://dms.in-process"))
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "secret")))
                .overrideConfiguration(o -> o.retryStrategy(DmsClients.virtualRetries(simulator)))
                .build();
    }
}
