package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.SimulatorSettings;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.AccessDeniedException;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.FailedDependencyException;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/** The DMS admin API over plain HTTP, with the real AWS SDK v2 client making the DMS calls. */
class AdminApiAcceptanceTest {

    @AutoClose
    private final DmsServer server = DmsServer.builder().start();

    @AutoClose
    private final DatabaseMigrationClient client = HttpTestClients.syncClient(server.baseUri());

    private final AdminHttp admin = new AdminHttp(server.baseUri());

    static Stream<Arguments> named_faults() {
        return Stream.of(
                Arguments.of("ResourceNotFound", ResourceNotFoundException.class),
                Arguments.of("InvalidResourceState", InvalidResourceStateException.class),
                Arguments.of("AccessDeniedFault", AccessDeniedException.class),
                Arguments.of("FailedDependency", FailedDependencyException.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("named_faults")
    void should_surface_a_fault_armed_over_http_as_its_typed_exception_exactly_times_times(
            String error, Class<? extends DatabaseMigrationException> expected) {
        AdminHttp.Answer armed = admin.post("/faults", """
                {"operation": "DescribeEndpoints", "error": "%s", "message": "staged by the test", "times": 2}
                """.formatted(error));
        assertThat(armed.status()).as(armed.toString()).isEqualTo(201);
        String id = armed.json().path("id").asText();

        for (int call = 1; call <= 2; call++) {
            assertThatThrownBy(() -> client.describeEndpoints(r -> {}))
                    .isInstanceOf(expected)
                    .hasMessageContaining("staged by the test");
        }
        assertThat(client.describeEndpoints(r -> {}).endpoints()).isEmpty();

        JsonNode listed = admin.get("/faults").json().path("faults").get(0);
        assertThat(listed.path("id").asText()).isEqualTo(id);
        assertThat(listed.path("firedCalls").asLong()).isEqualTo(2);
        assertThat(listed.path("matchedCalls").asLong()).isEqualTo(3);
        assertThat(admin.get("/journal?operation=DescribeEndpoints").json().path("entries"))
                .extracting(entry -> entry.path("faultId").asText(null))
                .containsExactly(id, id, null);
    }

    @Test
    void should_show_the_sdks_throttling_retries_in_the_journal_and_succeed_at_last() {
        admin.post("/faults", """
                {"operation": "DescribeEndpoints", "error": "Throttling", "times": 2}
                """);

        try (DatabaseMigrationClient retrying =
                HttpTestClients.syncClient(server.baseUri(), HttpTestClients.standardRetriesWithoutBackoff())) {
            assertThat(retrying.describeEndpoints(r -> {}).endpoints()).isEmpty();
        }

        JsonNode entries = admin.get("/journal").json().path("entries");
        assertThat(entries).extracting(e -> e.path("status").asInt()).containsExactly(400, 400, 200);
        assertThat(entries)
                .extracting(e -> e.path("errorCode").asText(null))
                .containsExactly("ThrottlingException", "ThrottlingException", null);
        assertThat(entries).extracting(e -> e.path("faultId").asText(null)).containsExactly("fault-1", "fault-1", null);
    }

    @Test
    void should_give_the_same_journal_for_the_same_seed_on_every_run() {
        List<String> first = probabilisticRun();
        List<String> second = probabilisticRun();

        assertThat(first).hasSize(20).isEqualTo(second);
        assertThat(first).anyMatch(line -> line.contains("ThrottlingException")).anyMatch(line -> line.contains("200"));
    }

    /** A fresh server, a 50 % fault seeded with 7, 20 calls: the journal without wall times. */
    private static List<String> probabilisticRun() {
        try (DmsServer fresh = DmsServer.builder().start();
                DatabaseMigrationClient sdk = HttpTestClients.syncClient(fresh.baseUri())) {
            AdminHttp http = new AdminHttp(fresh.baseUri());
            http.post("/faults", """
                    {"operation": "DescribeEndpoints", "error": "Throttling", "probability": 0.5, "seed": 7}
                    """);
            for (int i = 0; i < 20; i++) {
                try {
                    sdk.describeEndpoints(r -> {});
                } catch (DatabaseMigrationException expected) {
                    // the journal tells which calls failed
                }
            }
            return stream(http.get("/journal").json().path("entries"))
                    .map(e -> e.path("sequence").asLong() + " "
                            + e.path("virtualTime").asText() + " "
                            + e.path("operation").asText() + " "
                            + e.path("status").asInt() + " "
                            + e.path("errorCode").asText(null) + " "
                            + e.path("faultId").asText(null))
                    .toList();
        }
    }

    @Test
    void should_read_and_advance_the_clock() {
        assertThat(admin.get("/clock").json().path("now").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(admin.get("/clock").json().path("manual").asBoolean()).isTrue();

        AdminHttp.Answer advanced = admin.post("/clock/advance", "{\"duration\": \"PT30M\"}");
        assertThat(advanced.status()).isEqualTo(200);
        assertThat(advanced.json().path("now").asText()).isEqualTo("2026-01-01T00:30:00Z");

        assertThat(admin.post("/clock/advance", "{\"to\": \"2026-01-02T00:00:00Z\"}")
                        .json()
                        .path("now")
                        .asText())
                .isEqualTo("2026-01-02T00:00:00Z");
        assertThat(server.simulator().clock().now()).isEqualTo(SimulatedClock.DEFAULT_START.plusSeconds(86_400));
    }

    @Test
    void should_show_the_next_planned_change_with_the_clock_null_when_nothing_is_planned() {
        assertThat(admin.get("/clock").json().path("nextChange").isNull()).isTrue();

        client.createReplicationInstance(
                r -> r.replicationInstanceIdentifier("ri").replicationInstanceClass("dms.t3.small"));

        String planned = server.simulator().nextChange().orElseThrow().toString();
        assertThat(admin.get("/clock").json().path("nextChange").asText()).isEqualTo(planned);
        assertThat(admin.get("/clock?account=" + HttpTestClients.ACCOUNT + "&region=us-east-1")
                        .json()
                        .path("nextChange")
                        .asText())
                .isEqualTo(planned);
        assertThat(admin.get("/clock?account=999999999999")
                        .json()
                        .path("nextChange")
                        .isNull())
                .isTrue();
        assertThat(admin.get("/clock?account=12").error()).contains("'account' must be a 12-digit account id");
    }

    @Test
    void should_refuse_to_move_the_clock_back() {
        assertThat(admin.post("/clock/advance", "{\"duration\": \"-PT5M\"}").error())
                .contains("must not be negative");
        assertThat(admin.post("/clock/advance", "{\"to\": \"2025-12-31T00:00:00Z\"}")
                        .error())
                .contains("only moves forward");
        assertThat(server.simulator().clock().now()).isEqualTo(SimulatedClock.DEFAULT_START);
    }

    @Test
    void should_list_disarm_one_and_disarm_all_faults() {
        String first = admin.post("/faults", "{\"operation\": \"StopReplication\", \"error\": \"AccessDenied\"}")
                .json()
                .path("id")
                .asText();
        admin.post(
                "/faults",
                "{\"operations\": [\"StartReplication\", \"StopReplication\"], \"error\": \"SNSInvalidTopicFault\"}");

        JsonNode faults = admin.get("/faults").json().path("faults");
        assertThat(faults).extracting(f -> f.path("id").asText()).containsExactly("fault-1", "fault-2");
        assertThat(faults.get(1).path("fault").path("error").asText()).isEqualTo("SNSInvalidTopicFault");
        assertThat(faults.get(0).path("description").asText()).isEqualTo("AccessDeniedFault on StopReplication");

        assertThat(admin.delete("/faults/" + first).status()).isEqualTo(200);
        AdminHttp.Answer unknown = admin.delete("/faults/" + first);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).isEqualTo("no armed fault has the id 'fault-1'; armed: fault-2");

        assertThat(admin.delete("/faults").json().path("disarmed").asInt()).isEqualTo(1);
        assertThat(server.simulator().faults().list()).isEmpty();
    }

    @Test
    void should_show_the_journal_with_requests_as_json_filtered_by_operation_and_account() {
        client.createEndpoint(
                r -> r.endpointIdentifier("src").endpointType("source").engineName("postgres"));
        client.describeEndpoints(r -> {});
        try (DatabaseMigrationClient other =
                HttpTestClients.syncClient(server.baseUri(), "210987654321", Region.EU_WEST_1)) {
            other.describeEndpoints(r -> {});
        }

        JsonNode created = admin.get("/journal?operation=CreateEndpoint")
                .json()
                .path("entries")
                .get(0);
        assertThat(created.path("sequence").asLong()).isEqualTo(1);
        assertThat(created.path("account").asText()).isEqualTo(HttpTestClients.ACCOUNT);
        assertThat(created.path("region").asText()).isEqualTo("us-east-1");
        assertThat(created.path("request").path("EndpointIdentifier").asText()).isEqualTo("src");
        assertThat(created.path("resources").toString()).contains("src");
        assertThat(created.path("virtualTime").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(created.path("wallTime").asText()).isNotBlank();
        assertThat(created.path("status").asInt()).isEqualTo(200);
        assertThat(created.has("errorCode")).isTrue();

        assertThat(admin.get("/journal?account=210987654321").json().path("entries"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.path("region").asText()).isEqualTo("eu-west-1"));
        assertThat(admin.get("/journal?operation=DescribeEndpoints&account=123456789012")
                        .json()
                        .path("entries"))
                .hasSize(1);
    }

    @Test
    void should_dump_the_resources_of_every_account_in_wire_shapes() {
        client.createEndpoint(
                r -> r.endpointIdentifier("orders-src").endpointType("source").engineName("postgres"));
        try (DatabaseMigrationClient other =
                HttpTestClients.syncClient(server.baseUri(), "012345678901", Region.EU_WEST_1)) {
            other.createEndpoint(
                    r -> r.endpointIdentifier("eu-src").endpointType("source").engineName("mysql"));
        }

        AdminHttp.Answer answer = admin.get("/resources");

        assertThat(answer.contentType()).isEqualTo("application/json");
        JsonNode dump = answer.json();
        assertThat(dump.path("virtualTime").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(dump.path("accounts"))
                .as("sorted by account")
                .extracting(
                        a -> a.path("account").asText() + " " + a.path("region").asText())
                .containsExactly("012345678901 eu-west-1", HttpTestClients.ACCOUNT + " us-east-1");
        assertThat(dump.path("accounts").get(1).path("Endpoints"))
                .singleElement()
                .satisfies(endpoint -> {
                    assertThat(endpoint.path("EndpointIdentifier").asText()).isEqualTo("orders-src");
                    assertThat(endpoint.path("EngineName").asText()).isEqualTo("postgres");
                });
    }

    @Test
    void should_dump_resources_without_a_call_so_journal_faults_and_clock_stay_as_they_were() {
        client.createEndpoint(
                r -> r.endpointIdentifier("orders-src").endpointType("source").engineName("postgres"));
        admin.post("/faults", "{\"operation\": \"DescribeEndpoints\", \"error\": \"AccessDenied\", \"times\": 1}");

        JsonNode first = admin.get("/resources").json();
        JsonNode second = admin.get("/resources").json();

        assertThat(second).isEqualTo(first);
        assertThat(admin.get("/journal").json().path("entries"))
                .extracting(e -> e.path("operation").asText())
                .containsExactly("CreateEndpoint");
        assertThat(admin.get("/faults")
                        .json()
                        .path("faults")
                        .get(0)
                        .path("matchedCalls")
                        .asLong())
                .isZero();
        assertThatThrownBy(() -> client.describeEndpoints(r -> {})).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void should_dump_resources_of_a_simulator_that_advances_on_poll_without_moving_its_clock() {
        try (DmsServer polling = DmsServer.builder()
                        .settings(
                                SimulatorSettings.builder().advanceOnPoll(true).build())
                        .start();
                DatabaseMigrationClient sdk = HttpTestClients.syncClient(polling.baseUri())) {
            sdk.createEndpoint(
                    r -> r.endpointIdentifier("src").endpointType("source").engineName("postgres"));
            AdminHttp http = new AdminHttp(polling.baseUri());
            Instant before = polling.simulator().clock().now();

            AdminHttp.Answer answer = http.get("/resources");

            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.json().path("accounts").get(0).path("Endpoints")).hasSize(1);
            assertThat(polling.simulator().clock().now()).isEqualTo(before);
        }
    }

    @Test
    void should_reset_resources_faults_journal_and_transport_faults() {
        client.createEndpoint(
                r -> r.endpointIdentifier("gone").endpointType("source").engineName("postgres"));
        admin.post("/faults", "{\"error\": \"AccessDenied\", \"operation\": \"StopReplication\"}");
        admin.post("/transport-faults", "{\"operation\": \"StopReplication\", \"fault\": \"EMPTY_RESPONSE\"}");

        AdminHttp.Answer reset = admin.post("/reset", null);

        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(reset.json().path("transportFaultsRemoved").asInt()).isEqualTo(1);
        assertThat(admin.get("/faults").json().path("faults")).isEmpty();
        assertThat(admin.get("/transport-faults").json().path("transportFaults"))
                .isEmpty();
        assertThat(admin.get("/journal").json().path("entries")).isEmpty();
        assertThat(client.describeEndpoints(r -> {}).endpoints()).isEmpty();
    }

    @Test
    void should_serve_the_admin_api_in_any_wiremock_with_the_extension() {
        DmsWireMockExtension dms = new DmsWireMockExtension(DmsSimulator.create());
        WireMockServer plain = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .extensions(dms));
        plain.start();
        try {
            AdminHttp http = new AdminHttp(URI.create(plain.baseUrl()));
            assertThat(http.post("/faults", "{\"error\": \"Throttling\"}").status())
                    .isEqualTo(201);
            assertThat(dms.simulator().faults().list()).hasSize(1);
        } finally {
            plain.stop();
        }
    }

    @Test
    void should_load_by_class_name_as_stock_wiremock_does_with_extensions() {
        WireMockServer plain = new WireMockServer(WireMockConfiguration.options()
                .dynamicPort()
                .bindAddress("127.0.0.1")
                .extensions(DmsWireMockExtension.class));
        plain.start();
        try (DatabaseMigrationClient sdk = HttpTestClients.syncClient(URI.create(plain.baseUrl()))) {
            AdminHttp http = new AdminHttp(URI.create(plain.baseUrl()));
            http.post("/faults", "{\"operation\": \"DescribeEndpoints\", \"error\": \"AccessDenied\", \"times\": 1}");

            assertThatThrownBy(() -> sdk.describeEndpoints(r -> {})).isInstanceOf(AccessDeniedException.class);
            assertThat(sdk.describeEndpoints(r -> {}).endpoints()).isEmpty();
        } finally {
            plain.stop();
        }
    }

    @Test
    void should_answer_json_with_a_json_content_type() {
        assertThat(admin.get("/faults").contentType()).isEqualTo("application/json");
        assertThat(admin.post("/faults", "{").contentType()).isEqualTo("application/json");
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
