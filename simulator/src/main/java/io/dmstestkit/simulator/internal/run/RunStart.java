package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.progress.TableSelection;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;

/**
 * The start step a replication and a classic task share, in the order both follow: the shared
 * {@link StartRules} first, then the kind's own checks (between {@link #check} and {@link #run}), then the
 * plan over the tables the mapping selects now, and the history with the new run.
 *
 * <pre>{@code
 * RunStart start = RunStart.check("Replication task orders", "StartReplicationTaskType", history, options, context);
 * requireAvailableInstance(...);
 * RunHistory started = start.run(migrationType, RunStart.selectedTables(mappings, context), Optional.empty());
 * }</pre>
 *
 * @param history the history before the start, which the start rules accepted
 */
public record RunStart(RunHistory history, StartOptions options, OperationContext context) {

    /**
     * @param name how messages name the resource, e.g. {@code Replication orders}
     * @param typeMember the request member that carries the start type, e.g. {@code StartReplicationType}
     */
    public static RunStart check(
            String name, String typeMember, RunHistory history, StartOptions options, OperationContext context) {
        StartRules.check(name, typeMember, history, options, context.now());
        return new RunStart(history, options, context);
    }

    /** Plans the run and returns the history that holds it. */
    public RunHistory run(MigrationTypeValue type, List<TableSpec> tables, Optional<RunPlanner.CapacityNeed> capacity) {
        return history.start(RunPlanner.plan(
                history, options, type, tables, capacity, context.settings().timings(), context.now()));
    }

    /** The tables a mapping selects among the account's declared (or the default) tables. */
    public static List<TableSpec> selectedTables(String tableMappings, OperationContext context) {
        SimulatorSettings settings = context.settings();
        return TableSelection.parse("TableMappings", tableMappings)
                .select(
                        context.account().declaredTables().values(),
                        settings.defaultTables(),
                        settings.defaultRowsPerTable());
    }
}
