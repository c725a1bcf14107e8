package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.TableMappings;
import java.io.IOException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/** The live dashboard over plain HTTP (its behaviour in a browser: the browser tests). */
class DashboardHttpTest {

    @AutoClose
    private final DmsServer server =
            DmsServer.builder().clock(SimulatedClock.manual()).start();

    @AutoClose
    private final DatabaseMigrationClient client = HttpTestClients.syncClient(server.baseUri());

    private final AdminHttp admin = new AdminHttp(server.baseUri());

    @Test
    void should_serve_one_self_contained_page_that_only_talks_to_its_own_server() {
        AdminHttp.Answer page = admin.get("/ui");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body())
                .contains("<title>dms-testkit dashboard</title>", "id=\"advance\"", "id=\"fault-form\"")
                .doesNotContain("<script src", "<link ", "src=\"http", "href=\"http", "url(http", "fetch('http");
    }

    @Test
    void should_refuse_the_page_to_a_foreign_host_name_like_the_rest_of_the_admin_api() throws IOException {
        RawHttp.Answer rebound =
                RawHttp.send(server.port(), "GET", "/__admin/dms/ui", "Host: attacker.example\r\n", "");

        assertThat(rebound.status()).isEqualTo(403);
        assertThat(rebound.body()).doesNotContain("dashboard");
    }

    @Test
    void should_forbid_the_page_to_load_or_send_anything_elsewhere() throws IOException {
        RawHttp.Answer page = RawHttp.send(server.port(), "GET", "/__admin/dms/ui", "Host: 127.0.0.1\r\n", "");

        assertThat(page.headers().toLowerCase(java.util.Locale.ROOT))
                .contains("content-security-policy: default-src 'none'")
                .contains("connect-src 'self'");
    }

    @Test
    void should_give_the_status_history_of_every_replication_for_the_timelines() {
        String arn = replication("orders");
        client.startReplication(r -> r.replicationConfigArn(arn).startReplicationType("start-replication"));
        server.simulator().clock().advance(java.time.Duration.ofMinutes(30));

        AdminHttp.Answer answer = admin.get("/ui/histories");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode history = answer.json().path("histories").get(0);
        assertThat(history.path("name").asText()).isEqualTo("orders");
        assertThat(history.path("kind").asText()).isEqualTo("Replications");
        assertThat(history.path("account").asText()).isEqualTo(HttpTestClients.ACCOUNT);
        assertThat(history.path("changes").findValuesAsText("status"))
                .startsWith("created")
                .contains("provisioning_capacity")
                .endsWith("running");
    }

    @Test
    void should_print_where_the_dashboard_is() {
        assertThat(ServerCommand.dashboardLine(server))
                .isEqualTo("dashboard: http://127.0.0.1:" + server.port() + "/__admin/dms/ui");
    }

    private String replication(String identifier) {
        String source = client.createEndpoint(r -> r.endpointIdentifier(identifier + "-source")
                        .endpointType("source")
                        .engineName("postgres"))
                .endpoint()
                .endpointArn();
        String target = client.createEndpoint(r -> r.endpointIdentifier(identifier + "-target")
                        .endpointType("target")
                        .engineName("postgres"))
                .endpoint()
                .endpointArn();
        return client.createReplicationConfig(r -> r.replicationConfigIdentifier(identifier)
                        .sourceEndpointArn(source)
                        .targetEndpointArn(target)
                        .replicationType("full-load-and-cdc")
                        .computeConfig(c -> c.maxCapacityUnits(8))
                        .tableMappings(TableMappings.everything()))
                .replicationConfig()
                .replicationConfigArn();
    }
}
