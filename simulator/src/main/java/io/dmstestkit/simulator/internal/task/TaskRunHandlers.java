package io.dmstestkit.simulator.internal.task;

import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.run.RunHistory;
import io.dmstestkit.simulator.internal.run.RunPlanner;
import io.dmstestkit.simulator.internal.run.RunStart;
import io.dmstestkit.simulator.internal.run.StartOptions;
import io.dmstestkit.simulator.internal.run.StartRules;
import io.dmstestkit.simulator.internal.run.TableReloads;
import io.dmstestkit.simulator.internal.run.TableView;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.DescribeTableStatisticsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeTableStatisticsResponse;
import software.amazon.awssdk.services.databasemigration.model.ReloadOptionValue;
import software.amazon.awssdk.services.databasemigration.model.ReloadTablesRequest;
import software.amazon.awssdk.services.databasemigration.model.ReloadTablesResponse;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskResponse;
import software.amazon.awssdk.services.databasemigration.model.StopReplicationTaskRequest;
import software.amazon.awssdk.services.databasemigration.model.StopReplicationTaskResponse;

/**
 * StartReplicationTask, StopReplicationTask, ReloadTables and DescribeTableStatistics: the runs of a task,
 * planned by the shared run model ({@link RunPlanner}) with the start rules every kind shares
 * ({@link StartRules}). A start needs the task's instance {@code available}; the CDC positions given on
 * create or modify apply when the start request gives none. Stop and reload are accepted only while the
 * task is {@code running} (InvalidResourceStateFault otherwise).
 */
final class TaskRunHandlers {

    private static final Filters<TableView> TABLE_FILTERS = Filters.<TableView>named("DescribeTableStatistics")
            .on("schema-name", t -> List.of(t.table().schema()))
            .on("table-name", t -> List.of(t.table().name()))
            .on("table-state", t -> List.of(t.state()));

    private TaskRunHandlers() {}

    static StartReplicationTaskResponse start(StartReplicationTaskRequest request, OperationContext context) {
        TaskRecord record = Tasks.requireArn(context.account(), request.replicationTaskArn());
        record.transientAt(context.now()).ifPresent(status -> {
            throw ServiceError.invalidResourceState("Replication task " + record.identifier() + " is " + status
                    + "; it can be started only when ready, stopped or failed");
        });
        StartOptions options = StartOptions.of(
                request.startReplicationTaskTypeAsString(),
                request.cdcStartTime(),
                Optional.ofNullable(request.cdcStartPosition())
                        .orElse(request.cdcStartTime() == null ? record.task().cdcStartPosition() : null),
                Optional.ofNullable(request.cdcStopPosition())
                        .orElse(record.task().cdcStopPosition()),
                record.migrationType());
        RunStart start = RunStart.check(
                "Replication task " + record.identifier(),
                "StartReplicationTaskType",
                record.history(),
                options,
                context);
        TaskHandlers.requireAvailableInstance(context, record.task().replicationInstanceArn());
        RunHistory started = start.run(
                record.migrationType(),
                RunStart.selectedTables(record.task().tableMappings(), context),
                Optional.empty());
        TaskRecord saved = Tasks.save(context.account(), record.withHistory(started), context.now());
        return StartReplicationTaskResponse.builder()
                .replicationTask(saved.taskAt(context.now()))
                .build();
    }

    static StopReplicationTaskResponse stop(StopReplicationTaskRequest request, OperationContext context) {
        TaskRecord record = requireRunning(context, request.replicationTaskArn(), "stopped");
        TaskRecord stopped = Tasks.save(
                context.account(), record.withHistory(record.history().stop(context.now())), context.now());
        return StopReplicationTaskResponse.builder()
                .replicationTask(stopped.taskAt(context.now()))
                .build();
    }

    static ReloadTablesResponse reload(ReloadTablesRequest request, OperationContext context) {
        ReloadOptionValue option = TableReloads.option(request.reloadOptionAsString());
        TaskRecord record = requireRunning(context, request.replicationTaskArn(), "reloaded");
        List<TableSpec> tables = TableReloads.tables(
                record.history(), request.tablesToReload(), "replication task " + record.identifier());
        if (option == ReloadOptionValue.VALIDATE_ONLY) {
            if (!record.validationEnabled()) {
                throw ServiceError.invalidParameterValue("ReloadOption validate-only applies only when validation is"
                        + " enabled (ValidationSettings.EnableValidation in ReplicationTaskSettings)");
            }
        } else {
            Tasks.save(
                    context.account(),
                    record.withHistory(record.history().reload(tables, context.now())),
                    context.now());
        }
        return ReloadTablesResponse.builder().replicationTaskArn(record.arn()).build();
    }

    static DescribeTableStatisticsResponse tableStatistics(
            DescribeTableStatisticsRequest request, OperationContext context) {
        TaskRecord record = Tasks.requireArn(context.account(), request.replicationTaskArn());
        if (record.history().current().isEmpty()) {
            throw ServiceError.invalidResourceState("Replication task " + record.identifier()
                    + " has not been started, so it has no table statistics yet");
        }
        List<TableView> tables =
                TABLE_FILTERS.applyOrNotFound(request.filters(), record.tablesAt(context.now()), "table statistics");
        Paging.Page<TableView> page =
                Paging.pageByIndex(tables, request.maxRecords(), Paging.TABLE_STATISTICS_MAX_RECORDS, request.marker());
        boolean validation = record.validationEnabled();
        return DescribeTableStatisticsResponse.builder()
                .replicationTaskArn(record.arn())
                .tableStatistics(
                        page.items().stream().map(t -> t.toSdk(validation)).toList())
                .marker(page.nextMarker())
                .build();
    }

    private static TaskRecord requireRunning(OperationContext context, String arn, String action) {
        TaskRecord record = Tasks.requireArn(context.account(), arn);
        String status = record.statusAt(context.now());
        if (!status.equals(TaskStatus.RUNNING)) {
            throw ServiceError.invalidResourceState("Replication task " + record.identifier() + " is " + status
                    + "; it can be " + action + " only while running");
        }
        return record;
    }
}
