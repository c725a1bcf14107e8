package io.dmstestkit.simulator.internal.datamigration;

import static io.dmstestkit.simulator.internal.datamigration.DataMigrationRecord.KIND;

import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.run.RunPlan;
import io.dmstestkit.simulator.internal.run.RunPlanner;
import io.dmstestkit.simulator.internal.run.StartOptions;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.StartDataMigrationRequest;
import software.amazon.awssdk.services.databasemigration.model.StartDataMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationMigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskTypeValue;
import software.amazon.awssdk.services.databasemigration.model.StopDataMigrationRequest;
import software.amazon.awssdk.services.databasemigration.model.StopDataMigrationResponse;

/**
 * Starting and stopping data migrations. A start plans a whole run of the shared run model
 * ({@link RunPlanner}); a stop cuts it. The start types, as for classic tasks and serverless replications:
 *
 * <ul>
 *   <li>{@code start-replication}: the first run only (assumed, as DMS refuses it for tasks that ran);
 *   <li>{@code reload-target}: loads every selected table again, then replicates changes unless the type
 *       is {@code full-load};
 *   <li>{@code resume-processing}: loads the tables the last run had not completed (none for {@code cdc}),
 *       then replicates changes; refused for {@code full-load} migrations (InvalidOperationFault, assumed)
 *       and before the first run (InvalidResourceStateFault, assumed).
 * </ul>
 */
final class DataMigrationRunOperations {

    private DataMigrationRunOperations() {}

    static void register(OperationRegistry registry) {
        registry.register(StartDataMigrationRequest.class, DataMigrationRunOperations::start)
                .register(StopDataMigrationRequest.class, DataMigrationRunOperations::stop);
    }

    private static StartDataMigrationResponse start(StartDataMigrationRequest request, OperationContext context) {
        DataMigrationRecord record = KIND.require(context.account(), request.dataMigrationIdentifier());
        StartReplicationMigrationTypeValue startType = startType(request.startTypeAsString());
        String status = record.statusAt(context.now());
        if (!DataMigrationStatus.STARTABLE.contains(status)) {
            throw ServiceError.invalidResourceState("Data migration " + record.name() + " is " + status
                    + "; it can be started only when READY, STOPPED or FAILED");
        }
        RunPlan plan = RunPlanner.plan(
                record.runs(),
                StartOptions.of(StartReplicationTaskTypeValue.fromValue(startType.toString())),
                record.type(),
                tablesToLoad(record, startType, context),
                Optional.empty(),
                context.settings().timings(),
                context.now());
        DataMigrationRecord saved = KIND.store(context.account()).put(record.arn(), record.started(plan));
        return StartDataMigrationResponse.builder()
                .dataMigration(DataMigrationView.render(saved, context.now()))
                .build();
    }

    private static StopDataMigrationResponse stop(StopDataMigrationRequest request, OperationContext context) {
        DataMigrationRecord record = KIND.require(context.account(), request.dataMigrationIdentifier());
        String status = record.statusAt(context.now());
        if (!DataMigrationStatus.ACTIVE.contains(status)) {
            throw ServiceError.invalidResourceState("Data migration " + record.name() + " is " + status
                    + "; only a STARTING or RUNNING data migration can be stopped");
        }
        DataMigrationRecord saved = KIND.store(context.account()).put(record.arn(), record.stoppedAt(context.now()));
        return StopDataMigrationResponse.builder()
                .dataMigration(DataMigrationView.render(saved, context.now()))
                .build();
    }

    private static List<TableSpec> tablesToLoad(
            DataMigrationRecord record, StartReplicationMigrationTypeValue startType, OperationContext context) {
        boolean hasRun = record.currentRun().isPresent();
        if (startType == StartReplicationMigrationTypeValue.START_REPLICATION && hasRun) {
            throw ServiceError.invalidResourceState("Data migration " + record.name()
                    + " has run before; start it with resume-processing or reload-target");
        }
        if (startType == StartReplicationMigrationTypeValue.RESUME_PROCESSING) {
            if (record.type() == MigrationTypeValue.FULL_LOAD) {
                throw ServiceError.invalidOperation("Data migration " + record.name()
                        + " is full-load only; resume-processing applies to cdc and full-load-and-cdc."
                        + " Use reload-target to load the tables again");
            }
            if (!hasRun) {
                throw ServiceError.invalidResourceState(
                        "Data migration " + record.name() + " has never run; start it with start-replication");
            }
        }
        if (record.type() == MigrationTypeValue.CDC) {
            return List.of(); // a CDC-only data migration reports no tables (kept from before the shared model)
        }
        return MigrationTables.selected(
                record.config().dataMigrationSettings().selectionRules(), context.account(), context.settings());
    }

    private static StartReplicationMigrationTypeValue startType(String requested) {
        StartReplicationMigrationTypeValue type = StartReplicationMigrationTypeValue.fromValue(requested);
        if (type == null || type == StartReplicationMigrationTypeValue.UNKNOWN_TO_SDK_VERSION) {
            throw ServiceError.invalidParameterValue("Invalid StartType '" + requested
                    + "'. Valid values: start-replication | resume-processing | reload-target");
        }
        return type;
    }
}
