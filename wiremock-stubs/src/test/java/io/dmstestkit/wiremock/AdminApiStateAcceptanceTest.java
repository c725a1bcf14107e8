package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dmstestkit.simulator.TableMappings;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * Source tables, state faults and CDC latency through the admin API over plain HTTP, seen by the real AWS
 * SDK v2 client: what a remote test does instead of calling the simulator's methods.
 */
class AdminApiStateAcceptanceTest {

    private static final String ACCOUNT = HttpTestClients.ACCOUNT;

    @AutoClose
    private final DmsServer server = DmsServer.builder().start();

    @AutoClose
    private final DatabaseMigrationClient client = HttpTestClients.syncClient(server.baseUri());

    private final AdminHttp admin = new AdminHttp(server.baseUri());

    @Test
    void should_declare_tables_whose_row_counts_drive_the_full_load() {
        AdminHttp.Answer declared = admin.post("/tables", """
                {"account": "%s", "region": "us-east-1", "tables": {"public.orders": 30000, "sales.invoices": 1000}}
                """.formatted(ACCOUNT));
        assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
        assertThat(declared.json().path("declared").asInt()).isEqualTo(2);

        String arn = replication("orders", "full-load");
        start(arn);
        jumpUntil(arn, r -> "stopped".equals(r.status()));

        assertThat(client.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn))
                        .replicationTableStatistics())
                .extracting(t -> t.schemaName() + "." + t.tableName() + " " + t.fullLoadRows())
                .containsExactlyInAnyOrder("public.orders 30000", "sales.invoices 1000");
    }

    @Test
    void should_declare_tables_for_the_simulators_default_account_and_region_when_not_named() {
        AdminHttp.Answer declared = admin.post("/tables", "{\"tables\": {\"orders\": 5}}");

        assertThat(declared.status()).as(declared.toString()).isEqualTo(200);
        assertThat(declared.json().path("account").asText()).isEqualTo("000000000000");
        assertThat(declared.json().path("region").asText()).isEqualTo("us-east-1");
    }

    @Test
    void should_declare_tables_of_another_account_and_region() {
        admin.post("/tables", """
                {"account": "012345678901", "region": "eu-west-1", "tables": {"eu.customers": 777}}
                """);
        try (DatabaseMigrationClient eu =
                HttpTestClients.syncClient(server.baseUri(), "012345678901", Region.EU_WEST_1)) {
            String arn = replication(eu, "customers", "full-load");
            eu.startReplication(r -> r.replicationConfigArn(arn).startReplicationType("start-replication"));
            jumpUntil(eu, arn, r -> "stopped".equals(r.status()));

            assertThat(eu.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn))
                            .replicationTableStatistics())
                    .extracting(TableStatistics::tableName, TableStatistics::fullLoadRows)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("customers", 777L));
        }
    }

    @Test
    void should_fail_a_replication_at_the_planned_percent() {
        declareOrders();
        String arn = replication("orders", "full-load-and-cdc");

        AdminHttp.Answer planned = admin.post("/incidents", """
                {"account": "%s", "resource": "orders", "incident": "failAtPercent", "percent": 40,
                 "severity": "RECOVERABLE_ERROR", "message": "ORA-01555: snapshot too old"}
                """.formatted(ACCOUNT));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        start(arn);
        Replication failed = jumpUntil(arn, r -> "failed".equals(r.status()));

        assertThat(failed.stopReason()).isEqualTo("Stop Reason RECOVERABLE_ERROR");
        assertThat(failed.failureMessages()).anyMatch(m -> m.contains("ORA-01555"));
        assertThat(failed.replicationStats().fullLoadProgressPercent()).isBetween(40, 41);
    }

    @Test
    void should_answer_the_incident_as_planned_with_the_defaults_filled_in() {
        declareOrders();
        replication("orders", "full-load-and-cdc");

        JsonNode planned =
                admin.post("/incidents", """
                        {"account": "%s", "resource": "orders", "incident": "failAt", "at": "2026-01-01T01:00:00Z"}
                        """.formatted(ACCOUNT)).json().path("planned");

        assertThat(planned.path("account").asText()).isEqualTo(ACCOUNT);
        assertThat(planned.path("region").asText()).isEqualTo("us-east-1");
        assertThat(planned.path("resource").asText()).isEqualTo("orders");
        assertThat(planned.path("incident").asText()).isEqualTo("failAt");
        assertThat(planned.path("at").asText()).isEqualTo("2026-01-01T01:00:00Z");
        assertThat(planned.path("severity").asText()).isEqualTo("FATAL_ERROR");
        assertThat(planned.path("message").asText()).isEqualTo("Simulated failure");
        assertThat(planned.has("percent")).isFalse();
    }

    @Test
    void should_put_one_table_into_error_at_the_planned_time_and_keep_the_run_going() {
        declareOrders();
        String arn = replication("orders", "full-load-and-cdc");
        start(arn);
        jumpUntil(arn, r -> "running".equals(r.status()));
        Instant soon = server.simulator().clock().now().plus(Duration.ofMinutes(1));

        AdminHttp.Answer planned = admin.post("/incidents", """
                {"account": "%s", "resource": "%s", "incident": "tableError", "table": "public.orders",
                 "at": "%s", "message": "duplicate key"}
                """.formatted(ACCOUNT, arn, soon));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        server.simulator().clock().advance(Duration.ofMinutes(2));

        assertThat(client.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn))
                        .replicationTableStatistics())
                .filteredOn(t -> t.tableName().equals("orders"))
                .singleElement()
                .extracting(TableStatistics::tableState)
                .isEqualTo("Table error");
        assertThat(describe(arn).status()).isEqualTo("running");
    }

    @Test
    void should_report_no_cdc_latency_before_the_start_and_a_planned_spike_after() {
        declareOrders();
        String arn = replication("orders", "full-load-and-cdc");
        String query = "/cdc-latency?account=" + ACCOUNT + "&region=us-east-1&resource=orders";

        AdminHttp.Answer before = admin.get(query);
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(before.json().has("cdcLatency")).isTrue();
        assertThat(before.json().path("cdcLatency").isNull()).isTrue();

        start(arn);
        jumpUntil(
                arn,
                r -> "running".equals(r.status())
                        && Integer.valueOf(100).equals(r.replicationStats().fullLoadProgressPercent()));
        admin.post(
                "/incidents", """
                {"account": "%s", "resource": "orders", "incident": "latencySpike",
                 "from": "%s", "lasting": "PT10M", "latency": "PT45S"}
                """.formatted(ACCOUNT, server.simulator().clock().now()));
        server.simulator().clock().advance(Duration.ofMinutes(1));

        Duration latency =
                Duration.parse(admin.get(query).json().path("cdcLatency").asText());
        assertThat(latency).isGreaterThanOrEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void should_refuse_a_resource_the_account_does_not_have() {
        declareOrders();
        replication("orders", "full-load-and-cdc");

        AdminHttp.Answer incident = admin.post("/incidents", """
                {"account": "%s", "resource": "ordres", "incident": "provisioningFailure"}
                """.formatted(ACCOUNT));
        AdminHttp.Answer latency = admin.get("/cdc-latency?account=" + ACCOUNT + "&resource=ordres");

        assertThat(incident.status()).isEqualTo(400);
        assertThat(incident.error())
                .isEqualTo("no replication config, replication task or data migration named 'ordres' in account "
                        + ACCOUNT + " (us-east-1)");
        assertThat(latency.status()).isEqualTo(400);
        assertThat(latency.error()).contains("'ordres'");
    }

    private void declareOrders() {
        admin.post("/tables", """
                {"account": "%s", "tables": {"public.orders": 200000, "public.customers": 50000}}
                """.formatted(ACCOUNT));
    }

    private String replication(String identifier, String type) {
        return replication(client, identifier, type);
    }

    private static String replication(DatabaseMigrationClient dms, String identifier, String type) {
        String source = dms.createEndpoint(r -> r.endpointIdentifier(identifier + "-source")
                        .endpointType("source")
                        .engineName("postgres"))
                .endpoint()
                .endpointArn();
        String target = dms.createEndpoint(r -> r.endpointIdentifier(identifier + "-target")
                        .endpointType("target")
                        .engineName("postgres"))
                .endpoint()
                .endpointArn();
        return dms.createReplicationConfig(r -> r.replicationConfigIdentifier(identifier)
                        .sourceEndpointArn(source)
                        .targetEndpointArn(target)
                        .replicationType(type)
                        .computeConfig(c -> c.maxCapacityUnits(8))
                        .tableMappings(TableMappings.everything()))
                .replicationConfig()
                .replicationConfigArn();
    }

    private void start(String arn) {
        client.startReplication(r -> r.replicationConfigArn(arn).startReplicationType("start-replication"));
    }

    private Replication describe(String arn) {
        return describe(client, arn);
    }

    private static Replication describe(DatabaseMigrationClient dms, String arn) {
        return dms.describeReplications(
                        r -> r.filters(f -> f.name("replication-config-arn").values(arn)))
                .replications()
                .get(0);
    }

    private Replication jumpUntil(String arn, Predicate<Replication> condition) {
        return jumpUntil(client, arn, condition);
    }

    /** Polls as user code would, jumping the virtual clock to the next planned change between polls. */
    private Replication jumpUntil(DatabaseMigrationClient dms, String arn, Predicate<Replication> condition) {
        for (int polls = 0; polls < 200; polls++) {
            Replication replication = describe(dms, arn);
            if (condition.test(replication)) {
                return replication;
            }
            Optional<Instant> next = server.simulator().nextChange();
            assertThat(next)
                    .as("a change is planned while waiting; last seen %s", replication)
                    .isPresent();
            server.simulator().clock().advanceTo(next.get());
        }
        throw new AssertionError("condition not reached within 200 polls");
    }
}
