package io.dmstestkit.simulator.internal.datamigration;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import io.dmstestkit.simulator.internal.run.Run;
import io.dmstestkit.simulator.internal.run.RunHistory;
import io.dmstestkit.simulator.internal.run.RunPlan;
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
 * A stored data migration: what the user configured and its runs with the incidents planned on them (one
 * {@link RunHistory} of the shared run model). Immutable; every change stores a new record.
 *
 * <p>A new data migration is {@code READY} at once: DMS takes a few seconds to create one, but a test that
 * creates and starts at the same virtual instant should not have to wait. The history still shows
 * {@code CREATING}.
 *
 * @param config the configured members of the SDK shape (name, ARN, project, type, settings…)
 * @param creation {@code CREATING} then {@code READY}, both at the creation time
 * @param runs the runs and the incidents waiting for one
 */
record DataMigrationRecord(DataMigration config, PhaseTimeline creation, RunHistory runs)
        implements Scheduled, NamedResource, Described {

    static final NamedKind<DataMigrationRecord> KIND = new NamedKind<>(
            DataMigrationRecord.class,
            "data migration",
            "data-migration",
            DataMigrationRecord::name,
            DataMigrationRecord::arn);

    static DataMigrationRecord created(DataMigration config, Instant now) {
        PhaseTimeline creation =
                PhaseTimeline.startingAt(now, DataMigrationStatus.CREATING).then(DataMigrationStatus.READY, now);
        return new DataMigrationRecord(config, creation, RunHistory.empty(DataMigrationStatus.KIND));
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

    Optional<Run> currentRun() {
        return runs.current();
    }

    @Override
    public String statusAt(Instant now) {
        return currentRun().isPresent() ? runs.statusAt(now) : creation.statusAt(now);
    }

    /** Every status entered up to {@code now}, over all runs, oldest first. */
    List<PhaseTimeline.Phase> historyUntil(Instant now) {
        List<PhaseTimeline.Phase> history = new ArrayList<>(creation.historyUntil(now));
        history.addAll(runs.historyUntil(now));
        return history;
    }

    DataMigrationRecord withConfig(DataMigration newConfig) {
        return new DataMigrationRecord(newConfig, creation, runs);
    }

    /** This migration with a run planned as {@code plan} started; waiting incidents join it where they can. */
    DataMigrationRecord started(RunPlan plan) {
        return withRuns(runs.start(plan));
    }

    /** This migration with its current run stopped by the user at {@code now}. */
    DataMigrationRecord stoppedAt(Instant now) {
        return withRuns(runs.stop(now));
    }

    /** This migration with {@code incident} planned at {@code now}: on the current run or a later one. */
    DataMigrationRecord armed(DmsIncident incident, Instant now) {
        return withRuns(runs.withIncident(incident, now));
    }

    /** The incidents planned that have not happened and are not due in the run under way. */
    List<DmsIncident> pending() {
        return runs.pendingIncidents();
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        return runs.nextChangeAfter(now);
    }

    private DataMigrationRecord withRuns(RunHistory changed) {
        return new DataMigrationRecord(config, creation, changed);
    }
}
