package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.progress.FullLoadPlan;
import io.dmstestkit.simulator.internal.progress.FullLoadPlan.TablePlan;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.ComputeConfig;
import software.amazon.awssdk.services.databasemigration.model.ProvisionData;

/**
 * One run, from its start to its end: the {@link RunPlan} plus what happened to it since (a user stop,
 * incidents, table reloads). Immutable: each change makes a new run whose timeline is the plan cut at the
 * earliest ending, with that ending's tail appended. Changes only ever take effect at or after the virtual
 * time they are made, so what a reader has seen never changes.
 */
public final class Run {

    /** An incident that joined this run, with the moment it happens. */
    record Armed(DmsIncident incident, Instant trigger) {}

    /** An incident of a given kind that has happened, and when. */
    public record Happened<T extends DmsIncident>(T incident, Instant at) {}

    private final RunPlan plan;
    private final List<Armed> incidents;
    private final List<FullLoadPlan> reloads;
    private final Optional<Instant> stopRequestedAt;
    private final Optional<Ending> ending;
    private final PhaseTimeline timeline;

    private Run(RunPlan plan, List<Armed> incidents, List<FullLoadPlan> reloads, Optional<Instant> stopRequestedAt) {
        this.plan = plan;
        this.incidents = List.copyOf(incidents);
        this.reloads = List.copyOf(reloads);
        this.stopRequestedAt = stopRequestedAt;
        this.ending = earliestEnding();
        this.timeline =
                ending.map(e -> e.appendTo(plan.timeline(), plan.kind())).orElse(plan.timeline());
    }

    static Run start(RunPlan plan) {
        return new Run(plan, List.of(), List.of(), Optional.empty());
    }

    /** This run stopped by the user at {@code at}. */
    Run stop(Instant at) {
        return new Run(plan, incidents, reloads, Optional.of(at));
    }

    /** This run with the incident joined from {@code from}; empty when the incident cannot happen in it. */
    Optional<Run> arm(DmsIncident incident, Instant from) {
        return Triggers.triggerIn(incident, plan, from)
                .map(trigger ->
                        new Run(plan, append(incidents, new Armed(incident, trigger)), reloads, stopRequestedAt));
    }

    /** This run reloading {@code tables} from {@code at}. */
    Run reload(List<TableSpec> tables, Instant at) {
        FullLoadPlan batch = FullLoadPlan.schedule(tables, at, plan.timings());
        return new Run(plan, incidents, append(reloads, batch), stopRequestedAt);
    }

    public RunPlan plan() {
        return plan;
    }

    public PhaseTimeline timeline() {
        return timeline;
    }

    public String statusAt(Instant now) {
        return timeline.statusAt(now);
    }

    /** The ending once the run is over (status stopped or failed). */
    public Optional<Ending> endingBy(Instant now) {
        return ending.filter(e -> e.isOverAt(now));
    }

    /** The ending once work has halted (status stopping, stopped or failed). */
    public Optional<Ending> haltedBy(Instant now) {
        return ending.filter(e -> e.hasHaltedAt(now));
    }

    public boolean isHaltedAt(Instant now) {
        return haltedBy(now).isPresent();
    }

    /** The moment progress is read at for {@code now}: progress freezes when work halts. */
    public Instant frozen(Instant now) {
        return ending.map(Ending::haltAt).filter(now::isAfter).orElse(now);
    }

    boolean reachedRunningBy(Instant now) {
        return timeline.historyUntil(now).stream()
                .anyMatch(p -> p.status().equals(plan.kind().running()));
    }

    /** Incidents that joined this run but did not happen because it ended first: they wait for the next run. */
    List<DmsIncident> unfired() {
        return ending.map(e -> incidents.stream()
                        .filter(a -> a.trigger().isAfter(e.haltAt()))
                        .map(Armed::incident)
                        .toList())
                .orElse(List.of());
    }

    /** The incidents of one kind that happened by {@code now}, in the order they happen. */
    public <T extends DmsIncident> List<Happened<T>> happened(Class<T> kind, Instant now) {
        if (incidents.isEmpty()) { // the usual run: every describe asks, nothing to filter
            return List.of();
        }
        Instant at = frozen(now);
        return incidents.stream()
                .filter(a -> kind.isInstance(a.incident()) && !a.trigger().isAfter(at))
                .sorted(Comparator.comparing(Armed::trigger))
                .map(a -> new Happened<>(kind.cast(a.incident()), a.trigger()))
                .toList();
    }

    /** The reload batches requested by {@code at}, oldest first. */
    List<FullLoadPlan> reloadsBy(Instant at) {
        return reloads.isEmpty()
                ? List.of()
                : reloads.stream().filter(r -> !r.start().isAfter(at)).toList();
    }

    /** Every selected table of this run at {@code now}, in selection order. */
    public List<TableView> tablesAt(Instant now) {
        return new RunTables(this, now);
    }

