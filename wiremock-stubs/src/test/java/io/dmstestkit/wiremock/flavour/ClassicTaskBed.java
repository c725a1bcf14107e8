package io.dmstestkit.wiremock.flavour;

import io.dmstestkit.simulator.DmsSimulator;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTasksRequest;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;

/**
 * Classic tasks through a client of any {@link ClientFlavour}: two endpoints, an available instance, tasks
 * on it, and waiting without sleeping (the virtual clock jumps from one planned change to the next).
 */
public final class ClassicTaskBed {

    private static final String MAPPING = "{\"rules\":[{\"rule-type\":\"selection\",\"rule-id\":\"1\","
            + "\"rule-name\":\"1\",\"object-locator\":{\"schema-name\":\"public\",\"table-name\":\"%\"},"
            + "\"rule-action\":\"include\"}]}";

    private final DmsSimulator simulator;
    private final DatabaseMigrationClient dms;
    private String sourceArn;
    private String targetArn;
    private String instanceArn;

    public ClassicTaskBed(DmsSimulator simulator, DatabaseMigrationClient dms) {
        this.simulator = simulator;
        this.dms = dms;
    }

    public DatabaseMigrationClient dms() {
        return dms;
    }

    public String sourceArn() {
        if (sourceArn == null) {
            sourceArn = endpoint("bed-source", "source");
        }
        return sourceArn;
    }

    public String targetArn() {
        if (targetArn == null) {
            targetArn = endpoint("bed-target", "target");
        }
        return targetArn;
    }

    public String endpoint(String identifier, String type) {
        return dms.createEndpoint(
                        r -> r.endpointIdentifier(identifier).endpointType(type).engineName("postgres"))
                .endpoint()
                .endpointArn();
    }

    /** An available instance, created and jumped to {@code available} on first use. */
    public String instanceArn() {
        if (instanceArn == null) {
            String arn = dms.createReplicationInstance(r ->
                            r.replicationInstanceIdentifier("bed-instance").replicationInstanceClass("dms.t3.small"))
                    .replicationInstance()
                    .replicationInstanceArn();
            while (!dms.describeReplicationInstances(r ->
                            r.filters(f -> f.name("replication-instance-arn").values(arn)))
                    .replicationInstances()
                    .get(0)
                    .replicationInstanceStatus()
                    .equals("available")) {
                simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
            }
            instanceArn = arn;
        }
        return instanceArn;
    }

    public CreateReplicationTaskRequest.Builder taskRequest(String identifier, MigrationTypeValue type) {
        return CreateReplicationTaskRequest.builder()
                .replicationTaskIdentifier(identifier)
                .sourceEndpointArn(sourceArn())
                .targetEndpointArn(targetArn())
                .replicationInstanceArn(instanceArn())
                .migrationType(type)
                .tableMappings(MAPPING);
    }

    public ReplicationTask create(String identifier, MigrationTypeValue type) {
        return dms.createReplicationTask(taskRequest(identifier, type).build()).replicationTask();
    }

    public String createReady(String identifier, MigrationTypeValue type) {
        String arn = create(identifier, type).replicationTaskArn();
        jumpUntilStatus(arn, "ready");
        return arn;
    }

    public ReplicationTask describe(String taskArn) {
        return dms.describeReplicationTasks(byArn(taskArn)).replicationTasks().get(0);
    }

    public ReplicationTask start(String taskArn, String type) {
        return dms.startReplicationTask(r -> r.replicationTaskArn(taskArn).startReplicationTaskType(type))
                .replicationTask();
    }

    public ReplicationTask stop(String taskArn) {
        return dms.stopReplicationTask(r -> r.replicationTaskArn(taskArn)).replicationTask();
    }

    public ReplicationTask jumpUntil(String taskArn, Predicate<ReplicationTask> condition, String what) {
        ReplicationTask task = describe(taskArn);
        while (!condition.test(task)) {
            Optional<Instant> next = simulator.nextChange();
            if (next.isEmpty()) {
                throw new AssertionError("task never reached " + what + "; it stays " + task);
            }
            simulator.clock().advanceTo(next.get());
            task = describe(taskArn);
        }
        return task;
    }

    public ReplicationTask jumpUntilStatus(String taskArn, String status) {
        return jumpUntil(taskArn, t -> t.status().equals(status), "status " + status);
    }

    public static DescribeReplicationTasksRequest byArn(String taskArn) {
        return DescribeReplicationTasksRequest.builder()
                .filters(f -> f.name("replication-task-arn").values(taskArn))
                .build();
    }
}
