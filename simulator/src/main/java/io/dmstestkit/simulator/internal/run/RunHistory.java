package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The runs of one resource (a replication config, a data migration, …), oldest first, and the incidents
 * waiting for a run in which they can happen. Immutable: every change returns a new history.
 *
 * <p>An incident planned on the resource joins the run under way when it can still happen there,
 * otherwise it waits for the first later run in which it can (a failure at 40% waits for a run that loads
 * past 40%; a provisioning failure for a run that provisions capacity). An incident that joined a run which
 * then ended before it happened waits again. History already seen never changes.
 */
public final class RunHistory {

    private final RunKind kind;
    private final List<Run> runs;
    private final List<DmsIncident> waiting;

    private RunHistory(RunKind kind, List<Run> runs, List<DmsIncident> waiting) {
        this.kind = kind;
        this.runs = List.copyOf(runs);
        this.waiting = List.copyOf(waiting);
    }

    /** A resource of {@code kind} that was never started. */
    public static RunHistory empty(RunKind kind) {
        return new RunHistory(kind, List.of(), List.of());
    }

    public RunKind kind() {
        return kind;
    }

    /** The kind's never-started status until the first start, then the status of the latest run. */
    public String statusAt(Instant now) {
        return current().map(run -> run.statusAt(now)).orElse(kind.neverStarted());
    }

    /** The statuses entered by {@code now}, run after run (without the never-started status). */
    public List<PhaseTimeline.Phase> historyUntil(Instant now) {
        if (runs.size() == 1) {
            return runs.get(0).timeline().historyUntil(now);
        }
        List<PhaseTimeline.Phase> history = new ArrayList<>();
        for (Run run : runs) {
            history.addAll(run.timeline().historyUntil(now));
        }
        return List.copyOf(history);
    }

    /**
     * Incidents planned that have not happened and are not due in the run under way: those waiting for a
     * run, and those the latest run ended too early for.
     */
    public List<DmsIncident> pendingIncidents() {
        List<DmsIncident> pending = new ArrayList<>(waiting);
        current().map(Run::unfired).ifPresent(pending::addAll);
        return pending;
    }

    /**
     * This history with an incident planned at {@code now}: it joins the run under way if it can still happen
     * there, otherwise it waits for the next run.
     */
    public RunHistory withIncident(DmsIncident incident, Instant now) {
        Optional<Run> joined = current().filter(run -> !run.isHaltedAt(now)).flatMap(run -> run.arm(incident, now));
        if (joined.isPresent()) {
            return replaceCurrent(joined.get());
        }
        List<DmsIncident> stillWaiting = new ArrayList<>(waiting);
        stillWaiting.add(incident);
        return new RunHistory(kind, runs, stillWaiting);
    }

    /** The latest run; empty before the first start. */
    public Optional<Run> current() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    /** Every run, oldest first. */
    public List<Run> runs() {
        return runs;
    }

    /** Whether any run got as far as running: only then is there something to resume or reload. */
    public boolean hasRunBy(Instant now) {
        return runs.stream().anyMatch(run -> run.reachedRunningBy(now));
    }

    /** A new run; the incidents waiting, and those the previous run ended too early for, try to join it. */
    public RunHistory start(RunPlan plan) {
        List<DmsIncident> candidates =
                new ArrayList<>(current().map(Run::unfired).orElse(List.of()));
        candidates.addAll(waiting);
        Run run = Run.start(plan);
        List<DmsIncident> stillWaiting = new ArrayList<>();
        for (DmsIncident incident : candidates) {
            Optional<Run> joined = run.arm(incident, plan.startedAt());
            if (joined.isPresent()) {
                run = joined.get();
            } else {
                stillWaiting.add(incident);
            }
        }
        List<Run> extended = new ArrayList<>(runs);
        extended.add(run);
        return new RunHistory(kind, extended, stillWaiting);
    }

    /** The latest run stopped by the user at {@code now}. */
    public RunHistory stop(Instant now) {
        return replaceCurrent(current().orElseThrow().stop(now));
    }

    /** The latest run reloading {@code tables} from {@code now}. */
    public RunHistory reload(List<TableSpec> tables, Instant now) {
        return replaceCurrent(current().orElseThrow().reload(tables, now));
    }

    /** When the latest run that is over ended. */
    public Optional<Instant> lastStopTime(Instant now) {
        return latest(run -> run.endingBy(now).map(Ending::endedAt));
    }

    /** The ending of the latest run that has halted by {@code now}: the reason the resource last stopped. */
    public Optional<Ending> lastHaltBy(Instant now) {
        return latest(run -> run.haltedBy(now));
    }

    /** The latest checkpoint of any run, so that it survives into a run that has not reached CDC yet. */
    public Optional<String> recoveryCheckpoint(Instant now) {
        return latest(run -> run.checkpointAt(now));
    }

    /** The latest failure or table error that happened by {@code now}, over all runs. */
    public Optional<Run.Happened<DmsIncident>> lastFailureBy(Instant now) {
        return latest(run -> run.happened(DmsIncident.class, now).stream()
                .filter(h -> h.incident() instanceof DmsIncident.TableError
                        || Triggers.failure(h.incident()).isPresent())
                .reduce((first, second) -> second));
    }

    public Optional<Instant> nextChangeAfter(Instant now) {
        return current().flatMap(run -> run.nextChangeAfter(now));
    }

    /** The value of the latest run that has one. */
    private <T> Optional<T> latest(Function<Run, Optional<T>> value) {
        for (int i = runs.size() - 1; i >= 0; i--) {
            Optional<T> found = value.apply(runs.get(i));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private RunHistory replaceCurrent(Run run) {
        List<Run> replaced = new ArrayList<>(runs);
        replaced.set(replaced.size() - 1, run);
        return new RunHistory(kind, replaced, waiting);
    }
}
