package io.dmstestkit.benchmarks;

import io.dmstestkit.simulator.DmsSimulator;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * Real AWS SDK v2 sync clients, configured the same way for every variant so that only the transport
 * differs. The access key id is a 12-digit account id: the simulator keeps each account's state apart.
 * No retries: a failing call must fail the benchmark (or count as an error), not hide in a retry.
 *
 * <pre>{@code
 * DatabaseMigrationClient dms = Clients.overHttp(server.baseUri(), "100000000001");
 * }</pre>
 */
final class Clients {

    /** The account of single-threaded benchmarks. */
    static final String ACCOUNT = "123456789012";

    static final Region REGION = Region.US_EAST_1;

    /** Any URI: the in-process client never dials it. */
    private static final URI IN_PROCESS = URI.create("http://dms.in-process");

    private Clients() {}

    /** A client on the Apache HTTP client (the SDK's default sync transport) talking to {@code endpoint}. */
    static DatabaseMigrationClient overHttp(URI endpoint, String account) {
        return builder(account)
                .httpClient(ApacheHttpClient.builder().build())
                .endpointOverride(endpoint)
                .build();
    }

    /** A client whose requests go straight into the simulator, no socket. */
    static DatabaseMigrationClient inProcess(DmsSimulator simulator, String account) {
        return over(simulator.inProcessHttpClient(), account);
    }

    /** A client on any {@link SdkHttpClient}, e.g. one that records what it sees. */
    static DatabaseMigrationClient over(SdkHttpClient http, String account) {
        return builder(account).httpClient(http).endpointOverride(IN_PROCESS).build();
    }

    /** An account id per index: {@code 100000000001}, {@code 100000000002}, … */
    static String account(int index) {
        return String.valueOf(100_000_000_000L + index);
    }

    private static software.amazon.awssdk.services.databasemigration.DatabaseMigrationClientBuilder builder(
            String account) {
        return DatabaseMigrationClient.builder()
                .region(REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "secret")))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()));
    }
}
