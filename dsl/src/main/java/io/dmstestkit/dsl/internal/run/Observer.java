package io.dmstestkit.dsl.internal.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.DataMigrationStatistics;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ReplicationStats;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * Reads a replication or data migration through the SDK, as user code would poll it, and records the
 * status for the run's history.
 */
public final class Observer {

    private final RunContext context;

    public Observer(RunContext context) {
        this.context = context;
    }

    public Observation observe(Handle handle, boolean withTables) {
        Observation observation = handle.isReplication() ? replication(handle, withTables) : dataMigration(handle);
        context.observed(handle.resource().name(), observation.status());
        return observation;
    }

    private Observation replication(Handle handle, boolean withTables) {
        DatabaseMigrationClient dms = context.session().client();
        List<Replication> found;
        try {
            found = dms.describeReplications(
                            r -> r.filters(f -> f.name("replication-config-arn").values(handle.arn())))
                    .replications();
        } catch (ResourceNotFoundException notStartedYet) {
            return Observation.notStarted();
        }
        if (found.isEmpty()) {
            return Observation.notStarted();
        }
        Replication replication = found.get(0);
        ReplicationStats stats = replication.replicationStats();
        return new Observation(
                replication.status(),
                replication.stopReason(),
                replication.failureMessages(),
                stats == null || stats.fullLoadProgressPercent() == null ? 0 : stats.fullLoadProgressPercent(),
                stats == null || stats.tablesLoaded() == null ? 0 : stats.tablesLoaded(),
                stats == null || stats.tablesErrored() == null ? 0 : stats.tablesErrored(),
                withTables ? tableStates(dms, handle.arn()) : Map.of(),
                context.session().cdcLatency(handle.arn()));
    }

    private static Map<String, String> tableStates(DatabaseMigrationClient dms, String configArn) {
        Map<String, String> states = new LinkedHashMap<>();
        try {
            for (var page : dms.describeReplicationTableStatisticsPaginator(r -> r.replicationConfigArn(configArn))) {
                for (TableStatistics table : page.replicationTableStatistics()) {
                    states.put(table.schemaName() + "." + table.tableName(), table.tableState());
                }
            }
        } catch (ResourceNotFoundException noStatisticsYet) {
            // before the first start there are no table statistics
        }
        return states;
    }

    private Observation dataMigration(Handle handle) {
        DatabaseMigrationClient dms = context.session().client();
        DataMigration migration = dms.describeDataMigrations(
                        r -> r.filters(f -> f.name("data-migration-arn").values(handle.arn())))
                .dataMigrations()
                .get(0);
        DataMigrationStatistics stats = migration.dataMigrationStatistics();
        return new Observation(
                migration.dataMigrationStatus(),
                migration.stopReason(),
                migration.lastFailureMessage() == null ? List.of() : List.of(migration.lastFailureMessage()),
                stats == null || stats.fullLoadPercentage() == null ? 0 : stats.fullLoadPercentage(),
                stats == null || stats.tablesLoaded() == null ? 0 : stats.tablesLoaded(),
                stats == null || stats.tablesErrored() == null ? 0 : stats.tablesErrored(),
                Map.of(),
                stats == null || stats.cdcLatency() == null
                        ? Optional.empty()
                        : Optional.of(java.time.Duration.ofSeconds(stats.cdcLatency())));
    }
}
