package io.dmstestkit.dsl.internal.await;

import io.dmstestkit.dsl.RunAwait;
import io.dmstestkit.dsl.RunState;
import io.dmstestkit.dsl.model.SchemaRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.Filter;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.model.SchemaConversionRequest;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/** Reads replications and data migrations through the SDK client, as the code under test would poll them. */
public final class Readers {

    private Readers() {}

    /** The replication of a config, by ARN or identifier. */
    public static RunAwait.Reader<Replication> replication(DatabaseMigrationClient client, String configArnOrId) {
        String filter = configArnOrId.startsWith("arn:") ? "replication-config-arn" : "replication-config-id";
        return reader(
                RunState.REPLICATION,
                configArnOrId,
                () -> first(client.describeReplications(
                                r -> r.filters(f -> f.name(filter).values(configArnOrId)))
                        .replications()),
                RunState::of,
                null);
    }

    /** A data migration, by ARN or name. */
    public static RunAwait.Reader<DataMigration> dataMigration(DatabaseMigrationClient client, String arnOrName) {
        String filter = arnOrName.startsWith("arn:") ? "data-migration-arn" : "data-migration-name";
        return reader(
                RunState.DATA_MIGRATION,
                arnOrName,
                () -> first(client.describeDataMigrations(
                                r -> r.filters(f -> f.name(filter).values(arnOrName)))
                        .dataMigrations()),
                RunState::of,
                null);
    }

    /** A classic replication task, by ARN or identifier. */
    public static RunAwait.Reader<ReplicationTask> replicationTask(DatabaseMigrationClient client, String arnOrId) {
        String filter = arnOrId.startsWith("arn:") ? "replication-task-arn" : "replication-task-id";
        return reader(
                RunState.REPLICATION_TASK,
                arnOrId,
                () -> first(client.describeReplicationTasks(r ->
                                r.filters(f -> f.name(filter).values(arnOrId)).withoutSettings(true))
                        .replicationTasks()),
                RunState::of,
                null);
    }

    /** A replication instance, by ARN or identifier. */
    public static RunAwait.Reader<ReplicationInstance> replicationInstance(
            DatabaseMigrationClient client, String arnOrId) {
        String filter = arnOrId.startsWith("arn:") ? "replication-instance-arn" : "replication-instance-id";
        return reader(
                RunState.REPLICATION_INSTANCE,
                arnOrId,
                () -> first(client.describeReplicationInstances(
                                r -> r.filters(f -> f.name(filter).values(arnOrId)))
                        .replicationInstances()),
                RunState::of,
                null);
    }

    /** Which table states a read asks for: none, every table's, or one table's. */
    public record Tables(boolean read, String only) {
        public static final Tables NONE = new Tables(false, null);
        public static final Tables ALL = new Tables(true, null);

        /** Only {@code schema.table}: one filtered page per poll however many tables the run has. */
        public static Tables only(String table) {
            return new Tables(true, table);
        }
    }

    /**
     * A replication read as a scenario reads it: with the table states asked for, the CDC latency the
     * target knows, and status {@code created} before its first start (its config exists).
     */
    public static RunAwait.Reader<Replication> scenarioReplication(
            DatabaseMigrationClient client, String configArn, Tables tables, Supplier<Optional<Duration>> cdcLatency) {
        RunAwait.Reader<Replication> plain = replication(client, configArn);
        return reader(
                RunState.REPLICATION,
                configArn,
                plain::read,
                replication -> {
                    RunState state = plain.state(replication).withCdcLatency(cdcLatency.get());
                    return tables.read() ? state.withTableStates(tableStates(client, configArn, tables.only())) : state;
                },
                notStarted(RunState.REPLICATION, configArn));
    }

    /**
     * A classic replication task read as a scenario reads it: with the table states asked for (from
     * DescribeTableStatistics, none before its first start) and the CDC latency the target knows.
     */
    public static RunAwait.Reader<ReplicationTask> scenarioTask(
            DatabaseMigrationClient client, String taskArn, Tables tables, Supplier<Optional<Duration>> cdcLatency) {
        RunAwait.Reader<ReplicationTask> plain = replicationTask(client, taskArn);
        return reader(
                RunState.REPLICATION_TASK,
                taskArn,
                plain::read,
                task -> {
                    RunState state = plain.state(task).withCdcLatency(cdcLatency.get());
                    return tables.read()
                            ? state.withTableStates(taskTableStates(client, taskArn, tables.only()))
                            : state;
                },
                null);
    }

    /** The table states of a task, as {@link #tableStates} reads a replication's. */
    static Map<String, String> taskTableStates(DatabaseMigrationClient client, String taskArn, String only) {
        Map<String, String> states = new LinkedHashMap<>();
        try {
            for (var page : client.describeTableStatisticsPaginator(
                    r -> r.replicationTaskArn(taskArn).filters(tableFilters(only)))) {
                for (TableStatistics table : page.tableStatistics()) {
                    states.put(table.schemaName() + "." + table.tableName(), table.tableState());
                }
            }
        } catch (ResourceNotFoundException | InvalidResourceStateException noStatisticsYet) {
            // a task that never started has no table statistics; a filter matching no table, none either
        }
        return states;
    }

