package io.dmstestkit.simulator;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/** Real SDK v2 clients wired to a simulator in-process; the access key id picks the account. */
public final class TestClients {

    private TestClients() {}

    public static DatabaseMigrationClient inProcess(DmsSimulator simulator) {
        return inProcess(simulator, "123456789012", Region.US_EAST_1);
    }

    public static DatabaseMigrationClient inProcess(DmsSimulator simulator, String account, Region region) {
        return DatabaseMigrationClient.builder()
                .httpClient(simulator.inProcessHttpClient())
                .endpointOverride(URI.create("http://dms.in-process"))
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "secret")))
                .build();
    }
}
