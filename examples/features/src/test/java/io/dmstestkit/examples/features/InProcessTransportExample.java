package io.dmstestkit.examples.features;

import static io.dmstestkit.simulator.CallCount.exactly;
import static io.dmstestkit.simulator.CallPattern.dmsCall;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.testcore.Transport;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * The in-process transport: the real SDK client (marshalling, signing, retries, error mapping) hands its
 * requests straight to the simulator, with no socket and no server. The default of {@code @DmsScenario}.
 */
class InProcessTransportExample {

    @Test
    @DmsScenario(transport = Transport.IN_PROCESS) // the default, spelled out
    void the_injected_client_needs_no_socket(DatabaseMigrationClient dms, DmsSimulator simulator) {
        dms.describeReplicationConfigs(r -> {});

        simulator.verify(exactly(1), dmsCall("DescribeReplicationConfigs"));
    }

    @Test
    void without_any_test_framework_a_simulator_and_a_client_are_enough() {
        DmsSimulator simulator =
                DmsSimulator.builder().clock(SimulatedClock.manual()).build();
        try (DatabaseMigrationClient dms = DatabaseMigrationClient.builder()
                .httpClient(simulator.inProcessHttpClient())
                .endpointOverride(URI.create("http://dms.in-process")) // never dialled
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("123456789012", "secret"))) // 12 digits: the account id
                .build()) {

            String source = dms.createEndpoint(r -> r.endpointIdentifier("orders-source")
                            .endpointType("source")
                            .engineName("postgres")
                            .serverName("db.example.com")
                            .databaseName("orders"))
                    .endpoint()
                    .endpointArn();
            simulator.clock().advance(Duration.ofMinutes(5));

            assertThat(source).startsWith("arn:aws:dms:eu-west-1:123456789012:endpoint:");
            assertThat(simulator.journal().count("CreateEndpoint")).isEqualTo(1);
        }
    }
}
