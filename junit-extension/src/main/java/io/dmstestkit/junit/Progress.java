package io.dmstestkit.junit;

import io.dmstestkit.simulator.FailureMessage;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.DataMigrationStatistics;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ReplicationStats;

/**
 * What the assertions and waits look at in a replication or a data migration, in one shape: the two
 * report the same ideas under different names (status vs DataMigrationStatus, failure messages vs the
 * last failure message, full load percent vs percentage).
 */
record Progress(
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
        int tablesErrored) {

    static final String REPLICATION = "Replication";
    static final String DATA_MIGRATION = "Data migration";

    Progress {
        failureMessages = List.copyOf(failureMessages);
    }

    static Progress of(Replication replication) {
        ReplicationStats stats = replication.replicationStats();
        return new Progress(
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
                stats == null ? 0 : orZero(stats.tablesErrored()));
    }

    static Progress of(DataMigration migration) {
        DataMigrationStatistics stats = migration.dataMigrationStatistics();
        return new Progress(
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
                stats == null ? 0 : orZero(stats.tablesErrored()));
    }

    /** Nothing described (yet): no such resource, or DMS answered ResourceNotFound. */
    static Progress absent(String kind, String reference) {
        return new Progress(kind, reference, null, null, null, List.of(), 0, 0, 0, 0, 0);
    }

    boolean exists() {
        return status != null;
    }

    boolean hasStatus(String expected) {
        return status != null && status.equalsIgnoreCase(expected);
    }

    boolean failed() {
        return hasStatus("failed");
    }

    /** Whether the run is still on its way up: a status before running that it will leave by itself. */
    boolean starting() {
        return status != null
                && !hasStatus("running")
                && !hasStatus("stopped")
                && !hasStatus("failed")
                && !hasStatus("stopping")
                && !hasStatus("created")
                && !hasStatus("ready")
                && !hasStatus("deleting");
    }

    /** {@code Replication 'orders'}. */
    String title() {
        return kind + " '" + name + "'";
    }

    String statusText() {
        return status == null ? "(none described yet)" : status;
    }

    /** The lines every message about this resource ends with: its stop reason and failure messages, and which it is. */
    FailureMessage details(FailureMessage message) {
        return message.detail("stop reason", stopReason)
                .detail("failure messages", failureMessages.isEmpty() ? null : failureMessages)
                .detail(kind.toLowerCase(Locale.ROOT), arn);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
