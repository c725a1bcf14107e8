package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The runs of one replication config, oldest first, and the incidents waiting for a run in which they can
 * happen. Immutable: every change returns a new history.
 */
public final class RunHistory {

    private static final RunHistory EMPTY = new RunHistory(List.of(), List.of());

    private final List<Run> runs;
    private final List<Incident> waiting;

    private RunHistory(List<Run> runs, List<Incident> waiting) {
        this.runs = List.copyOf(runs);
        this.waiting = List.copyOf(waiting);
    }

    /** A replication that was never started. */
    public static RunHistory empty() {
        return EMPTY;
    }

    /** {@code created} until the first start, then the status of the latest run. */
    public String statusAt(Instant now) {
        return current().map(run -> run.statusAt(now)).orElse(ReplicationStatus.CREATED);
    }

    /** The statuses entered by {@code now}, run after run (without the initial {@code created}). */
    public List<PhaseTimeline.Phase> historyUntil(Instant now) {
        return runs.stream()
                .flatMap(run -> run.timeline().historyUntil(now).stream())
                .toList();
    }

    /** Incidents attached but not yet part of a run. */
    public List<Incident> waitingIncidents() {
        return waiting;
    }

    /**
     * This history with an incident attached at {@code now}: it joins the run under way if it can still happen
     * there, otherwise it waits for the next run.
     */
    public RunHistory withIncident(Incident incident, Instant now) {
        Optional<Run> joined = current().filter(run -> !run.isHaltedAt(now)).flatMap(run -> run.arm(incident, now));
        if (joined.isPresent()) {
            return replaceCurrent(joined.get());
        }
        List<Incident> stillWaiting = new ArrayList<>(waiting);
        stillWaiting.add(incident);
        return new RunHistory(runs, stillWaiting);
    }

    Optional<Run> current() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    List<Run> runs() {
        return runs;
    }

    /** Whether any run got as far as {@code running}: only then is there something to resume or reload. */
    boolean hasRunBy(Instant now) {
        return runs.stream().anyMatch(run -> run.reachedRunningBy(now));
    }

    /** A new run; the incidents waiting, and those the previous run ended too early for, try to join it. */
    RunHistory start(RunPlan plan) {
        List<Incident> candidates = new ArrayList<>(current().map(Run::unfired).orElse(List.of()));
        candidates.addAll(waiting);
        Run run = Run.start(plan);
        List<Incident> stillWaiting = new ArrayList<>();
        for (Incident incident : candidates) {
            Optional<Run> joined = run.arm(incident, plan.startedAt());
            if (joined.isPresent()) {
                run = joined.get();
            } else {
                stillWaiting.add(incident);
            }
        }
        List<Run> extended = new ArrayList<>(runs);
        extended.add(run);
        return new RunHistory(extended, stillWaiting);
    }

    RunHistory stop(Instant now) {
        return replaceCurrent(current().orElseThrow().stop(now));
    }

    RunHistory reload(List<TableSpec> tables, Instant now) {
        return replaceCurrent(current().orElseThrow().reload(tables, now));
    }

    /** When the latest run that is over ended (ReplicationLastStopTime). */
    Optional<Instant> lastStopTime(Instant now) {
        return latest(run -> run.endingBy(now).map(Ending::endedAt));
    }

    /** The latest checkpoint of any run, so that it survives into a run that has not reached CDC yet. */
    Optional<String> recoveryCheckpoint(Instant now) {
        return latest(run -> run.checkpointAt(now));
    }

    Optional<Instant> nextChangeAfter(Instant now) {
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
        return new RunHistory(replaced, waiting);
    }
}