    /** A data migration read as a scenario reads it: status {@code created} before its first start. */
    public static RunAwait.Reader<DataMigration> scenarioDataMigration(DatabaseMigrationClient client, String arn) {
        RunAwait.Reader<DataMigration> plain = dataMigration(client, arn);
        return reader(
                RunState.DATA_MIGRATION, arn, plain::read, plain::state, notStarted(RunState.DATA_MIGRATION, arn));
    }

    /** The state a scenario reports for a resource it created but DMS does not describe (yet). */
    static RunState notStarted(String kind, String reference) {
        return new RunState(
                kind, reference, null, "created", null, List.of(), 0, 0, 0, 0, 0, Map.of(), Optional.empty());
    }

    /**
     * The table states of a replication: of every table (paginated), or of one, filtered by schema and
     * name, so that a wait for one table among 40,000 reads one small page per poll, not all of them.
     */
    static Map<String, String> tableStates(DatabaseMigrationClient client, String configArn, String only) {
        List<Filter> filters = tableFilters(only);
        Map<String, String> states = new LinkedHashMap<>();
        try {
            for (var page : client.describeReplicationTableStatisticsPaginator(
                    r -> r.replicationConfigArn(configArn).filters(filters))) {
                for (TableStatistics table : page.replicationTableStatistics()) {
                    states.put(table.schemaName() + "." + table.tableName(), table.tableState());
                }
            }
        } catch (ResourceNotFoundException noStatisticsYet) {
            // before the first start there are no table statistics; a filter matching no table, none either
        }
        return states;
    }

    /** The filters selecting one table ({@code schema.table}), or none for every table (null). */
    private static List<Filter> tableFilters(String only) {
        List<Filter> filters = new ArrayList<>();
        if (only != null) {
            int dot = only.indexOf('.');
            if (dot > 0) {
                filters.add(Filter.builder()
                        .name("schema-name")
                        .values(only.substring(0, dot))
                        .build());
            }
            filters.add(Filter.builder()
                    .name("table-name")
                    .values(only.substring(dot + 1))
                    .build());
        }
        return filters.isEmpty() ? null : filters;
    }

    /** A reader; {@code absent} is what a read that finds nothing reports, null for no status. */
    private static <T> RunAwait.Reader<T> reader(
            String kind, String reference, Supplier<Optional<T>> read, Function<T, RunState> state, RunState absent) {
        return new RunAwait.Reader<>() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public String reference() {
                return reference;
            }

            @Override
            public Optional<T> read() {
                try {
                    return read.get();
                } catch (ResourceNotFoundException notThereYet) {
                    return Optional.empty();
                }
            }

            @Override
            public RunState state(T value) {
                return state.apply(value);
            }

            @Override
            public RunState absent() {
                return absent != null ? absent : RunState.absent(kind, reference);
            }
        };
    }

    private static <T> Optional<T> first(List<T> found) {
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * A schema-conversion request of a migration project, read with the {@code Describe…} twin of the
     * operation that started it, filtered by its request id; its error message is its one failure message.
     */
    public static RunAwait.Reader<SchemaConversionRequest> schemaRequest(
            DatabaseMigrationClient client, String project, SchemaRequest kind, String requestId, String title) {
        String label = "Metadata-model " + kind.words();
        return reader(
                label,
                title,
                () -> first(describe(client, project, kind, requestId)),
                request -> new RunState(
                        label,
                        title,
                        request.migrationProjectArn(),
                        request.status(),
                        null,
                        request.error() == null || request.error().defaultErrorDetails() == null
                                ? List.of()
                                : List.of(request.error().defaultErrorDetails().message()),
                        0,
                        0,
                        0,
                        0,
                        0,
                        Map.of(),
                        Optional.empty()),
                null);
    }

    private static List<SchemaConversionRequest> describe(
            DatabaseMigrationClient client, String project, SchemaRequest kind, String requestId) {
        Filter byId = Filter.builder().name("request-id").values(requestId).build();
        return switch (kind) {
            case IMPORT ->
                client.describeMetadataModelImports(
                                r -> r.migrationProjectIdentifier(project).filters(byId))
                        .requests();
            case ASSESSMENT ->
                client.describeMetadataModelAssessments(
                                r -> r.migrationProjectIdentifier(project).filters(byId))
                        .requests();
            case CONVERSION ->
                client.describeMetadataModelConversions(
                                r -> r.migrationProjectIdentifier(project).filters(byId))
                        .requests();
            case EXPORT_TO_TARGET ->
                client.describeMetadataModelExportsToTarget(
                                r -> r.migrationProjectIdentifier(project).filters(byId))
                        .requests();
            case EXPORT_AS_SCRIPT ->
                client.describeMetadataModelExportsAsScript(
                                r -> r.migrationProjectIdentifier(project).filters(byId))
                        .requests();
        };
    }
}
