package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;

/** {@link DmsSimulator#stateAsJson()}: every resource in its wire shape, read without a single call. */
class StateAsJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DmsSimulator simulator = DmsSimulator.builder()
            .settings(SimulatorSettings.builder().advanceOnPoll(true).build())
            .build();
    private final ReplicationFixture fixture = ReplicationFixture.of(simulator);

    @Test
    void should_list_every_kind_under_the_member_name_of_its_describe_answer() throws Exception {
        String arn = fixture.createConfig("orders", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationConfigArn();
        fixture.start(arn, "start-replication");
        new DataMigrationFixture(fixture.dms()).migration("customers", MigrationTypeValue.FULL_LOAD);

        JsonNode account =
                JSON.readTree(simulator.stateAsJson()).path("accounts").get(0);

        assertThat(account.path("account").asText()).isEqualTo("123456789012");
        assertThat(account.path("region").asText()).isEqualTo("us-east-1");
        assertThat(account.path("Endpoints")).hasSize(2);
        assertThat(account.path("ReplicationConfigs")
                        .get(0)
                        .path("ReplicationConfigIdentifier")
                        .asText())
                .isEqualTo("orders");
        assertThat(account.path("Replications").get(0).path("Status").asText()).isNotBlank();
        assertThat(account.path("DataMigrations")
                        .get(0)
                        .path("DataMigrationName")
                        .asText())
                .isEqualTo("customers");
        assertThat(account.path("MigrationProjects")).hasSize(1);
        assertThat(account.path("InstanceProfiles")).hasSize(1);
        assertThat(account.path("DataProviders")).hasSize(2);
    }

    @Test
    void should_leave_the_journal_the_faults_and_the_clock_alone() {
        fixture.createConfig("orders", MigrationTypeValue.FULL_LOAD_AND_CDC);
        simulator
                .faults()
                .arm(DmsFault.error("AccessDenied").on("DescribeReplications").build());
        long calls = simulator.journal().entries().size();
        Instant now = simulator.clock().now();

        String first = simulator.stateAsJson();
        String second = simulator.stateAsJson();

        assertThat(second).isEqualTo(first);
        assertThat(simulator.journal().entries()).hasSize((int) calls);
        assertThat(simulator.faults().list().get(0).matchedCalls()).isZero();
        assertThat(simulator.clock().now()).isEqualTo(now);
    }

    @Test
    void should_sort_accounts_by_id_and_region() throws Exception {
        for (String account : new String[] {"333333333333", "111111111111"}) {
            for (Region region : new Region[] {Region.US_WEST_2, Region.EU_WEST_1}) {
                try (DatabaseMigrationClient dms = TestClients.inProcess(simulator, account, region)) {
                    dms.describeEndpoints(r -> {});
                }
            }
        }

        assertThat(JSON.readTree(simulator.stateAsJson()).path("accounts"))
                .extracting(
                        a -> a.path("account").asText() + " " + a.path("region").asText())
                .containsExactly(
                        "111111111111 eu-west-1",
                        "111111111111 us-west-2",
                        "333333333333 eu-west-1",
                        "333333333333 us-west-2");
    }
}
