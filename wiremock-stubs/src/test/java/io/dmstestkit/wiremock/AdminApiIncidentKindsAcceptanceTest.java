package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.DmsIncident.Severity;
import io.dmstestkit.simulator.TableMappings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.RefreshSchemasStatus;

/**
 * Every {@link DmsIncident} kind armed over HTTP ({@code POST /__admin/dms/incidents} through
 * {@link DmsAdminClient}) on the resource it applies to, and the two kinds the admin API carries since
 * the incidents were folded into per-kind forms (assessment outcomes, schema refresh failures) seen by the
 * real SDK v2 client.
 */
class AdminApiIncidentKindsAcceptanceTest {

    private static final String ACCOUNT = HttpTestClients.ACCOUNT;
    private static final Instant AT = Instant.parse("2026-01-01T01:00:00Z");

    @AutoClose
    private final DmsServer server = DmsServer.builder().start();

    @AutoClose
    private final DatabaseMigrationClient client = HttpTestClients.syncClient(server.baseUri());

    private final DmsAdminClient admin = DmsAdminClient.of(server.baseUri());
    private final AdminHttp http = new AdminHttp(server.baseUri());

    /** One incident of every kind, with the resource (created by {@link #resources()}) it is planned on. */
    static Stream<Object[]> everyKind() {
        return Stream.of(
                new Object[] {"orders", DmsIncident.failAtPercent(40, Severity.FATAL_ERROR, "ORA-01555")},
                new Object[] {"orders", DmsIncident.failAt(AT, Severity.RECOVERABLE_ERROR, "network")},
                new Object[] {"orders", DmsIncident.provisioningFailure("no capacity")},
                new Object[] {"orders", DmsIncident.tableError("public.orders", AT, "duplicate key")},
                new Object[] {"orders", DmsIncident.latencySpike(AT, Duration.ofMinutes(10), Duration.ofSeconds(45))},
                new Object[] {"orders", DmsIncident.assessmentFails("unsupported-data-types-in-source", "GEOMETRY")},
                new Object[] {"orders-source", DmsIncident.schemaRefreshFails("ORA-12541: TNS:no listener")},
                new Object[] {"orders-source", DmsIncident.connectionTestFails("ORA-12541: TNS:no listener")},
                new Object[] {"orders-instance", DmsIncident.storageFull(AT)},
                new Object[] {"orders-instance", DmsIncident.incompatibleNetwork(AT)},
                new Object[] {
                    "orders-instance", new DmsIncident.InstanceStatus("incompatible-credentials", AT, "denied")
                },
                new Object[] {"hr-project", DmsIncident.conversionFailure("Unsupported type")},
                new Object[] {"hr-project", DmsIncident.assessmentActionItems("Action item 5584")});
    }

    @Test
    void should_have_an_example_of_every_incident_kind() {
        List<Class<?>> kinds = everyKind()
                .<Class<?>>map(example -> example[1].getClass())
                .distinct()
                .toList();

        assertThat(kinds).containsExactlyInAnyOrder(DmsIncident.class.getPermittedSubclasses());
    }

    @ParameterizedTest
    @MethodSource("everyKind")
    void should_arm_every_incident_kind_over_http(String resource, DmsIncident incident) {
        resources();

        admin.planIncident(ACCOUNT, "us-east-1", resource, incident);
    }

