package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.assessment.ServerlessAssessments;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.run.RunStart;
import io.dmstestkit.simulator.internal.run.StartOptions;
import io.dmstestkit.simulator.internal.run.TableReloads;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationsResponse;
import software.amazon.awssdk.services.databasemigration.model.ReloadOptionValue;
import software.amazon.awssdk.services.databasemigration.model.ReloadReplicationTablesRequest;
import software.amazon.awssdk.services.databasemigration.model.ReloadReplicationTablesResponse;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationRequest;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationResponse;
import software.amazon.awssdk.services.databasemigration.model.StopReplicationRequest;
import software.amazon.awssdk.services.databasemigration.model.StopReplicationResponse;

/**
 * StartReplication, StopReplication, DescribeReplications and ReloadReplicationTables: the life of the
 * replication a config drives. Every config has a replication, {@code created} until its first start.
 *
 * <p>StopReplication and ReloadReplicationTables are accepted only while the status is {@code running}
 * (InvalidResourceStateFault otherwise, as documented). Tables to reload must be among the tables the mapping
 * selected (InvalidParameterValueException otherwise); {@code validate-only} needs validation enabled in the
 * ReplicationSettings, as the documentation says, and changes nothing else.
 */
final class RunHandlers {

    // Built once: the filters are fixed and only read after this (every poll used to build them anew).
    private static final Filters<ReplicationRecord> DESCRIBE_FILTERS = Replications.filters("DescribeReplications");

    private RunHandlers() {}

    static StartReplicationResponse start(StartReplicationRequest request, OperationContext context) {
        ReplicationRecord record = Replications.requireArn(context.account(), request.replicationConfigArn());
        StartOptions options = StartOptions.from(request, record.config().replicationType());
        RunStart start = RunStart.check(
                "Replication " + record.identifier(), "StartReplicationType", record.history(), options, context);
        ServerlessAssessments.PremigrationAssessment assessment =
                ServerlessAssessments.parse(context, record, request.premigrationAssessmentSettings());
        ReplicationRecord started = Replications.save(
                context.account(), record.withHistory(ReplicationRuns.start(start, record.config(), context)));
        if (assessment != null) {
            ServerlessAssessments.start(context, started, assessment);
            started = Replications.requireArn(context.account(), started.arn());
        }
        return StartReplicationResponse.builder()
                .replication(withAssessments(context, started))
                .build();
    }

    static StopReplicationResponse stop(StopReplicationRequest request, OperationContext context) {
        ReplicationRecord record = requireRunning(context, request.replicationConfigArn(), "stopped");
        ReplicationRecord stopped = Replications.save(
                context.account(), record.withHistory(record.history().stop(context.now())));
        return StopReplicationResponse.builder()
                .replication(withAssessments(context, stopped))
                .build();
    }

    static DescribeReplicationsResponse describe(DescribeReplicationsRequest request, OperationContext context) {
        Paging.Page<ReplicationRecord> page = DESCRIBE_FILTERS.page(
                Replications.store(context.account()),
                request.filters(),
                request.maxRecords(),
                request.marker(),
                "replications");
        List<Replication> replications = new ArrayList<>(page.items().size());
        for (ReplicationRecord record : page.items()) {
            replications.add(withAssessments(context, record));
        }
        return DescribeReplicationsResponse.builder()
                .replications(replications)
                .marker(page.nextMarker())
                .build();
    }

    static ReloadReplicationTablesResponse reload(ReloadReplicationTablesRequest request, OperationContext context) {
        ReloadOptionValue option = TableReloads.option(request.reloadOptionAsString());
        ReplicationRecord record = requireRunning(context, request.replicationConfigArn(), "reloaded");
        List<TableSpec> tables =
                TableReloads.tables(record.history(), request.tablesToReload(), "replication " + record.identifier());
        if (option == ReloadOptionValue.VALIDATE_ONLY) {
            if (!record.validationEnabled()) {
                throw ServiceError.invalidParameterValue("ReloadOption validate-only applies only when validation is"
                        + " enabled (ValidationSettings.EnableValidation in ReplicationSettings)");
            }
        } else {
            Replications.save(
                    context.account(), record.withHistory(record.history().reload(tables, context.now())));
        }
        return ReloadReplicationTablesResponse.builder()
                .replicationConfigArn(record.arn())
                .build();
    }

    /** The replication now, with the premigration assessment runs of its config. */
    private static Replication withAssessments(OperationContext context, ReplicationRecord record) {
        return ServerlessAssessments.withStatuses(
                context.account(), record.replicationAt(context.now()), context.now());
    }

    private static ReplicationRecord requireRunning(OperationContext context, String arn, String action) {
        ReplicationRecord record = Replications.requireArn(context.account(), arn);
        String status = record.statusAt(context.now());
        if (!status.equals(ReplicationStatus.RUNNING)) {
            throw ServiceError.invalidResourceState("Replication " + record.identifier() + " is " + status
                    + "; it can be " + action + " only while running");
        }
        return record;
    }
}
