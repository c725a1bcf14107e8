package io.dmstestkit.simulator.internal.task;

import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.progress.TableSelection;
import io.dmstestkit.simulator.internal.run.RunPlan;
import io.dmstestkit.simulator.internal.run.RunPlanner;
import io.dmstestkit.simulator.internal.run.StartOptions;
import io.dmstestkit.simulator.internal.run.StartRules;
import io.dmstestkit.simulator.internal.run.TableView;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import java.util.ArrayList;
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
import software.amazon.awssdk.services.databasemigration.model.TableToReload;

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
        StartRules.check(
                "Replication task " + record.identifier(),
                "StartReplicationTaskType",
                record.history(),
                options,
                context.now());
        TaskHandlers.requireAvailableInstance(context, record.task().replicationInstanceArn());
        RunPlan plan = RunPlanner.plan(
                record.history(),
                options,
                record.migrationType(),
                selectedTables(record, context),
                Optional.empty(),
                context.settings().timings(),
                context.now());
        TaskRecord started = Tasks.save(
                context.account(), record.withHistory(record.history().start(plan)), context.now());
        return StartReplicationTaskResponse.builder()
                .replicationTask(started.taskAt(context.now()))
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
        ReloadOptionValue option = reloadOption(request.reloadOptionAsString());
        TaskRecord record = requireRunning(context, request.replicationTaskArn(), "reloaded");
        List<TableSpec> tables = selected(record, request.tablesToReload());
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
        Paging.Page<TableView> page = Paging.pageByIndex(tables, request.maxRecords(), request.marker());
        boolean validation = record.validationEnabled();
        return DescribeTableStatisticsResponse.builder()
                .replicationTaskArn(record.arn())
                .tableStatistics(
                        page.items().stream().map(t -> t.toSdk(validation)).toList())
                .marker(page.nextMarker())
                .build();
    }

    /** The tables the task's mapping selects among the account's declared (or the default) tables. */
    private static List<TableSpec> selectedTables(TaskRecord record, OperationContext context) {
        SimulatorSettings settings = context.settings();
        return TableSelection.parse("TableMappings", record.task().tableMappings())
                .select(
                        context.account().declaredTables().values(),
                        settings.defaultTables(),
                        settings.defaultRowsPerTable());
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

    private static ReloadOptionValue reloadOption(String requested) {
        if (requested == null) {
            return ReloadOptionValue.DATA_RELOAD;
        }
        ReloadOptionValue option = ReloadOptionValue.fromValue(requested);
        if (option == ReloadOptionValue.UNKNOWN_TO_SDK_VERSION) {
            throw ServiceError.invalidParameterValue(
                    "Invalid ReloadOption '" + requested + "'. Valid values: data-reload | validate-only");
        }
        return option;
    }

    private static List<TableSpec> selected(TaskRecord record, List<TableToReload> requested) {
        if (requested.isEmpty()) {
            throw ServiceError.invalidParameterValue("TablesToReload must name at least one table");
        }
        List<TableSpec> running =
                record.history().current().orElseThrow().plan().load().tables();
        List<TableSpec> tables = new ArrayList<>();
        for (TableToReload wanted : requested) {
            TableSpec table = running.stream()
                    .filter(t -> t.schema().equalsIgnoreCase(wanted.schemaName())
                            && t.name().equalsIgnoreCase(wanted.tableName()))
                    .findFirst()
                    .orElseThrow(() -> ServiceError.invalidParameterValue("Table " + wanted.schemaName() + "."
                            + wanted.tableName() + " is not selected by the table mappings of replication task "
                            + record.identifier()));
            if (!tables.contains(table)) {
                tables.add(table);
            }
        }
        return tables;
    }
}