    /** The tables completed when the run ended: a resumed run does not load them again. */
    Map<String, TablePlan> completedTables() {
        Map<String, TablePlan> completed = new LinkedHashMap<>();
        if (ending.isEmpty()) {
            return completed;
        }
        for (TableView view : tablesAt(ending.get().endedAt())) {
            if (view.state().equals(TableView.COMPLETED) && view.loadStartedAt().isPresent()) {
                Instant start = view.loadStartedAt().get();
                completed.put(
                        view.table().qualifiedName(),
                        new TablePlan(
                                view.table(),
                                start,
                                start,
                                view.loadFinishedAt().orElse(start)));
            }
        }
        return completed;
    }

    /** CDC latency while changes are applied; empty before CDC starts, after work halts, and for full-load. */
    public Optional<Duration> cdcLatencyAt(Instant now) {
        Optional<Instant> start = plan.cdcStartAt();
        if (start.isEmpty() || now.isBefore(start.get()) || isHaltedAt(now)) {
            return Optional.empty();
        }
        Duration latency = CdcActivity.catchUpLatency(start.get(), now, plan.timings());
        for (Happened<DmsIncident.LatencySpike> spike : happened(DmsIncident.LatencySpike.class, now)) {
            if (now.isBefore(spike.incident().until())
                    && spike.incident().latency().compareTo(latency) > 0) {
                latency = spike.incident().latency();
            }
        }
        return Optional.of(latency);
    }

    /** The last checkpoint, once CDC has applied changes. */
    public Optional<String> checkpointAt(Instant now) {
        Instant at = frozen(now);
        return plan.cdcStartAt()
                .filter(start -> !at.isBefore(start))
                .map(start -> CdcActivity.checkpoint(plan.number(), at));
    }

    /** The ProvisionData at {@code now}; empty before provisioning and for kinds that provision nothing. */
    public Optional<ProvisionData> provisionDataAt(Instant now) {
        return plan.capacity().flatMap(capacity -> capacity.at(now, ending, plan.timings()));
    }

    /** When the capacity is (or will be) released after the run ended. */
    public Optional<Instant> deprovisionAt() {
        return plan.capacity().flatMap(capacity -> capacity.deprovisionAt(ending, plan.timings()));
    }

    /** This run's capacity, if a run starting at {@code now} with {@code compute} can use it as it is. */
    Optional<Capacity> reusableCapacity(Instant now, ComputeConfig compute) {
        return plan.capacity()
                .filter(capacity -> capacity.reusableAt(now, ending, plan.timings(), compute))
                .map(Capacity::reused);
    }

    /** The first moment after {@code now} at which anything readable changes by itself. */
    Optional<Instant> nextChangeAfter(Instant now) {
        // Plain loops: the manual clock asks this between every poll; the candidates are as before.
        Instant halt = ending.map(Ending::haltAt).orElse(Instant.MAX);
        NextChange next = new NextChange(now);
        plan.load().nextChangeAfter(now).ifPresent(t -> next.progress(t, halt));
        for (FullLoadPlan reload : reloads) {
            reload.nextChangeAfter(now).ifPresent(t -> next.progress(t, halt));
        }
        for (Armed armed : incidents) {
            next.progress(armed.trigger(), halt);
            if (armed.incident() instanceof DmsIncident.LatencySpike spike) {
                next.progress(spike.until(), halt);
            }
        }
        plan.cdcChanges().forEach(t -> next.progress(t, halt));
        for (PhaseTimeline.Phase phase : timeline.phases()) {
            next.consider(phase.enteredAt());
        }
        plan.capacity()
                .ifPresent(capacity -> capacity.changes(ending, plan.timings()).forEach(next::consider));
        return Optional.ofNullable(next.earliest);
    }

    /** The earliest moment after {@code now} among those considered. */
    private static final class NextChange {
        private final Instant now;
        private Instant earliest;

        NextChange(Instant now) {
            this.now = now;
        }

        /** Progress changes only count until work halts. */
        void progress(Instant at, Instant halt) {
            if (!at.isAfter(halt)) {
                consider(at);
            }
        }

        void consider(Instant at) {
            if (at.isAfter(now) && (earliest == null || at.isBefore(earliest))) {
                earliest = at;
            }
        }
    }

    /** Failures first, then the user's stop, then the plan's own endings: the earliest wins, ties in that order. */
    private Optional<Ending> earliestEnding() {
        List<Ending> candidates = new ArrayList<>();
        for (Armed armed : incidents) {
            Triggers.failure(armed.incident())
                    .ifPresent(failure ->
                            candidates.add(Ending.failure(failure.reason(), failure.message(), armed.trigger())));
        }
        stopRequestedAt.ifPresent(at ->
                candidates.add(Ending.stop(StopReason.NORMAL, at, plan.timings().stopping())));
        candidates.addAll(plan.plannedEndings());
        return candidates.stream().reduce((a, b) -> b.haltAt().isBefore(a.haltAt()) ? b : a);
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> extended = new ArrayList<>(list);
        extended.add(element);
        return extended;
    }
}
