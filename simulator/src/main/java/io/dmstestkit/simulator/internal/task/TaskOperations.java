package io.dmstestkit.simulator.internal.task;

import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTasksRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeTableStatisticsRequest;
import software.amazon.awssdk.services.databasemigration.model.ModifyReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.MoveReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.ReloadTablesRequest;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.StopReplicationTaskRequest;

/**
 * Classic replication tasks: a thin adapter over the shared run model ({@code internal.run}). Each task is
 * one {@link TaskRecord} (its {@code ReplicationTask} members and a {@code RunHistory}); every run is
 * planned when it starts and read as a function of virtual time. {@link Tasks} is the way in for the rest
 * of the simulator.
 */
public final class TaskOperations {

    private TaskOperations() {}

    public static void register(OperationRegistry registry) {
        registry.register(CreateReplicationTaskRequest.class, TaskHandlers::create)
                .register(DescribeReplicationTasksRequest.class, TaskHandlers::describe)
                .register(ModifyReplicationTaskRequest.class, TaskHandlers::modify)
                .register(MoveReplicationTaskRequest.class, TaskHandlers::move)
                .register(DeleteReplicationTaskRequest.class, TaskHandlers::delete)
                .register(StartReplicationTaskRequest.class, TaskRunHandlers::start)
                .register(StopReplicationTaskRequest.class, TaskRunHandlers::stop)
                .register(ReloadTablesRequest.class, TaskRunHandlers::reload)
                .register(DescribeTableStatisticsRequest.class, TaskRunHandlers::tableStatistics);
    }
}
