package io.dmstestkit.wiremock.flavour;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.wiremock.DmsServer;
import io.dmstestkit.wiremock.HttpTestClients;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationAsyncClient;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * The four ways a user's code reaches the simulator through the real SDK v2: the sync or the async client,
 * in-process or over HTTP to the standalone server. Each opens a {@link DatabaseMigrationClient} view (the
 * async one via {@link AsyncAsSync}), so an acceptance test is written once and run four times.
 */
public enum ClientFlavour {
    SYNC_IN_PROCESS {
        @Override
        public Connection open(DmsSimulator simulator) {
            DatabaseMigrationClient sync = DatabaseMigrationClient.builder()
                    .httpClient(simulator.inProcessHttpClient())
                    .endpointOverride(IN_PROCESS)
                    .region(Region.US_EAST_1)
                    .credentialsProvider(CREDENTIALS)
                    .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                    .build();
            return new Connection(sync, sync::close);
        }
    },
    ASYNC_IN_PROCESS {
        @Override
        public Connection open(DmsSimulator simulator) {
            DatabaseMigrationAsyncClient async = DatabaseMigrationAsyncClient.builder()
                    .httpClient(new InProcessAsyncHttpClient(simulator))
                    .endpointOverride(IN_PROCESS)
                    .region(Region.US_EAST_1)
                    .credentialsProvider(CREDENTIALS)
                    .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                    .build();
            return new Connection(AsyncAsSync.client(async), async::close);
        }
    },
    SYNC_HTTP {
        @Override
        public Connection open(DmsSimulator simulator) {
            DmsServer server = DmsServer.builder().port(0).simulator(simulator).start();
            DatabaseMigrationClient sync = HttpTestClients.syncClient(server.baseUri());
            return new Connection(sync, () -> {
                sync.close();
                server.close();
            });
        }
    },
    ASYNC_HTTP {
        @Override
        public Connection open(DmsSimulator simulator) {
            DmsServer server = DmsServer.builder().port(0).simulator(simulator).start();
            DatabaseMigrationAsyncClient async = HttpTestClients.asyncClient(server.baseUri());
            return new Connection(AsyncAsSync.client(async), () -> {
                async.close();
                server.close();
            });
        }
    };

    /** The account every flavour calls as (its access key id). */
    public static final String ACCOUNT = HttpTestClients.ACCOUNT;

    private static final URI IN_PROCESS = URI.create("http://dms.in-process");
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCOUNT, "secret"));

    /** Opens a client of this flavour on {@code simulator}; close the connection when done. */
    public abstract Connection open(DmsSimulator simulator);

    /** A client and whatever it needs released (its HTTP client, a server). */
    public record Connection(DatabaseMigrationClient dms, Runnable closer) implements AutoCloseable {
        @Override
        public void close() {
            closer.run();
        }
    }
}
