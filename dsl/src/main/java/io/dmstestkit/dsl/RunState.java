package io.dmstestkit.dsl;

import io.dmstestkit.simulator.FailureMessage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.DataMigrationStatistics;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ReplicationStats;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskStats;

/**
 * One read of a replication or data migration, in one shape: the two report the same ideas under different
 * names (status vs DataMigrationStatus, failure messages vs the last failure message, full load percent vs
 * percentage). What waits, expectations and assertions look at, and what their messages show.
 *
 * <pre>{@code
 * RunState state = RunState.of(dms.describeReplications(...).replications().get(0));
 * state.hasStatus("running");
 * }</pre>
 *
 * @param kind {@link #REPLICATION}, {@link #DATA_MIGRATION}, {@link #REPLICATION_TASK} or
 *     {@link #REPLICATION_INSTANCE}
 * @param name the identifier or name messages use
 * @param status null while DMS describes nothing
 * @param tableStates table ({@code schema.table}) → TableState, when read; empty otherwise
 * @param cdcLatency where the target can tell
 */
@API(
        status = API.Status.INTERNAL,
        consumers = {"io.dmstestkit.junit", "io.dmstestkit.spock"})
public record RunState(
        String kind,
        String name,
        String arn,
        String status,
        String stopReason,
        List<String> failureMessages,
        int fullLoadPercent,
        int tablesLoaded,
        int tablesLoading,
        int tablesQueued,
        int tablesErrored,
        Map<String, String> tableStates,
        Optional<Duration> cdcLatency) {

    public static final String REPLICATION = "Replication";
    public static final String DATA_MIGRATION = "Data migration";
    public static final String REPLICATION_TASK = "Replication task";
    public static final String REPLICATION_INSTANCE = "Replication instance";

    public RunState {
        failureMessages = List.copyOf(failureMessages);
        tableStates = Map.copyOf(tableStates);
    }

    /** What DMS describes of a serverless replication. */
    public static RunState of(Replication replication) {
        ReplicationStats stats = replication.replicationStats();
        return new RunState(
                REPLICATION,
                replication.replicationConfigIdentifier(),
                replication.replicationConfigArn(),
                replication.status(),
                replication.stopReason(),
                replication.hasFailureMessages() ? replication.failureMessages() : List.of(),
                stats == null ? 0 : orZero(stats.fullLoadProgressPercent()),
                stats == null ? 0 : orZero(stats.tablesLoaded()),
                stats == null ? 0 : orZero(stats.tablesLoading()),
                stats == null ? 0 : orZero(stats.tablesQueued()),
                stats == null ? 0 : orZero(stats.tablesErrored()),
                Map.of(),
                Optional.empty());
    }

    /** What DMS describes of a classic replication task: its last failure message is its one failure message. */
    public static RunState of(ReplicationTask task) {
        ReplicationTaskStats stats = task.replicationTaskStats();
        return new RunState(
                REPLICATION_TASK,
                task.replicationTaskIdentifier(),
                task.replicationTaskArn(),
                task.status(),
                task.stopReason(),
                task.lastFailureMessage() == null ? List.of() : List.of(task.lastFailureMessage()),
                stats == null ? 0 : orZero(stats.fullLoadProgressPercent()),
                stats == null ? 0 : orZero(stats.tablesLoaded()),
                stats == null ? 0 : orZero(stats.tablesLoading()),
                stats == null ? 0 : orZero(stats.tablesQueued()),
                stats == null ? 0 : orZero(stats.tablesErrored()),
                Map.of(),
                Optional.empty());
    }

    /**
     * What DMS describes of a replication instance: a status and nothing of a run, so that waits for an
     * instance ({@code available}) go through the same engine and messages as waits for runs.
     */
    public static RunState of(ReplicationInstance instance) {
        return new RunState(
                REPLICATION_INSTANCE,
                instance.replicationInstanceIdentifier(),
                instance.replicationInstanceArn(),
                instance.replicationInstanceStatus(),
                null,
                List.of(),
                0,
                0,
                0,
                0,
                0,
                Map.of(),
                Optional.empty());
    }

    /** What DMS describes of a data migration, CDC latency included. */
    public static RunState of(DataMigration migration) {
        DataMigrationStatistics stats = migration.dataMigrationStatistics();
        return new RunState(
                DATA_MIGRATION,
                migration.dataMigrationName(),
                migration.dataMigrationArn(),
                migration.dataMigrationStatus(),
                migration.stopReason(),
                migration.lastFailureMessage() == null ? List.of() : List.of(migration.lastFailureMessage()),
                stats == null ? 0 : orZero(stats.fullLoadPercentage()),
                stats == null ? 0 : orZero(stats.tablesLoaded()),
                stats == null ? 0 : orZero(stats.tablesLoading()),
                stats == null ? 0 : orZero(stats.tablesQueued()),
                stats == null ? 0 : orZero(stats.tablesErrored()),
                Map.of(),
                stats == null || stats.cdcLatency() == null
                        ? Optional.empty()
                        : Optional.of(Duration.ofSeconds(stats.cdcLatency())));
    }

    /** Nothing described (yet): no such resource, not started, or DMS answered ResourceNotFound. */
    public static RunState absent(String kind, String reference) {
        return new RunState(kind, reference, null, null, null, List.of(), 0, 0, 0, 0, 0, Map.of(), Optional.empty());
    }

    /** The same read, with the table states read alongside. */
    public RunState withTableStates(Map<String, String> states) {
        return new RunState(
                kind,
                name,
                arn,
                status,
                stopReason,
                failureMessages,
                fullLoadPercent,
                tablesLoaded,
                tablesLoading,
                tablesQueued,
                tablesErrored,
                states,
                cdcLatency);
    }

    /** The same read, with a CDC latency the target knows (DMS reports a replication's only as a metric). */
    public RunState withCdcLatency(Optional<Duration> latency) {
        return new RunState(
                kind,
                name,
                arn,
                status,
                stopReason,
                failureMessages,
                fullLoadPercent,
                tablesLoaded,
                tablesLoading,
                tablesQueued,
                tablesErrored,
                tableStates,
                latency);
    }

    public boolean exists() {
        return status != null;
    }

    /** The status, ignoring case: a data migration's {@code RUNNING} is a replication's {@code running}. */
    public boolean hasStatus(String expected) {
        return status != null && status.equalsIgnoreCase(expected);
    }

    public boolean failed() {
        return hasStatus("failed");
    }

    /** Whether the run is still on its way up: a status before running that it will leave by itself. */
    public boolean starting() {
        return status != null
                && !hasStatus("running")
                && !hasStatus("stopped")
                && !hasStatus("failed")
                && !hasStatus("stopping")
                && !hasStatus("created")
                && !hasStatus("ready")
                && !hasStatus("deleting");
    }

    /** Whether it has not run (yet): nothing described, or described as created or ready. */
    public boolean notStarted() {
        return status == null || hasStatus("created") || hasStatus("ready");
    }

    /** {@code Replication 'orders'}. */
    public String title() {
        return kind + " '" + name + "'";
    }

    /** {@code running}, or {@code (none described yet)}. */
    public String statusText() {
        return status == null ? "(none described yet)" : status;
    }

    /** {@code status 'running'}, or {@code status (none described yet)}. */
    public String statusPhrase() {
        return "status " + (status == null ? statusText() : "'" + status + "'");
    }

    /** The lines every message about this run ends with: its stop reason and failure messages, and which it is. */
    public FailureMessage details(FailureMessage message) {
        return message.detail("stop reason", stopReason)
                .detail("failure messages", failureMessages.isEmpty() ? null : failureMessages)
                .detail(kind.toLowerCase(Locale.ROOT), arn);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
