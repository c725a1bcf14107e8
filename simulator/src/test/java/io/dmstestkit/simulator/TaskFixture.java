package io.dmstestkit.simulator;

import java.util.function.Predicate;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;

/**
 * Classic tasks through the in-process SDK client: endpoints, an available replication instance, tasks on
 * it, and a way to wait without sleeping (jump the virtual clock from one planned change to the next).
 */
public final class TaskFixture {

    private final DmsSimulator simulator;
    private final ReplicationFixture endpoints;
    private final DatabaseMigrationClient dms;
    private String instanceArn;

    public TaskFixture(DmsSimulator simulator) {
        this.simulator = simulator;
        this.endpoints = ReplicationFixture.of(simulator);
        this.dms = endpoints.dms();
    }

    public DatabaseMigrationClient dms() {
        return dms;
    }

    public DmsSimulator simulator() {
        return simulator;
    }

    /** An instance that is available, created (and waited for in virtual time) on first use. */
    public String instanceArn() {
        if (instanceArn == null) {
            instanceArn = availableInstance("fixture-instance");
        }
        return instanceArn;
    }

    /** Creates an instance and jumps the clock until it is available. */
    public String availableInstance(String identifier) {
        return availableInstance(simulator, dms, identifier);
    }

    /** Creates an instance through {@code dms} and jumps the simulator's clock until it is available. */
    public static String availableInstance(DmsSimulator simulator, DatabaseMigrationClient dms, String identifier) {
        String arn = dms.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier(identifier).replicationInstanceClass("dms.t3.small"))
                .replicationInstance()
                .replicationInstanceArn();
        while (!dms.describeReplicationInstances(
                        r -> r.filters(f -> f.name("replication-instance-arn").values(arn)))
                .replicationInstances()
                .get(0)
                .replicationInstanceStatus()
                .equals("available")) {
            simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
        }
        return arn;
    }

    /** A valid create request selecting every table of schema public; tests change what they need. */
    public CreateReplicationTaskRequest.Builder taskRequest(String identifier, MigrationTypeValue type) {
        return CreateReplicationTaskRequest.builder()
                .replicationTaskIdentifier(identifier)
                .sourceEndpointArn(endpoints.sourceArn())
                .targetEndpointArn(endpoints.targetArn())
                .replicationInstanceArn(instanceArn())
                .migrationType(type)
                .tableMappings(ReplicationFixture.mapping("public", "%"));
    }

    public ReplicationTask create(String identifier, MigrationTypeValue type) {
        return dms.createReplicationTask(taskRequest(identifier, type).build()).replicationTask();
    }

    /** Creates a task and jumps the clock until it is ready. */
    public ReplicationTask createReady(String identifier, MigrationTypeValue type) {
        ReplicationTask task = create(identifier, type);
        return jumpUntilStatus(task.replicationTaskArn(), "ready");
    }

    public ReplicationTask describe(String taskArn) {
        return dms.describeReplicationTasks(
                        r -> r.filters(f -> f.name("replication-task-arn").values(taskArn)))
                .replicationTasks()
                .get(0);
    }

    public ReplicationTask start(String taskArn, String type) {
        return dms.startReplicationTask(r -> r.replicationTaskArn(taskArn).startReplicationTaskType(type))
                .replicationTask();
    }

    public ReplicationTask stop(String taskArn) {
        return dms.stopReplicationTask(r -> r.replicationTaskArn(taskArn)).replicationTask();
    }

    /** Jumps the clock from change to change until the task satisfies {@code condition}. */
    public ReplicationTask jumpUntil(String taskArn, Predicate<ReplicationTask> condition, String what) {
        return endpoints.jumpUntil(() -> describe(taskArn), condition, "task never reached " + what);
    }

    public ReplicationTask jumpUntilStatus(String taskArn, String status) {
        return jumpUntil(taskArn, t -> t.status().equals(status), "status " + status);
    }
}
