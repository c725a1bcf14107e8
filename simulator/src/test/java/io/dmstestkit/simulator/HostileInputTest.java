package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;

/** Input that once made the simulator fail with a 5xx, echo megabytes, or keep secrets: each is a 400 now. */
class HostileInputTest {

    private final DmsSimulator simulator = DmsSimulator.builder()
            .settings(SimulatorSettings.builder().defaultAccount("123456789012").build())
            .build();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);

    @Test
    void should_refuse_a_null_filter_on_every_describe_with_filters() throws IOException {
        List<String> describesWithFilters = simulator.simulatedOperations().stream()
                .filter(operation -> FuzzRequests.builderOf(operation).sdkFields().stream()
                        .map(SdkField::locationName)
                        .anyMatch("Filters"::equals))
                .toList();
        assertThat(describesWithFilters).contains("DescribeEndpoints", "DescribeReplications", "DescribeConnections");

        for (String operation : describesWithFilters) {
            JsonNode error = error(call(operation, "{\"Filters\":[null]}"), 400);
            assertThat(error.path("__type").asText()).as(operation).isEqualTo("SerializationException");
            assertThat(error.path("message").asText()).as(operation).contains("Filters[0]");
        }
    }

    @Test
    void should_refuse_a_tag_without_key_and_create_nothing() throws IOException {
        dms.describeEndpoints(); // the account exists from its first call on
        String stateBefore = simulator.stateAsJson();

        JsonNode endpoint = error(
                call(
                        "CreateEndpoint",
                        "{\"EndpointIdentifier\":\"src\",\"EndpointType\":\"source\",\"EngineName\":\"postgres\","
                                + "\"Tags\":[{\"Value\":\"v\"}]}"),
                400);
        JsonNode profile = error(
                call("CreateInstanceProfile", "{\"InstanceProfileName\":\"p\",\"Tags\":[{\"Value\":\"v\"}]}"), 400);

        assertThat(endpoint.path("__type").asText()).isEqualTo("InvalidParameterValueException");
        assertThat(endpoint.path("message").asText()).contains("Tags[0].Key");
        assertThat(profile.path("message").asText()).contains("Tags[0].Key");
        assertThat(simulator.stateAsJson()).isEqualTo(stateBefore);
    }

    @Test
    void should_refuse_timestamps_out_of_range_naming_the_member() throws IOException {
        ReplicationFixture replication = ReplicationFixture.of(simulator);
        String config = replication
                .createConfig("orders", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationConfigArn();
        String migration = new DataMigrationFixture(dms)
                .migration("dm", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .dataMigrationArn();

        JsonNode start = error(
                call(
                        "StartReplication",
                        "{\"ReplicationConfigArn\":\"" + config
                                + "\",\"StartReplicationType\":\"start-replication\",\"CdcStartTime\":1e20}"),
                400);
        JsonNode modify = error(
                call(
                        "ModifyDataMigration",
                        "{\"DataMigrationIdentifier\":\"" + migration + "\",\"SourceDataSettings\":"
                                + "[{\"CDCStartTime\":\"+999999999-01-01T00:00:00Z\"}]}"),
                400);

        assertThat(start.path("__type").asText()).isEqualTo("InvalidParameterValueException");
        assertThat(start.path("message").asText()).contains("CdcStartTime");
        assertThat(modify.path("message").asText()).contains("SourceDataSettings[0].CDCStartTime");
    }

    @Test
    void should_echo_no_more_than_a_glimpse_of_a_huge_value() throws IOException {
        String marker = "m".repeat(100_000);

        DmsHttpResponse response = call("DescribeEndpoints", "{\"Marker\":\"" + marker + "\"}");

        assertThat(error(response, 400).path("message").asText())
                .contains("more characters")
                .hasSizeLessThan(1_000);
    }

    @Test
    void should_mask_sensitive_members_in_the_journal_and_leave_passwords_out_of_answers() {
        dms.createEndpoint(r -> r.endpointIdentifier("secret-src")
                .endpointType("source")
                .engineName("mongodb")
                .password("hunter2")
                .mongoDbSettings(m -> m.password("hunter3").serverName("db")));

        String journaled = simulator.journal().entries("CreateEndpoint").get(0).request();
        assertThat(journaled).doesNotContain("hunter").contains("\"Password\":\"***\"");
        assertThat(simulator.stateAsJson()).doesNotContain("hunter").contains("secret-src");
        assertThat(dms.describeEndpoints().endpoints().get(0).mongoDbSettings().password())
                .isNull();
    }

    @Test
    void should_list_only_resources_in_the_journal_not_database_server_or_engine_names() {
        dms.createEndpoint(r -> r.endpointIdentifier("src")
                .endpointType("source")
                .engineName("postgres")
                .serverName("db.example.com")
                .databaseName("app"));

        assertThat(simulator.journal().entries("CreateEndpoint").get(0).resources())
                .containsExactly("src");
    }

    @Test
    void should_answer_timestamps_with_millisecond_precision_in_both_wire_forms() throws IOException {
        DmsSimulator fine = DmsSimulator.builder()
                .clock(SimulatedClock.manual(java.time.Instant.parse("2026-01-01T00:00:00.123456789Z")))
                .build();

        DmsHttpResponse created = fine.handle(
                DmsHttpRequest.of("AmazonDMSv20160101.CreateInstanceProfile", "{\"InstanceProfileName\":\"p\"}"));

        String body = new String(created.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("2026-01-01T00:00:00.123Z").doesNotContain("123456789");
    }

    private DmsHttpResponse call(String operation, String body) {
        return simulator.handle(DmsHttpRequest.of("AmazonDMSv20160101." + operation, body));
    }

    private static JsonNode error(DmsHttpResponse response, int status) throws IOException {
        assertThat(response.status())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(status);
        return FuzzRequests.json().readTree(response.body());
    }
}
