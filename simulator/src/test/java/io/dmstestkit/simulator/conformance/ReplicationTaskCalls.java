package io.dmstestkit.simulator.conformance;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.TaskFixture;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;

/** Well-formed calls of the classic replication task operations, each on a task it sets up first. */
public final class ReplicationTaskCalls implements ConformanceCalls {

    private static final String MAPPING = "{\"rules\":[{\"rule-type\":\"selection\",\"rule-id\":\"1\","
            + "\"rule-name\":\"1\",\"object-locator\":{\"schema-name\":\"public\",\"table-name\":\"%\"},"
            + "\"rule-action\":\"include\"}]}";

    public ReplicationTaskCalls() {}

    @Override
    public Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls() {
        Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls =
                new LinkedHashMap<>();
        calls.put(
                "CreateReplicationTask",
                (simulator, dms) -> dms.createReplicationTask(r -> r.replicationTaskIdentifier("conformance")
                        .sourceEndpointArn(endpoint(dms, "source"))
                        .targetEndpointArn(endpoint(dms, "target"))
                        .replicationInstanceArn(instance(simulator, dms, "conformance-ri"))
                        .migrationType(MigrationTypeValue.FULL_LOAD_AND_CDC)
                        .tableMappings(MAPPING)));
        calls.put("DescribeReplicationTasks", (simulator, dms) -> {
            ready(simulator, dms);
            return dms.describeReplicationTasks(r -> r.maxRecords(20));
        });
        calls.put(
                "ModifyReplicationTask",
                (simulator, dms) -> dms.modifyReplicationTask(
                        r -> r.replicationTaskArn(ready(simulator, dms)).tableMappings(MAPPING)));
        calls.put(
                "StartReplicationTask",
                (simulator, dms) -> dms.startReplicationTask(r ->
                        r.replicationTaskArn(ready(simulator, dms)).startReplicationTaskType("start-replication")));
        calls.put(
                "StopReplicationTask",
                (simulator, dms) -> dms.stopReplicationTask(r -> r.replicationTaskArn(running(simulator, dms))));
        calls.put(
                "DeleteReplicationTask",
                (simulator, dms) -> dms.deleteReplicationTask(r -> r.replicationTaskArn(ready(simulator, dms))));
        calls.put("MoveReplicationTask", (simulator, dms) -> {
            String task = ready(simulator, dms);
            String target = instance(simulator, dms, "conformance-target");
            return dms.moveReplicationTask(r -> r.replicationTaskArn(task).targetReplicationInstanceArn(target));
        });
        calls.put(
                "ReloadTables",
                (simulator, dms) -> dms.reloadTables(r -> r.replicationTaskArn(running(simulator, dms))
                        .tablesToReload(t -> t.schemaName("public").tableName("orders"))));
        calls.put(
                "DescribeTableStatistics",
                (simulator, dms) -> dms.describeTableStatistics(r -> r.replicationTaskArn(running(simulator, dms))));
        return calls;
    }

    private static String endpoint(DatabaseMigrationClient dms, String type) {
        return dms.createEndpoint(r -> r.endpointIdentifier("conformance-" + type)
                        .endpointType(type)
                        .engineName("postgres"))
                .endpoint()
                .endpointArn();
    }

    private static String instance(DmsSimulator simulator, DatabaseMigrationClient dms, String identifier) {
        return TaskFixture.availableInstance(simulator, dms, identifier);
    }

    /** A task of type full-load-and-cdc that is ready; returns its ARN. */
    static String ready(DmsSimulator simulator, DatabaseMigrationClient dms) {
        String arn = dms.createReplicationTask(r -> r.replicationTaskIdentifier("conformance")
                        .sourceEndpointArn(endpoint(dms, "source"))
                        .targetEndpointArn(endpoint(dms, "target"))
                        .replicationInstanceArn(instance(simulator, dms, "conformance-ri"))
                        .migrationType(MigrationTypeValue.FULL_LOAD_AND_CDC)
                        .tableMappings(MAPPING))
                .replicationTask()
                .replicationTaskArn();
        return jumpUntil(simulator, dms, arn, t -> t.status().equals("ready"));
    }

    /** A ready task, started and running; returns its ARN. */
    private static String running(DmsSimulator simulator, DatabaseMigrationClient dms) {
        String arn = ready(simulator, dms);
        dms.startReplicationTask(r -> r.replicationTaskArn(arn).startReplicationTaskType("start-replication"));
        return jumpUntil(simulator, dms, arn, t -> t.status().equals("running"));
    }

    private static String jumpUntil(
            DmsSimulator simulator, DatabaseMigrationClient dms, String arn, Predicate<ReplicationTask> condition) {
        while (!condition.test(describe(dms, arn))) {
            simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
        }
        return arn;
    }

    private static ReplicationTask describe(DatabaseMigrationClient dms, String arn) {
        return dms.describeReplicationTasks(
                        r -> r.filters(f -> f.name("replication-task-arn").values(arn)))
                .replicationTasks()
                .get(0);
    }
}
