package io.dmstestkit.testcore.internal;

import io.dmstestkit.simulator.DmsClients;
import io.dmstestkit.simulator.DmsSimulator;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationAsyncClient;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * The SDK clients of a session. The access key id is the session's account id: the simulator takes a
 * 12-digit access key id as the caller's account, which is how sessions sharing a simulator keep apart.
 * HTTP clients are given as builders, so closing the SDK client closes its HTTP client too. Every client
 * retries as the SDK would, but backs off in the simulator's virtual time ({@link DmsClients#virtualRetries}):
 * a test that throttles a call four times spends no wall time waiting.
 *
 * <pre>{@code
 * DatabaseMigrationClient dms = SdkClients.inProcess(simulator, "200000000001", "us-east-1");
 * }</pre>
 */
public final class SdkClients {

    /** Any URI will do for the in-process client: it is never dialled. */
    static final URI IN_PROCESS_ENDPOINT = URI.create("http://dms.in-process");

    private static final String SECRET = "dms-testkit";

    /**
     * The attempt timeout of the in-process client, in virtual time: an in-process transport delay longer
     * than this fails the attempt with {@code ApiCallAttemptTimeoutException}. The SDK's own attempt timer is
     * not set: it counts wall time, which a loaded build machine could exhaust on an ordinary call.
     */
    public static final Duration IN_PROCESS_ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

    private SdkClients() {}

    public static DatabaseMigrationClient inProcess(DmsSimulator simulator, String account, String region) {
        return DatabaseMigrationClient.builder()
                .httpClient(simulator.inProcessHttpClient(IN_PROCESS_ATTEMPT_TIMEOUT))
                .endpointOverride(IN_PROCESS_ENDPOINT)
                .region(Region.of(region))
                .credentialsProvider(credentials(account))
                .overrideConfiguration(o -> o.retryStrategy(DmsClients.virtualRetries(simulator)))
                .build();
    }

    public static DatabaseMigrationClient http(DmsSimulator simulator, URI endpoint, String account, String region) {
        return DatabaseMigrationClient.builder()
                .httpClientBuilder(ApacheHttpClient.builder())
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(credentials(account))
                .overrideConfiguration(o -> o.retryStrategy(DmsClients.virtualRetries(simulator)))
                .build();
    }

    public static DatabaseMigrationAsyncClient async(
            DmsSimulator simulator, URI endpoint, String account, String region) {
        return DatabaseMigrationAsyncClient.builder()
                .httpClientBuilder(NettyNioAsyncHttpClient.builder())
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(credentials(account))
                .overrideConfiguration(o -> o.retryStrategy(DmsClients.virtualRetries(simulator)))
                .build();
    }

    /** The secret key the session's clients sign with; the simulator checks no signatures. */
    public static String secretKey() {
        return SECRET;
    }

    private static StaticCredentialsProvider credentials(String account) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(account, SECRET));
    }
}
