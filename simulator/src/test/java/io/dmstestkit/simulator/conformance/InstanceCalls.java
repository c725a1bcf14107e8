package io.dmstestkit.simulator.conformance;

import static io.dmstestkit.simulator.conformance.Setups.availableInstance;
import static java.util.Map.entry;

import io.dmstestkit.simulator.DmsSimulator;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;

/** Replication instances, their catalogue and maintenance, and replication subnet groups. */
public final class InstanceCalls implements ConformanceCalls {

    private static void subnetGroup(DatabaseMigrationClient dms) {
        dms.createReplicationSubnetGroup(r -> r.replicationSubnetGroupIdentifier("private-subnets")
                .replicationSubnetGroupDescription("private")
                .subnetIds("subnet-0a1b2c3d", "subnet-0e1f2a3b"));
    }

    /** An instance on an old engine version, which DMS offers to upgrade. */
    private static String oldInstance(DmsSimulator simulator, DatabaseMigrationClient dms) {
        String arn = dms.createReplicationInstance(r -> r.replicationInstanceIdentifier("old")
                        .replicationInstanceClass("dms.t3.small")
                        .engineVersion("3.5.2"))
                .replicationInstance()
                .replicationInstanceArn();
        simulator.clock().advance(Duration.ofMinutes(30));
        return arn;
    }

    @Override
    public Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls() {
        return Map.ofEntries(
                entry(
                        "CreateReplicationInstance",
                        (simulator, dms) -> dms.createReplicationInstance(r ->
                                r.replicationInstanceIdentifier("instance").replicationInstanceClass("dms.t3.small"))),
                entry("DescribeReplicationInstances", (simulator, dms) -> {
                    availableInstance(simulator, dms, "instance");
                    return dms.describeReplicationInstances(r -> {});
                }),
                entry("ModifyReplicationInstance", (simulator, dms) -> {
                    String arn = availableInstance(simulator, dms, "instance");
                    return dms.modifyReplicationInstance(r -> r.replicationInstanceArn(arn)
                            .replicationInstanceClass("dms.r5.large")
                            .applyImmediately(true));
                }),
                entry("RebootReplicationInstance", (simulator, dms) -> {
                    String arn = availableInstance(simulator, dms, "instance");
                    return dms.rebootReplicationInstance(r -> r.replicationInstanceArn(arn));
                }),
                entry("DeleteReplicationInstance", (simulator, dms) -> {
                    String arn = availableInstance(simulator, dms, "instance");
                    return dms.deleteReplicationInstance(r -> r.replicationInstanceArn(arn));
                }),
                entry("DescribeReplicationInstanceTaskLogs", (simulator, dms) -> {
                    String arn = availableInstance(simulator, dms, "instance");
                    return dms.describeReplicationInstanceTaskLogs(r -> r.replicationInstanceArn(arn));
                }),
                entry(
                        "DescribeOrderableReplicationInstances",
                        (simulator, dms) -> dms.describeOrderableReplicationInstances(r -> {})),
                entry("DescribeEngineVersions", (simulator, dms) -> dms.describeEngineVersions(r -> {})),
                entry("DescribePendingMaintenanceActions", (simulator, dms) -> {
                    oldInstance(simulator, dms);
                    return dms.describePendingMaintenanceActions(r -> {});
                }),
                entry("ApplyPendingMaintenanceAction", (simulator, dms) -> {
                    String arn = oldInstance(simulator, dms);
                    return dms.applyPendingMaintenanceAction(r -> r.replicationInstanceArn(arn)
                            .applyAction("db-upgrade")
                            .optInType("immediate"));
                }),
                entry(
                        "CreateReplicationSubnetGroup",
                        (simulator, dms) -> dms.createReplicationSubnetGroup(
                                r -> r.replicationSubnetGroupIdentifier("private-subnets")
                                        .replicationSubnetGroupDescription("private")
                                        .subnetIds("subnet-0a1b2c3d", "subnet-0e1f2a3b"))),
                entry("DescribeReplicationSubnetGroups", (simulator, dms) -> {
                    subnetGroup(dms);
                    return dms.describeReplicationSubnetGroups(r -> {});
                }),
                entry("ModifyReplicationSubnetGroup", (simulator, dms) -> {
                    subnetGroup(dms);
                    return dms.modifyReplicationSubnetGroup(r -> r.replicationSubnetGroupIdentifier("private-subnets")
                            .replicationSubnetGroupDescription("changed")
                            .subnetIds("subnet-0a1b2c3d", "subnet-0e1f2a3b"));
                }),
                entry("DeleteReplicationSubnetGroup", (simulator, dms) -> {
                    subnetGroup(dms);
                    return dms.deleteReplicationSubnetGroup(r -> r.replicationSubnetGroupIdentifier("private-subnets"));
                }));
    }
}
