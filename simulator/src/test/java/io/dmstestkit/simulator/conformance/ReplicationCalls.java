package io.dmstestkit.simulator.conformance;

import static io.dmstestkit.simulator.conformance.Setups.replications;
import static io.dmstestkit.simulator.conformance.Setups.runningReplication;

import io.dmstestkit.simulator.DmsSimulator;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;

/** Serverless replication configs and the replications they run. */
public final class ReplicationCalls implements ConformanceCalls {

    private static String config(DmsSimulator simulator, DatabaseMigrationClient dms) {
        return replications(simulator, dms)
                .createConfig("conformance", MigrationTypeValue.FULL_LOAD)
                .replicationConfigArn();
    }

    @Override
    public Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls() {
        return Map.of(
                "CreateReplicationConfig",
                (simulator, dms) -> dms.createReplicationConfig(replications(simulator, dms)
                        .configRequest("conformance", MigrationTypeValue.FULL_LOAD)
                        .build()),
                "DescribeReplicationConfigs",
                (simulator, dms) -> {
                    config(simulator, dms);
                    return dms.describeReplicationConfigs(r -> {});
                },
                "ModifyReplicationConfig",
                (simulator, dms) -> {
                    String arn = config(simulator, dms);
                    return dms.modifyReplicationConfig(
                            r -> r.replicationConfigArn(arn).computeConfig(c -> c.maxCapacityUnits(32)));
                },
                "DeleteReplicationConfig",
                (simulator, dms) -> {
                    String arn = config(simulator, dms);
                    return dms.deleteReplicationConfig(r -> r.replicationConfigArn(arn));
                },
                "StartReplication",
                (simulator, dms) -> {
                    String arn = config(simulator, dms);
                    return dms.startReplication(
                            r -> r.replicationConfigArn(arn).startReplicationType("start-replication"));
                },
                "StopReplication",
                (simulator, dms) -> {
                    String arn = runningReplication(simulator, dms);
                    return dms.stopReplication(r -> r.replicationConfigArn(arn));
                },
                "DescribeReplications",
                (simulator, dms) -> {
                    runningReplication(simulator, dms);
                    return dms.describeReplications(r -> {});
                },
                "DescribeReplicationTableStatistics",
                (simulator, dms) -> {
                    String arn = runningReplication(simulator, dms);
                    return dms.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn));
                },
                "ReloadReplicationTables",
                (simulator, dms) -> {
                    String arn = runningReplication(simulator, dms);
                    return dms.reloadReplicationTables(r -> r.replicationConfigArn(arn)
                            .tablesToReload(t -> t.schemaName("public").tableName("orders")));
                });
    }
}
