package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.Endpoint;

/** Accounts and regions share one simulator without seeing each other, even when called concurrently. */
class AccountIsolationTest {

    private static final int ACCOUNTS = 8;
    private static final int ENDPOINTS_EACH = 25;

    private final DmsSimulator simulator = DmsSimulator.create();

    @Test
    void should_keep_concurrent_accounts_apart() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ACCOUNTS);
        try {
            List<Future<List<Endpoint>>> results = new ArrayList<>();
            for (int i = 0; i < ACCOUNTS; i++) {
                String account = String.format("%012d", 100 + i);
                results.add(pool.submit(createAndList(account)));
            }
            for (int i = 0; i < ACCOUNTS; i++) {
                String account = String.format("%012d", 100 + i);
                assertThat(results.get(i).get())
                        .hasSize(ENDPOINTS_EACH)
                        .allSatisfy(e -> assertThat(e.endpointArn()).contains(":" + account + ":endpoint:"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_keep_regions_of_one_account_apart() {
        DatabaseMigrationClient east = TestClients.inProcess(simulator, "123456789012", Region.US_EAST_1);
        DatabaseMigrationClient west = TestClients.inProcess(simulator, "123456789012", Region.EU_WEST_1);
        east.createEndpoint(
                r -> r.endpointIdentifier("same-name").endpointType("source").engineName("mysql"));
        west.createEndpoint(
                r -> r.endpointIdentifier("same-name").endpointType("source").engineName("mysql"));

        assertThat(east.describeEndpoints().endpoints())
                .singleElement()
                .satisfies(e -> assertThat(e.endpointArn()).startsWith("arn:aws:dms:us-east-1:"));
        assertThat(west.describeEndpoints().endpoints())
                .singleElement()
                .satisfies(e -> assertThat(e.endpointArn()).startsWith("arn:aws:dms:eu-west-1:"));
    }

    private Callable<List<Endpoint>> createAndList(String account) {
        return () -> {
            DatabaseMigrationClient dms = TestClients.inProcess(simulator, account, Region.US_EAST_1);
            for (int n = 0; n < ENDPOINTS_EACH; n++) {
                String identifier = "endpoint-" + n; // the same identifiers in every account: no clash
                dms.createEndpoint(r ->
                        r.endpointIdentifier(identifier).endpointType("source").engineName("postgres"));
            }
            return dms.describeEndpoints().endpoints();
        };
    }
}
