package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.CollectorResponse;
import software.amazon.awssdk.services.databasemigration.model.CollectorStatus;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.DatabaseResponse;
import software.amazon.awssdk.services.databasemigration.model.Limitation;
import software.amazon.awssdk.services.databasemigration.model.Recommendation;
import software.amazon.awssdk.services.databasemigration.model.RecommendationSettings;
import software.amazon.awssdk.services.databasemigration.model.SchemaResponse;

/** Fleet Advisor collectors, inventory, LSA analyses and recommendations through the real SDK client. */
class FleetAdvisorOperationsTest {

    private static final String ACCOUNT = "123456789012";
    private static final String ROLE = "arn:aws:iam::123456789012:role/fleet-advisor";
    private static final RecommendationSettings PRODUCTION = RecommendationSettings.builder()
            .instanceSizingType("total-capacity")
            .workloadType("production")
            .build();

    private final DmsSimulator simulator = DmsSimulator.create();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);

    private String createCollector(String name) {
        return dms.createFleetAdvisorCollector(
                        r -> r.collectorName(name).serviceAccessRoleArn(ROLE).s3BucketName("inventory"))
                .collectorReferencedId();
    }

    private CollectorResponse collector(String id) {
        return dms.describeFleetAdvisorCollectors(
                        r -> r.filters(f -> f.name("collector-referenced-id").values(id)))
                .collectors()
                .get(0);
    }

    private void jumpToNextChange() {
        simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
    }

    @Test
    void should_register_a_collector_and_receive_its_first_inventory_in_virtual_time() {
        simulator.declareTables(
                ACCOUNT, "us-east-1", List.of(TableSpec.of("sales", "orders", 10), TableSpec.of("hr", "staff", 5)));
        String id = createCollector("collector-a");

        CollectorResponse created = collector(id);
        assertThat(created.collectorHealthCheck().collectorStatus()).isEqualTo(CollectorStatus.UNREGISTERED);
        assertThat(created.lastDataReceived()).isNull();
        assertThat(dms.describeFleetAdvisorDatabases(r -> {}).databases()).isEmpty();

        jumpToNextChange();
        CollectorResponse registered = collector(id);
        assertThat(registered.collectorHealthCheck().collectorStatus()).isEqualTo(CollectorStatus.ACTIVE);
        assertThat(registered.registeredDate()).isNotNull();
        assertThat(registered.lastDataReceived()).isNull();

        jumpToNextChange();
        CollectorResponse reporting = collector(id);
        assertThat(reporting.lastDataReceived()).isNotNull();
        assertThat(reporting.inventoryData().numberOfDatabases()).isEqualTo(1);
        assertThat(reporting.inventoryData().numberOfSchemas()).isEqualTo(2);
        List<SchemaResponse> schemas = dms.describeFleetAdvisorSchemas(r -> {}).fleetAdvisorSchemas();
        assertThat(schemas).extracting(SchemaResponse::schemaName).containsExactly("sales", "hr");
        assertThat(simulator.nextChange()).isEmpty();
    }

    @Test
    void should_discover_declared_databases_filter_them_and_delete_them() {
        simulator.declareFleetDatabases(
                ACCOUNT,
                "us-east-1",
                List.of(
                        FleetDatabaseSpec.of("erp-db", "10.0.0.21", "erp", "Oracle", "19c", List.of("SALES", "HR")),
                        FleetDatabaseSpec.of("web-db", "10.0.0.22", "shop", "MySQL", "8.0", List.of("shop"))));
        createCollector("collector-a");
        simulator.clock().advance(Duration.ofHours(1));

        List<DatabaseResponse> oracle = dms.describeFleetAdvisorDatabases(
                        r -> r.filters(f -> f.name("database-engine").values("Oracle")))
                .databases();
        assertThat(oracle).singleElement().satisfies(d -> {
            assertThat(d.databaseName()).isEqualTo("erp");
            assertThat(d.numberOfSchemas()).isEqualTo(2);
            assertThat(d.server().ipAddress()).isEqualTo("10.0.0.21");
            assertThat(d.collectors()).extracting(c -> c.collectorName()).containsExactly("collector-a");
        });
        assertThat(dms.describeFleetAdvisorSchemaObjectSummary(
                                r -> r.filters(f -> f.name("schema-id").values("3")))
                        .fleetAdvisorSchemaObjects())
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.schemaId()).isEqualTo("3"));

        assertThat(dms.deleteFleetAdvisorDatabases(
                                r -> r.databaseIds(oracle.get(0).databaseId()))
                        .databaseIds())
                .containsExactly(oracle.get(0).databaseId());
        assertThat(dms.describeFleetAdvisorDatabases(r -> {}).databases())
                .extracting(DatabaseResponse::databaseName)
                .containsExactly("shop");
        assertThatThrownBy(() -> dms.deleteFleetAdvisorDatabases(
                        r -> r.databaseIds(oracle.get(0).databaseId())))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceNotFoundFault"));
    }

    @Test
    void should_run_an_lsa_analysis_from_running_to_completed_only_once_inventory_exists() {
        assertThatThrownBy(() -> dms.runFleetAdvisorLsaAnalysis(r -> {}))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidResourceStateFault"));
        createCollector("collector-a");
        simulator.clock().advance(Duration.ofHours(1));

        String id = dms.runFleetAdvisorLsaAnalysis(r -> {}).lsaAnalysisId();
        assertThat(dms.describeFleetAdvisorLsaAnalysis(r -> {}).analysis())
                .singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo("RUNNING"));
        jumpToNextChange();
        assertThat(dms.describeFleetAdvisorLsaAnalysis(r -> {}).analysis())
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.lsaAnalysisId()).isEqualTo(id);
                    assertThat(a.status()).isEqualTo("COMPLETED");
                });
    }

    @Test
    void should_refuse_an_unknown_collector_and_a_role_that_is_not_an_iam_role() {
        assertThatThrownBy(() -> dms.deleteFleetAdvisorCollector(r -> r.collectorReferencedId("nope")))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("CollectorNotFoundFault"));
        assertThatThrownBy(() -> dms.createFleetAdvisorCollector(
                        r -> r.collectorName("c").serviceAccessRoleArn("role").s3BucketName("b")))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValueException"));
    }

    @Test
    void should_move_recommendations_from_in_progress_to_recommended_with_limitations() {
        simulator.declareFleetDatabases(
                ACCOUNT,
                "us-east-1",
                List.of(FleetDatabaseSpec.of("erp-db", "10.0.0.21", "erp", "Oracle", "19c", List.of("SALES"))));
        createCollector("collector-a");
        simulator.clock().advance(Duration.ofHours(1));

        dms.startRecommendations(r -> r.databaseId("1").settings(PRODUCTION));
        assertThat(dms.describeRecommendations(r -> {}).recommendations())
                .extracting(Recommendation::status)
                .containsOnly("in-progress");
        assertThat(dms.describeRecommendationLimitations(r -> {}).limitations()).isEmpty();
        assertThatThrownBy(() -> dms.startRecommendations(r -> r.databaseId("1").settings(PRODUCTION)))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidResourceStateFault"));

        jumpToNextChange();
        List<Recommendation> done = dms.describeRecommendations(
                        r -> r.filters(f -> f.name("database-id").values("1")))
                .recommendations();
        assertThat(done)
                .extracting(Recommendation::engineName, Recommendation::status, Recommendation::preferred)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rds-oracle", "recommended", true),
                        org.assertj.core.groups.Tuple.tuple("rds-aurora-postgresql", "alternate", false));
        assertThat(done.get(0).data().rdsEngine().targetConfiguration().deploymentOption())
                .isEqualTo("MULTI_AZ");
        assertThat(dms.describeRecommendationLimitations(
                                r -> r.filters(f -> f.name("engine-name").values("rds-aurora-postgresql")))
                        .limitations())
                .extracting(Limitation::impact)
                .containsExactly("High");
    }

    @Test
    void should_report_bad_batch_entries_and_refuse_bad_settings() {
        createCollector("collector-a");
        simulator.clock().advance(Duration.ofHours(1));

        var errors = dms.batchStartRecommendations(r -> r.data(
                        d -> d.databaseId("1").settings(PRODUCTION),
                        d -> d.databaseId("99").settings(PRODUCTION)))
                .errorEntries();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.databaseId()).isEqualTo("99");
            assertThat(e.code()).isEqualTo("ResourceNotFoundFault");
        });
        assertThatThrownBy(() -> dms.startRecommendations(r -> r.databaseId("1")
                        .settings(s -> s.instanceSizingType("huge").workloadType("production"))))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValueException"));
    }
}