    @Test
    void should_fail_a_connection_test_planned_over_http_and_the_sdk_waiter_with_it() {
        String instance = availableInstance();
        String endpoint = endpoint("unreachable", "source");

        AdminHttp.Answer planned = http.post("/incidents", """
                {"account": "%s", "resource": "unreachable", "incident": "connectionTestFailure",
                 "message": "ORA-12541: TNS:no listener"}
                """.formatted(ACCOUNT));
        AdminHttp.Answer blank = http.post("/incidents", """
                {"account": "%s", "resource": "unreachable", "incident": "connectionTestFailure", "message": " "}
                """.formatted(ACCOUNT));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.error()).startsWith("field 'message' is required");
        client.testConnection(r -> r.endpointArn(endpoint).replicationInstanceArn(instance));
        server.simulator().clock().advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> client.waiter()
                        .waitUntilTestConnectionSucceeds(
                                r -> r.filters(f -> f.name("endpoint-arn").values(endpoint)), w -> w.maxAttempts(1)))
                .hasMessageContaining("Connections[].Status=failed");
        assertThat(client.describeConnections(r -> {}).connections().get(0).lastFailureMessage())
                .isEqualTo("ORA-12541: TNS:no listener");
    }

    @Test
    void should_fail_a_schema_refresh_planned_over_http() {
        String instance = availableInstance();
        String endpoint = endpoint("unreachable", "source");

        AdminHttp.Answer planned = http.post("/incidents", """
                {"account": "%s", "resource": "unreachable", "incident": "schemaRefreshFailure",
                 "message": "ORA-12541: TNS:no listener"}
                """.formatted(ACCOUNT));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        client.refreshSchemas(r -> r.endpointArn(endpoint).replicationInstanceArn(instance));
        server.simulator().clock().advance(Duration.ofMinutes(1));

        RefreshSchemasStatus failed = client.describeRefreshSchemasStatus(r -> r.endpointArn(endpoint))
                .refreshSchemasStatus();
        assertThat(failed.statusAsString()).isEqualTo("failed");
        assertThat(failed.lastFailureMessage()).isEqualTo("ORA-12541: TNS:no listener");
    }

    @Test
    void should_answer_an_assessment_outcome_as_planned_and_refuse_an_unknown_status() {
        resources();

        AdminHttp.Answer planned = http.post("/incidents", """
                {"account": "%s", "resource": "orders", "incident": "assessmentOutcome",
                 "assessment": "unsupported-data-types-in-source", "status": "warning", "message": "GEOMETRY"}
                """.formatted(ACCOUNT));
        AdminHttp.Answer refused = http.post("/incidents", """
                {"account": "%s", "resource": "orders", "incident": "assessmentOutcome",
                 "assessment": "unsupported-data-types-in-source", "status": "passed", "message": "GEOMETRY"}
                """.formatted(ACCOUNT));

        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        assertThat(planned.json().path("planned").path("status").asText()).isEqualTo("warning");
        assertThat(planned.json().path("planned").path("assessment").asText())
                .isEqualTo("unsupported-data-types-in-source");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).startsWith("field 'status' must be failed, warning or error");
    }

    @Test
    void should_refuse_a_schema_refresh_failure_on_a_resource_that_is_not_an_endpoint() {
        resources();

        assertThatThrownBy(
                        () -> admin.planIncident(ACCOUNT, "us-east-1", "orders", DmsIncident.schemaRefreshFails("x")))
                .isInstanceOfSatisfying(
                        DmsAdminException.class, e -> assertThat(e.status()).hasValue(400));
    }

    /** A replication config {@code orders} (with endpoints {@code orders-source}/{@code -target}), an
     * instance {@code orders-instance} and a migration project {@code hr-project}. */
    private void resources() {
        String source = endpoint("orders-source", "source");
        String target = endpoint("orders-target", "target");
        client.createReplicationConfig(r -> r.replicationConfigIdentifier("orders")
                .sourceEndpointArn(source)
                .targetEndpointArn(target)
                .replicationType("full-load-and-cdc")
                .computeConfig(c -> c.maxCapacityUnits(8))
                .tableMappings(TableMappings.everything()));
        availableInstance();
        migrationProject();
    }

    private String endpoint(String identifier, String type) {
        return client.createEndpoint(
                        r -> r.endpointIdentifier(identifier).endpointType(type).engineName("postgres"))
                .endpoint()
                .endpointArn();
    }

    private String availableInstance() {
        String arn = client.createReplicationInstance(r ->
                        r.replicationInstanceIdentifier("orders-instance").replicationInstanceClass("dms.t3.medium"))
                .replicationInstance()
                .replicationInstanceArn();
        server.simulator().clock().advance(Duration.ofHours(1));
        return arn;
    }

    private void migrationProject() {
        String profile = client.createInstanceProfile(r -> r.instanceProfileName("profile"))
                .instanceProfile()
                .instanceProfileArn();
        String source = dataProvider("source-db");
        String target = dataProvider("target-db");
        client.createMigrationProject(r -> r.migrationProjectName("hr-project")
                .instanceProfileIdentifier(profile)
                .sourceDataProviderDescriptors(d -> d.dataProviderIdentifier(source))
                .targetDataProviderDescriptors(d -> d.dataProviderIdentifier(target)));
    }

    private String dataProvider(String name) {
        return client.createDataProvider(r -> r.dataProviderName(name)
                        .engine("postgres")
                        .settings(s -> s.postgreSqlSettings(
                                p -> p.serverName(name).port(5432).databaseName("app"))))
                .dataProvider()
                .dataProviderArn();
    }
}
