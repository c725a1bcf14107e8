package io.dmstestkit.examples.features;

import static io.dmstestkit.simulator.CallCount.exactly;
import static io.dmstestkit.simulator.CallPattern.dmsCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.DmsSimulator;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;

/**
 * Throttling: DMS answers {@code ThrottlingException}, which the SDK has no class for. The SDK retries it
 * with backoff before your code sees it; a client without retries shows every answer. A probability with
 * a seed throttles the same calls in every run.
 */
class ThrottlingExample {

    @Test
    @DmsScenario
    void the_sdk_retries_throttling_before_your_code_sees_it(DatabaseMigrationClient dms, DmsSimulator simulator) {
        simulator
                .faults()
                .arm(DmsFault.error("Throttling")
                        .on("DescribeReplicationConfigs")
                        .times(2)
                        .build());

        dms.describeReplicationConfigs(r -> {}); // succeeds: the SDK's third attempt is answered normally

        simulator.verify(exactly(2), dmsCall("DescribeReplicationConfigs").withErrorCode("ThrottlingException"));
        simulator.verify(exactly(1), dmsCall("DescribeReplicationConfigs").succeeded());
    }

    @Test
    void a_client_without_retries_sees_the_throttling_exception() {
        DmsSimulator simulator = DmsSimulator.create();
        simulator
                .faults()
                .arm(DmsFault.error("Throttling").on("DescribeReplications").build());

        DatabaseMigrationException throttled = catchThrowableOfType(
                DatabaseMigrationException.class,
                () -> clientWithoutRetries(simulator).describeReplications(r -> {}));

        assertThat(throttled.awsErrorDetails().errorCode()).isEqualTo("ThrottlingException");
        assertThat(throttled.isThrottlingException()).isTrue();
    }

    @Test
    void the_same_seed_throttles_the_same_calls() {
        List<Integer> first = throttledCalls(42);
        List<Integer> second = throttledCalls(42);

        assertThat(first).isNotEmpty().hasSizeLessThan(20).isEqualTo(second);
        assertThat(throttledCalls(7)).isNotEqualTo(first);
    }

    /** Which of 20 calls a fresh simulator throttles with probability 0.3 and this seed. */
    private static List<Integer> throttledCalls(long seed) {
        DmsSimulator simulator = DmsSimulator.create();
        simulator
                .faults()
                .arm(DmsFault.error("Throttling")
                        .on("DescribeReplications")
                        .probability(0.3, seed)
                        .build());
        List<Integer> throttled = new ArrayList<>();
        try (DatabaseMigrationClient dms = clientWithoutRetries(simulator)) {
            for (int call = 1; call <= 20; call++) {
                try {
                    dms.describeReplications(r -> {});
                } catch (DatabaseMigrationException e) {
                    throttled.add(call);
                }
            }
        }
        return throttled;
    }

    private static DatabaseMigrationClient clientWithoutRetries(DmsSimulator simulator) {
        return DatabaseMigrationClient.builder()
                .httpClient(simulator.inProcessHttpClient())
                .endpointOverride(URI.create("http://dms.in-process"))
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "secret")))
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }
}
