package io.dmstestkit.wiremock;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.okForJson;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.dmstestkit.wiremock.HttpTestClients.TARGET_PREFIX;
import static io.dmstestkit.wiremock.HttpTestClients.rawCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.dmstestkit.simulator.DmsSimulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationAsyncClient;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.CreateEndpointRequest;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.Endpoint;
import software.amazon.awssdk.services.databasemigration.model.Filter;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/** The real AWS SDK v2 clients over HTTP against a WireMock server with the DMS extension. */
class DmsWireMockExtensionAcceptanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DmsWireMockExtension dms = new DmsWireMockExtension(DmsSimulator.create());

    @AutoClose("stop")
    private final WireMockServer server =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(dms));

    @AutoClose
    private DatabaseMigrationClient client;

    private final HttpClient http = HttpTestClients.rawClient();

    private URI endpoint;

    @BeforeEach
    void start() {
        server.start();
        endpoint = URI.create("http://127.0.0.1:" + server.port());
        client = HttpTestClients.syncClient(endpoint);
    }

    @Test
    void should_create_and_describe_an_endpoint_through_the_sync_client() {
        Endpoint created =
                client.createEndpoint(postgresSource("orders-source")).endpoint();

        assertThat(created.endpointArn()).matches("arn:aws:dms:us-east-1:123456789012:endpoint:[A-Z0-9]{26}");
        assertThat(created.endpointIdentifier()).isEqualTo("orders-source");
        assertThat(client.describeEndpoints(r -> r.filters(filter("endpoint-id", "orders-source")))
                        .endpoints())
                .containsExactly(created);
    }

    @Test
    void should_create_and_describe_an_endpoint_through_the_async_client() {
        try (DatabaseMigrationAsyncClient asyncClient = HttpTestClients.asyncClient(endpoint)) {
            Endpoint created = asyncClient
                    .createEndpoint(postgresSource("async-source"))
                    .join()
                    .endpoint();

            List<Endpoint> described = asyncClient
                    .describeEndpoints(r -> r.filters(filter("endpoint-arn", created.endpointArn())))
                    .join()
                    .endpoints();
            assertThat(described).containsExactly(created);
        }
    }

    @Test
    void should_keep_each_account_and_region_apart_by_the_callers_credentials() {
        try (DatabaseMigrationClient other = HttpTestClients.syncClient(endpoint, "210987654321", Region.EU_WEST_1)) {
            Endpoint created = other.createEndpoint(postgresSource("eu-source")).endpoint();

            assertThat(created.endpointArn()).startsWith("arn:aws:dms:eu-west-1:210987654321:endpoint:");
            assertThat(client.describeEndpoints(r -> {}).endpoints()).isEmpty();
        }
    }

    @Test
    void should_answer_resource_not_found_when_a_filter_matches_nothing() {
        assertThatThrownBy(() -> client.describeEndpoints(r -> r.filters(filter("endpoint-id", "nope"))))
                .isInstanceOfSatisfying(
                        ResourceNotFoundException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(400));
    }

    @Test
    void should_refuse_a_call_without_a_required_member() {
        assertThatThrownBy(() -> client.createEndpoint(
                        r -> r.endpointIdentifier("no-engine").endpointType("source")))
                .isInstanceOfSatisfying(DatabaseMigrationException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("EngineName");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
    }

    @Test
    void should_send_the_simulators_status_headers_and_body_unchanged() {
        HttpResponse<String> response = rawCall(http, endpoint, TARGET_PREFIX + "DescribeEndpoints", "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"Endpoints\":[]}");
        assertThat(response.headers().allValues("Content-Type")).containsExactly("application/x-amz-json-1.1");
        assertThat(response.headers().firstValue("x-amzn-RequestId"))
                .hasValueSatisfying(id -> assertThat(id).isNotBlank());
    }

    @Test
    void should_answer_an_unknown_dms_operation_with_unknown_operation_exception() throws Exception {
        HttpResponse<String> response = rawCall(http, endpoint, TARGET_PREFIX + "LaunchRocket", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("__type").asText()).isEqualTo("UnknownOperationException");
        assertThat(error.path("message").asText()).contains("LaunchRocket");
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
    }

    @Test
    void should_answer_malformed_json_with_serialization_exception() throws Exception {
        HttpResponse<String> response = rawCall(http, endpoint, TARGET_PREFIX + "DescribeEndpoints", "{not json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).path("__type").asText()).isEqualTo("SerializationException");
    }

    @Test
    void should_leave_requests_for_other_services_to_other_stubs() {
        HttpResponse<String> response = rawCall(http, endpoint, "DynamoDB_20120810.ListTables", "{}");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void should_keep_answering_the_users_own_stubs_next_to_dms() {
        server.stubFor(get("/health").willReturn(okJson("{\"status\":\"UP\"}")));

        client.createEndpoint(postgresSource("beside-health"));
        HttpResponse<String> health = rawGet("/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(client.describeEndpoints(r -> {}).endpoints()).hasSize(1);
    }

    @Test
    void should_let_a_user_stub_with_a_higher_priority_answer_one_dms_operation() {
        server.stubFor(post(urlPathEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + "DescribeEndpoints"))
                .atPriority(1)
                .willReturn(okForJson(Map.of("Endpoints", List.of(Map.of("EndpointIdentifier", "canned"))))));

        Endpoint created = client.createEndpoint(postgresSource("real-one")).endpoint();

        assertThat(created.endpointArn()).as("answered by the simulator").isNotBlank();
        assertThat(client.describeEndpoints(r -> {}).endpoints())
                .extracting(Endpoint::endpointIdentifier)
                .containsExactly("canned");
    }

    @Test
    void should_keep_the_dms_mapping_through_reset_all() {
        server.stubFor(get("/health").willReturn(okJson("{}")));

        server.resetAll();

        assertThat(rawGet("/health").statusCode()).isEqualTo(404);
        assertThat(client.describeEndpoints(r -> {}).endpoints()).isEmpty();
    }

    @Test
    void should_come_back_after_reset_mappings_when_loaded_again() {
        server.resetMappings();
        assertThat(rawCall(http, endpoint, TARGET_PREFIX + "DescribeEndpoints", "{}")
                        .statusCode())
                .isEqualTo(404);

        server.loadMappingsUsing(dms);
        server.loadMappingsUsing(dms);

        assertThat(server.getStubMappings())
                .filteredOn(mapping -> DmsWireMockExtension.NAME.equals(mapping.getName()))
                .hasSize(1);
        assertThat(client.describeEndpoints(r -> {}).endpoints()).isEmpty();
    }

    @Test
    void should_answer_dms_on_another_path_when_a_user_stub_names_the_transformer() throws Exception {
        server.stubFor(post("/dms").willReturn(aResponse().withTransformers(DmsWireMockExtension.NAME)));

        HttpResponse<String> response = rawCall(http, endpoint, "/dms", TARGET_PREFIX + "DescribeEndpoints", "{}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("Endpoints").isArray()).isTrue();
    }

    private HttpResponse<String> rawGet(String path) {
        return HttpTestClients.rawGet(http, endpoint, path);
    }

    private static Filter filter(String name, String value) {
        return Filter.builder().name(name).values(value).build();
    }

    private static CreateEndpointRequest postgresSource(String identifier) {
        return CreateEndpointRequest.builder()
                .endpointIdentifier(identifier)
                .endpointType("source")
                .engineName("postgres")
                .serverName("db.example.com")
                .port(5432)
                .build();
    }
}
