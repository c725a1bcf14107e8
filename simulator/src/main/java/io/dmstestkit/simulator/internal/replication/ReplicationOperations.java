package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationConfigRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteReplicationConfigRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationConfigsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTableStatisticsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationsRequest;
import software.amazon.awssdk.services.databasemigration.model.ModifyReplicationConfigRequest;
import software.amazon.awssdk.services.databasemigration.model.ReloadReplicationTablesRequest;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationRequest;
import software.amazon.awssdk.services.databasemigration.model.StopReplicationRequest;

/**
 * Serverless replications: replication configs, starting, stopping, progress and table statistics.
 *
 * <p>Each config is stored with its replication as one {@link ReplicationRecord}; every run is planned when
 * it starts (a {@code RunPlan} of the shared run model) and read as a function of virtual time, so nothing
 * runs in the background. {@link Replications} is the way in for the rest of the simulator.
 */
public final class ReplicationOperations {

    private ReplicationOperations() {}

    public static void register(OperationRegistry registry) {
        registry.register(CreateReplicationConfigRequest.class, ConfigHandlers::create)
                .register(DescribeReplicationConfigsRequest.class, ConfigHandlers::describe)
                .register(ModifyReplicationConfigRequest.class, ConfigHandlers::modify)
                .register(DeleteReplicationConfigRequest.class, ConfigHandlers::delete)
                .register(StartReplicationRequest.class, RunHandlers::start)
                .register(StopReplicationRequest.class, RunHandlers::stop)
                .register(DescribeReplicationsRequest.class, RunHandlers::describe)
                .register(ReloadReplicationTablesRequest.class, RunHandlers::reload)
                .register(DescribeReplicationTableStatisticsRequest.class, TableStatisticsHandler::describe);
    }
}
