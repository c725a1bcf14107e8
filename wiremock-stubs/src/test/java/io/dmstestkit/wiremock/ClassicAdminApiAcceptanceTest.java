package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dmstestkit.simulator.DmsIncident;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;

/**
 * Replication instances through the admin API over plain HTTP, seen by the real AWS SDK v2 client: instance
 * incidents planned remotely, and instances in the resource dump.
 */
class ClassicAdminApiAcceptanceTest {

    private static final String ACCOUNT = HttpTestClients.ACCOUNT;

    @AutoClose
    private final DmsServer server = DmsServer.builder().start();

    @AutoClose
    private final DatabaseMigrationClient client = HttpTestClients.syncClient(server.baseUri());

    private final AdminHttp admin = new AdminHttp(server.baseUri());

    @Test
    void should_put_an_instance_into_storage_full_at_the_planned_time() {
        String arn = availableInstance("orders-instance");
        Instant soon = server.simulator().clock().now().plus(Duration.ofMinutes(5));

        AdminHttp.Answer planned = admin.post("/incidents", """
                {"account": "%s", "resource": "orders-instance", "incident": "storageFull", "at": "%s"}
                """.formatted(ACCOUNT, soon));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        assertThat(planned.json().path("planned").path("message").asText())
                .as("the vocabulary's default message")
                .isEqualTo(((DmsIncident.InstanceStatus) DmsIncident.storageFull(soon)).message());

        assertThat(status(arn)).isEqualTo("available");
        server.simulator().clock().advance(Duration.ofMinutes(6));
        assertThat(status(arn)).isEqualTo("storage-full");
    }

    @Test
    void should_force_any_instance_status_with_a_message_of_ones_own() {
        String arn = availableInstance("orders-instance");
        Instant now = server.simulator().clock().now();

        AdminHttp.Answer planned = admin.post("/incidents", """
                {"account": "%s", "resource": "%s", "incident": "instanceStatus", "status": "incompatible-credentials",
                 "at": "%s", "message": "Secrets Manager denied access"}
                """.formatted(ACCOUNT, arn, now));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        server.simulator().clock().advance(Duration.ofSeconds(1));

        assertThat(status(arn)).isEqualTo("incompatible-credentials");
        assertThat(client.describeEvents(r -> r.sourceIdentifier("orders-instance"))
                        .events())
                .anyMatch(e -> e.message().equals("Secrets Manager denied access"));
    }

    @Test
    void should_refuse_an_instance_incident_on_an_unknown_instance() {
        availableInstance("orders-instance");

        AdminHttp.Answer refused = admin.post("/incidents", """
                {"account": "%s", "resource": "nope", "incident": "incompatibleNetwork", "at": "2026-01-01T00:00:00Z"}
                """.formatted(ACCOUNT));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).contains("no replication instance named 'nope'");
    }

    @Test
    void should_dump_instances_as_describe_replication_instances_lists_them() {
        String arn = availableInstance("orders-instance");

        JsonNode account = admin.get("/resources").json().path("accounts").get(0);

        JsonNode instance = account.path("ReplicationInstances").get(0);
        assertThat(instance.path("ReplicationInstanceArn").asText()).isEqualTo(arn);
        assertThat(instance.path("ReplicationInstanceIdentifier").asText()).isEqualTo("orders-instance");
        assertThat(instance.path("ReplicationInstanceStatus").asText()).isEqualTo("available");
    }

    private String availableInstance(String name) {
        String arn = client.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier(name).replicationInstanceClass("dms.t3.medium"))
                .replicationInstance()
                .replicationInstanceArn();
        server.simulator().clock().advance(Duration.ofHours(1));
        assertThat(status(arn)).isEqualTo("available");
        return arn;
    }

    private String status(String arn) {
        ReplicationInstance instance = client.describeReplicationInstances(
                        r -> r.filters(f -> f.name("replication-instance-arn").values(arn)))
                .replicationInstances()
                .get(0);
        return instance.replicationInstanceStatus();
    }
}
