package io.dmstestkit.simulator.conformance;

import io.dmstestkit.simulator.DmsSimulator;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;

/** Fleet Advisor: a collector that has reported its inventory, and what it discovered. */
public final class FleetAdvisorCalls implements ConformanceCalls {

    static final String ROLE = "arn:aws:iam::123456789012:role/fleet-advisor";

    /** Creates a collector and lets it register and report (about a quarter of an hour, virtual). */
    static String reportingCollector(DmsSimulator simulator, DatabaseMigrationClient dms) {
        String id = dms.createFleetAdvisorCollector(r ->
                        r.collectorName("collector").serviceAccessRoleArn(ROLE).s3BucketName("inventory"))
                .collectorReferencedId();
        simulator.clock().advance(Duration.ofHours(1));
        return id;
    }

    /** The id of the first database the collector discovered. */
    static String firstDatabase(DmsSimulator simulator, DatabaseMigrationClient dms) {
        reportingCollector(simulator, dms);
        return dms.describeFleetAdvisorDatabases(r -> {}).databases().get(0).databaseId();
    }

    @Override
    public Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls() {
        return Map.of(
                "CreateFleetAdvisorCollector",
                (simulator, dms) -> dms.createFleetAdvisorCollector(r -> r.collectorName("collector")
                        .description("conformance")
                        .serviceAccessRoleArn(ROLE)
                        .s3BucketName("inventory")),
                "DeleteFleetAdvisorCollector",
                (simulator, dms) -> dms.deleteFleetAdvisorCollector(
                        r -> r.collectorReferencedId(reportingCollector(simulator, dms))),
                "DescribeFleetAdvisorCollectors",
                (simulator, dms) -> {
                    reportingCollector(simulator, dms);
                    return dms.describeFleetAdvisorCollectors(r -> r.maxRecords(20));
                },
                "DeleteFleetAdvisorDatabases",
                (simulator, dms) -> dms.deleteFleetAdvisorDatabases(r -> r.databaseIds(firstDatabase(simulator, dms))),
                "DescribeFleetAdvisorDatabases",
                (simulator, dms) -> {
                    reportingCollector(simulator, dms);
                    return dms.describeFleetAdvisorDatabases(
                            r -> r.filters(f -> f.name("database-engine").values("PostgreSQL")));
                },
                "DescribeFleetAdvisorSchemas",
                (simulator, dms) -> {
                    reportingCollector(simulator, dms);
                    return dms.describeFleetAdvisorSchemas(r -> {});
                },
                "DescribeFleetAdvisorSchemaObjectSummary",
                (simulator, dms) -> {
                    reportingCollector(simulator, dms);
                    return dms.describeFleetAdvisorSchemaObjectSummary(
                            r -> r.filters(f -> f.name("schema-id").values("1")));
                },
                "RunFleetAdvisorLsaAnalysis",
                (simulator, dms) -> {
                    reportingCollector(simulator, dms);
                    return dms.runFleetAdvisorLsaAnalysis(r -> {});
                },
                "DescribeFleetAdvisorLsaAnalysis",
                (simulator, dms) -> {
                    reportingCollector(simulator, dms);
                    dms.runFleetAdvisorLsaAnalysis(r -> {});
                    return dms.describeFleetAdvisorLsaAnalysis(r -> {});
                });
    }
}
