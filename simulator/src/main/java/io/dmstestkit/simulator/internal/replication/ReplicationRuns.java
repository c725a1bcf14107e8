package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.progress.TableSelection;
import io.dmstestkit.simulator.internal.run.RunPlan;
import io.dmstestkit.simulator.internal.run.RunPlanner;
import io.dmstestkit.simulator.internal.run.StartOptions;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.ReplicationConfig;

/**
 * The serverless replication's side of planning a run: the tables its mapping selects now and the
 * capacity its compute config asks for. The run itself is the shared model's ({@link RunPlanner}).
 */
final class ReplicationRuns {

    private ReplicationRuns() {}

    static RunPlan plan(ReplicationRecord record, StartOptions options, OperationContext context) {
        ReplicationConfig config = record.config();
        List<TableSpec> tables = selectedTables(config, context);
        RunPlanner.CapacityNeed capacity = new RunPlanner.CapacityNeed(
                config.computeConfig(),
                () -> CapacityUnits.provisionedFor(
                        config.computeConfig(),
                        tables.stream().mapToLong(TableSpec::rows).sum()));
        return RunPlanner.plan(
                record.history(),
                options,
                config.replicationType(),
                tables,
                Optional.of(capacity),
                context.settings().timings(),
                context.now());
    }

    /** The tables the config's mapping selects among the account's declared (or the default) tables. */
    static List<TableSpec> selectedTables(ReplicationConfig config, OperationContext context) {
        SimulatorSettings settings = context.settings();
        return TableSelection.parse("TableMappings", config.tableMappings())
                .select(
                        context.account().declaredTables().values(),
                        settings.defaultTables(),
                        settings.defaultRowsPerTable());
    }
}
