package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.Timings;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.progress.FullLoadPlan.TablePlan;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import io.dmstestkit.simulator.internal.progress.TableSelection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationConfig;

/**
 * Plans a new run when StartReplication is accepted: the startup statuses from {@link Timings#startupPhases()}
 * (without {@code calculating_capacity} and {@code provisioning_capacity} when the previous run's capacity is
 * still provisioned and the compute config is unchanged), the tables the mapping selects at this moment,
 * and what of the full load is left to do.
 */
final class RunPlanner {

    private static final Set<String> CAPACITY_PHASES =
            Set.of(ReplicationStatus.CALCULATING_CAPACITY, ReplicationStatus.PROVISIONING_CAPACITY);

    /** The planned startup: its statuses and when capacity provisioning runs. */
    private record Startup(PhaseTimeline timeline, Instant provisioningFrom, Instant provisionedAt) {}

    private RunPlanner() {}

    static RunPlan plan(ReplicationRecord record, StartOptions options, OperationContext context) {
        Timings timings = context.settings().timings();
        Instant now = context.now();
        ReplicationConfig config = record.config();
        Optional<Run> previous = record.history().current();
        Optional<Capacity> reusable = previous.flatMap(run -> run.reusableCapacity(now, config.computeConfig()));
        Startup startup = startup(now, timings, reusable.isPresent());
        Instant runningAt =
                startup.timeline().enteredAt(ReplicationStatus.RUNNING).orElseThrow();
        List<TableSpec> tables = selectedTables(config, context);
        LoadProgress load = load(config.replicationType(), options, previous, tables, runningAt, timings);
        Capacity capacity = reusable.orElseGet(() -> Capacity.provision(
                CapacityUnits.provisionedFor(
                        config.computeConfig(),
                        tables.stream().mapToLong(TableSpec::rows).sum()),
                startup.provisioningFrom(),
                startup.provisionedAt(),
                config.computeConfig()));
        Instant freshStart = options.isFreshStart()
                ? now
                : previous.map(run -> run.plan().freshStartDate()).orElse(now);
        return new RunPlan(
                record.history().runs().size() + 1,
                options,
                config.replicationType(),
                now,
                freshStart,
                startup.timeline(),
                load,
                capacity,
                timings);
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

    private static LoadProgress load(
            MigrationTypeValue type,
            StartOptions options,
            Optional<Run> previous,
            List<TableSpec> tables,
            Instant runningAt,
            Timings timings) {
        if (type == MigrationTypeValue.CDC) {
            return LoadProgress.none(tables, runningAt);
        }
        Map<String, TablePlan> alreadyLoaded = options.isFreshStart()
                ? Map.of()
                : previous.map(Run::completedTables).orElse(Map.of());
        return LoadProgress.load(tables, alreadyLoaded, runningAt, timings);
    }

    private static Startup startup(Instant start, Timings timings, boolean capacityReady) {
        PhaseTimeline timeline = null;
        Instant at = start;
        Instant provisioningFrom = null;
        Instant provisionedAt = null;
        for (Map.Entry<String, Duration> phase : timings.startupPhases().entrySet()) {
            if (capacityReady && CAPACITY_PHASES.contains(phase.getKey())) {
                continue;
            }
            timeline =
                    timeline == null ? PhaseTimeline.startingAt(at, phase.getKey()) : timeline.then(phase.getKey(), at);
            boolean provisioning = phase.getKey().equals(ReplicationStatus.PROVISIONING_CAPACITY);
            provisioningFrom = provisioning ? at : provisioningFrom;
            at = at.plus(phase.getValue());
            provisionedAt = provisioning ? at : provisionedAt;
        }
        timeline = timeline == null
                ? PhaseTimeline.startingAt(at, ReplicationStatus.RUNNING)
                : timeline.then(ReplicationStatus.RUNNING, at);
        // Timings without a provisioning phase: capacity appears the moment the replication runs.
        return new Startup(
                timeline, provisioningFrom == null ? at : provisioningFrom, provisionedAt == null ? at : provisionedAt);
    }
}
