package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.TableSpec;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.SchemaConversionRequest;

/**
 * DMS Schema Conversion, Fleet Advisor and recommendations through the admin API over plain HTTP, seen by
 * the real AWS SDK v2 client: schema-conversion incidents planned remotely, and the resource dump.
 */
class SchemaConversionAdminApiTest {

    private static final String ACCOUNT = HttpTestClients.ACCOUNT;
    private static final String HR = "{\"rules\":[{\"rule-type\":\"selection\",\"rule-id\":\"1\",\"rule-name\":\"1\","
            + "\"object-locator\":{\"server-name\":\"hr-source\",\"schema-name\":\"hr\"},\"rule-action\":\"explicit\"}]}";

    @AutoClose
    private final DmsServer server =
            DmsServer.builder().clock(SimulatedClock.manual()).start();

    @AutoClose
    private final DatabaseMigrationClient client = HttpTestClients.syncClient(server.baseUri());

    private final AdminHttp admin = new AdminHttp(server.baseUri());

    @BeforeEach
    void a_migration_project_over_the_hr_schema() {
        server.simulator().declareTables(ACCOUNT, "us-east-1", List.of(TableSpec.of("hr", "employees", 1_000)));
        client.createInstanceProfile(r -> r.instanceProfileName("hr-profile"));
        for (String side : List.of("source", "target")) {
            client.createDataProvider(r -> r.dataProviderName("hr-" + side)
                    .engine("postgres")
                    .settings(s -> s.postgreSqlSettings(
                            p -> p.serverName(side + ".example.com").port(5432).databaseName("hr"))));
        }
        client.createMigrationProject(r -> r.migrationProjectName("hr")
                .instanceProfileIdentifier("hr-profile")
                .sourceDataProviderDescriptors(d -> d.dataProviderIdentifier("hr-source"))
                .targetDataProviderDescriptors(d -> d.dataProviderIdentifier("hr-target")));
    }

    @Test
    void should_fail_a_conversion_planned_to_fail_over_http() {
        AdminHttp.Answer planned = admin.post("/incidents", """
                {"account": "%s", "resource": "hr", "incident": "schemaConversionFailure", "step": "CONVERSION",
                 "message": "Unsupported data type SDO_GEOMETRY"}
                """.formatted(ACCOUNT));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);

        String id = client.startMetadataModelConversion(
                        r -> r.migrationProjectIdentifier("hr").selectionRules(HR))
                .requestIdentifier();
        server.simulator().clock().advance(Duration.ofHours(1));

        SchemaConversionRequest conversion = client.describeMetadataModelConversions(
                        r -> r.migrationProjectIdentifier("hr")
                                .filters(f -> f.name("request-id").values(id)))
                .requests()
                .get(0);
        assertThat(conversion.status()).isEqualTo("FAILED");
        assertThat(conversion.error().defaultErrorDetails().message()).isEqualTo("Unsupported data type SDO_GEOMETRY");
    }

    @Test
    void should_make_an_assessment_report_the_action_items_planned_over_http() {
        AdminHttp.Answer planned = admin.post("/incidents", """
                {"account": "%s", "resource": "hr", "incident": "assessmentActionItems",
                 "items": ["Action item 5584: CONNECT BY", "Action item 5002: MERGE"]}
                """.formatted(ACCOUNT));
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);

        client.startMetadataModelAssessment(
                r -> r.migrationProjectIdentifier("hr").selectionRules(HR));
        server.simulator().clock().advance(Duration.ofHours(1));

        assertThat(server.simulator().assessmentActionItems(ACCOUNT, "us-east-1", "hr"))
                .containsExactly("Action item 5584: CONNECT BY", "Action item 5002: MERGE");
    }

    @Test
    void should_read_the_action_items_of_the_last_assessment_over_http() {
        admin.post("/incidents", """
                {"account": "%s", "resource": "hr", "incident": "assessmentActionItems",
                 "items": ["Action item 5584: CONNECT BY"]}
                """.formatted(ACCOUNT));
        AdminHttp.Answer none = admin.get("/action-items?project=hr&account=" + ACCOUNT);
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.error()).contains("hr");

        client.startMetadataModelAssessment(
                r -> r.migrationProjectIdentifier("hr").selectionRules(HR));
        server.simulator().clock().advance(Duration.ofHours(1));

        AdminHttp.Answer items = admin.get("/action-items?project=hr&account=" + ACCOUNT);
        assertThat(items.status()).as(items.toString()).isEqualTo(200);
        assertThat(items.json().path("actionItems").get(0).asText()).isEqualTo("Action item 5584: CONNECT BY");
        assertThat(DmsAdminClient.of(server.baseUri()).assessmentActionItems(ACCOUNT, null, "hr"))
                .containsExactly("Action item 5584: CONNECT BY");
    }

    @Test
    void should_refuse_action_items_without_a_project_or_of_an_unknown_one() {
        assertThat(admin.get("/action-items").status()).isEqualTo(400);
        AdminHttp.Answer unknown = admin.get("/action-items?project=nope&account=" + ACCOUNT);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.error()).contains("nope");
    }

    @Test
    void should_refuse_a_schema_conversion_incident_with_an_unknown_step() {
        AdminHttp.Answer refused = admin.post("/incidents", """
                {"account": "%s", "resource": "hr", "incident": "schemaConversionFailure", "step": "TRANSLATION",
                 "message": "no"}
                """.formatted(ACCOUNT));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).contains("TRANSLATION");
    }

    @Test
    void should_dump_schema_conversion_requests_fleet_advisor_and_recommendations() {
        String conversion = client.startMetadataModelConversion(
                        r -> r.migrationProjectIdentifier("hr").selectionRules(HR))
                .requestIdentifier();
        String collector = client.createFleetAdvisorCollector(r -> r.collectorName("inventory")
                        .serviceAccessRoleArn("arn:aws:iam::" + ACCOUNT + ":role/fleet")
                        .s3BucketName("fleet-bucket"))
                .collectorReferencedId();
        server.simulator().clock().advance(Duration.ofDays(2));
        String database =
                client.describeFleetAdvisorDatabases(r -> {}).databases().get(0).databaseId();
        client.startRecommendations(r -> r.databaseId(database)
                .settings(s -> s.instanceSizingType("total-capacity").workloadType("production")));

        JsonNode account = admin.get("/resources").json().path("accounts").get(0);

        assertThat(account.path("MetadataModelConversions")
                        .get(0)
                        .path("RequestIdentifier")
                        .asText())
                .isEqualTo(conversion);
        assertThat(account.path("MetadataModelConversions")
                        .get(0)
                        .path("Status")
                        .asText())
                .isEqualTo("SUCCESS");
        assertThat(account.path("Collectors")
                        .get(0)
                        .path("CollectorReferencedId")
                        .asText())
                .isEqualTo(collector);
        assertThat(account.path("Databases").get(0).path("DatabaseId").asText()).isEqualTo(database);
        assertThat(account.path("Recommendations").get(0).path("DatabaseId").asText())
                .isEqualTo(database);
    }
}
