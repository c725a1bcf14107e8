package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.Timings;
import io.dmstestkit.simulator.internal.progress.FullLoadPlan.TablePlan;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import software.amazon.awssdk.services.databasemigration.model.ComputeConfig;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;

/**
 * Plans a new run when a start is accepted: the startup statuses of its {@link RunKind} (without the
 * capacity phases when the previous run's capacity is still provisioned and the compute config is
 * unchanged), the tables selected at this moment, and what of the full load is left to do (a resume loads
 * only the tables the previous run had not completed).
 *
 * <pre>{@code
 * RunPlan plan = RunPlanner.plan(history, options, MigrationTypeValue.FULL_LOAD_AND_CDC, tables,
 *     Optional.empty(), timings, now);
 * RunHistory started = history.start(plan);
 * }</pre>
 */
public final class RunPlanner {

    /**
     * The capacity a kind that provisions wants for a run.
     *
     * @param units how many capacity units to provision when nothing can be reused, computed only then
     */
    public record CapacityNeed(ComputeConfig compute, IntSupplier units) {}

    /** The planned startup: its statuses and when capacity provisioning runs. */
    private record Startup(PhaseTimeline timeline, Instant provisioningFrom, Instant provisionedAt) {}

    private RunPlanner() {}

    /**
     * The plan of the next run of {@code history}.
     *
     * @param tables the tables selected now; a {@code cdc} run loads none of them
     * @param capacity what to provision, for kinds that provision capacity
     */
    public static RunPlan plan(
            RunHistory history,
            StartOptions options,
            MigrationTypeValue type,
            List<TableSpec> tables,
            Optional<CapacityNeed> capacity,
            Timings timings,
            Instant now) {
        RunKind kind = history.kind();
        Optional<Run> previous = history.current();
        Optional<Capacity> reusable =
                capacity.flatMap(need -> previous.flatMap(run -> run.reusableCapacity(now, need.compute())));
        Startup startup = startup(kind, now, timings, reusable.isPresent());
        Instant runningAt = startup.timeline().enteredAt(kind.running()).orElseThrow();
        LoadProgress load = load(type, options, previous, tables, runningAt, timings);
        Optional<Capacity> planned = capacity.map(need -> reusable.orElseGet(() -> Capacity.provision(
                need.units().getAsInt(), startup.provisioningFrom(), startup.provisionedAt(), need.compute())));
        Instant freshStart = options.isFreshStart()
                ? now
                : previous.map(run -> run.plan().freshStartDate()).orElse(now);
        return new RunPlan(
                kind,
                history.runs().size() + 1,
                options,
                type,
                now,
                freshStart,
                startup.timeline(),
                load,
                planned,
                timings);
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

    private static Startup startup(RunKind kind, Instant start, Timings timings, boolean capacityReady) {
        PhaseTimeline timeline = null;
        Instant at = start;
        Instant provisioningFrom = null;
        Instant provisionedAt = null;
        for (Map.Entry<String, Duration> phase : kind.startup().apply(timings).entrySet()) {
            if (capacityReady && kind.capacityPhases().contains(phase.getKey())) {
                continue;
            }
            timeline =
                    timeline == null ? PhaseTimeline.startingAt(at, phase.getKey()) : timeline.then(phase.getKey(), at);
            boolean provisioning =
                    kind.provisioningPhase().filter(phase.getKey()::equals).isPresent();
            provisioningFrom = provisioning ? at : provisioningFrom;
            at = at.plus(phase.getValue());
            provisionedAt = provisioning ? at : provisionedAt;
        }
        timeline = timeline == null ? PhaseTimeline.startingAt(at, kind.running()) : timeline.then(kind.running(), at);
        // Timings without a provisioning phase: capacity appears the moment the run is running.
        return new Startup(
                timeline, provisioningFrom == null ? at : provisioningFrom, provisionedAt == null ? at : provisionedAt);
    }
}
