package io.dmstestkit.simulator.conformance;

import io.dmstestkit.simulator.DmsSimulator;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;

/** Conformance calls of the schema and premigration assessment operations. */
public class AssessmentAndSchemaCalls implements ConformanceCalls {

    @Override
    public Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls() {
        Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls =
                new LinkedHashMap<>();
        calls.put("RefreshSchemas", (simulator, dms) -> refresh(simulator, dms, "refresh"));
        calls.put("DescribeRefreshSchemasStatus", (simulator, dms) -> {
            String endpoint =
                    refresh(simulator, dms, "status").refreshSchemasStatus().endpointArn();
            return dms.describeRefreshSchemasStatus(r -> r.endpointArn(endpoint));
        });
        calls.put("DescribeSchemas", (simulator, dms) -> {
            String endpoint =
                    refresh(simulator, dms, "schemas").refreshSchemasStatus().endpointArn();
            simulator.clock().advance(Duration.ofMinutes(1));
            return dms.describeSchemas(r -> r.endpointArn(endpoint));
        });
        calls.put("DescribeApplicableIndividualAssessments", (simulator, dms) -> {
            String instance = instance(simulator, dms, "applicable");
            return dms.describeApplicableIndividualAssessments(r -> r.replicationInstanceArn(instance)
                    .sourceEngineName("mysql")
                    .targetEngineName("postgres")
                    .migrationType("full-load-and-cdc"));
        });
        return calls;
    }

    private static software.amazon.awssdk.services.databasemigration.model.RefreshSchemasResponse refresh(
            DmsSimulator simulator, DatabaseMigrationClient dms, String name) {
        String instance = instance(simulator, dms, name);
        String endpoint = dms.createEndpoint(r -> r.endpointIdentifier(name + "-source")
                        .endpointType("source")
                        .engineName("mysql"))
                .endpoint()
                .endpointArn();
        return dms.refreshSchemas(r -> r.endpointArn(endpoint).replicationInstanceArn(instance));
    }

    private static String instance(DmsSimulator simulator, DatabaseMigrationClient dms, String name) {
        String arn = dms.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier(name).replicationInstanceClass("dms.t3.small"))
                .replicationInstance()
                .replicationInstanceArn();
        simulator.clock().advance(Duration.ofMinutes(15));
        return arn;
    }
}
