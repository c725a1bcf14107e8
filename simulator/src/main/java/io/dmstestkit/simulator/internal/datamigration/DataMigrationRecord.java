package io.dmstestkit.simulator.internal.datamigration;

import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import io.dmstestkit.simulator.internal.state.Described;
import io.dmstestkit.simulator.internal.state.NamedResource;
import io.dmstestkit.simulator.internal.state.Scheduled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;

/**
 * A stored data migration: what the user configured, its runs (oldest first; only the last can still
 * change) and the incidents armed for runs to come. Immutable; every change stores a new record.
 *
 * <p>A new data migration is {@code READY} at once: DMS takes a few seconds to create one, but a test that
 * creates and starts at the same virtual instant should not have to wait. The history still shows
 * {@code CREATING}.
 *
 * @param config the configured members of the SDK shape (name, ARN, project, type, settings…)
 * @param creation {@code CREATING} then {@code READY}, both at the creation time
 * @param pending incidents armed on the migration that have not struck a run yet
 */
record DataMigrationRecord(
        DataMigration config, PhaseTimeline creation, List<MigrationRun> runs, List<Incident> pending)
        implements Scheduled, NamedResource, Described {

    static final NamedKind<DataMigrationRecord> KIND = new NamedKind<>(
            DataMigrationRecord.class,
            "data migration",
            "data-migration",
            DataMigrationRecord::name,
            DataMigrationRecord::arn);

    DataMigrationRecord {
        runs = List.copyOf(runs);
        pending = List.copyOf(pending);
    }

    static DataMigrationRecord created(DataMigration config, Instant now) {
        PhaseTimeline creation =
                PhaseTimeline.startingAt(now, DataMigrationStatus.CREATING).then(DataMigrationStatus.READY, now);
        return new DataMigrationRecord(config, creation, List.of(), List.of());
    }

    @Override
    public String name() {
        return config.dataMigrationName();
    }

    @Override
    public String describedIn() {
        return "DataMigrations";
    }

    @Override
    public DataMigration describeAt(Instant now) {
        return DataMigrationView.render(this, now);
    }

    @Override
    public String arn() {
        return config.dataMigrationArn();
    }

    String projectArn() {
        return config.migrationProjectArn();
    }

    MigrationTypeValue type() {
        return config.dataMigrationType();
    }

    Optional<MigrationRun> currentRun() {
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    @Override
    public String statusAt(Instant now) {
        return currentRun().map(run -> run.statusAt(now)).orElseGet(() -> creation.statusAt(now));
    }

    /** Every status entered up to {@code now}, over all runs, oldest first. */
    List<PhaseTimeline.Phase> historyUntil(Instant now) {
        List<PhaseTimeline.Phase> history = new ArrayList<>(creation.historyUntil(now));
        runs.forEach(run -> history.addAll(run.timeline().historyUntil(now)));
        return history;
    }

    DataMigrationRecord withConfig(DataMigration newConfig) {
        return new DataMigrationRecord(newConfig, creation, runs, pending);
    }

    /** This migration with {@code run} started, and the pending incidents armed on it where they strike. */
    DataMigrationRecord started(MigrationRun run) {
        DataMigrationRecord withRun = new DataMigrationRecord(config, creation, append(runs, run), List.of());
        for (Incident incident : pending) {
            withRun = withRun.armed(incident, run.startedAt());
        }
        return withRun;
    }

    /** This migration with its current run stopped by the user at {@code now}. */
    DataMigrationRecord stoppedAt(Instant now) {
        MigrationRun run = currentRun().orElseThrow();
        return replacingCurrentRun(run.stoppedAt(now));
    }

    /**
     * This migration with {@code incident} armed: on the current run if it strikes there (not before
     * {@code now}), otherwise kept for the next run.
     */
    DataMigrationRecord armed(Incident incident, Instant now) {
        Optional<MigrationRun> armedRun = currentRun().flatMap(run -> run.arm(incident, now));
        if (armedRun.isEmpty()) {
            return new DataMigrationRecord(config, creation, runs, append(pending, incident));
        }
        return replacingCurrentRun(armedRun.get());
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        return currentRun().flatMap(run -> run.nextChangeAfter(now));
    }

    /** Replaces the current run; incidents the new version no longer has go back to pending. */
    private DataMigrationRecord replacingCurrentRun(MigrationRun replacement) {
        List<Incident> newPending = new ArrayList<>(pending);
        newPending.addAll(currentRun().orElseThrow().takenBackIn(replacement));
        List<MigrationRun> newRuns = new ArrayList<>(runs.subList(0, runs.size() - 1));
        newRuns.add(replacement);
        return new DataMigrationRecord(config, creation, newRuns, newPending);
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> appended = new ArrayList<>(list);
        appended.add(element);
        return appended;
    }
}
