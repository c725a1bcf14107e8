package io.dmstestkit.examples.orchestrator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.OriginTypeValue;
import software.amazon.awssdk.services.databasemigration.model.SchemaConversionRequest;

/**
 * A heterogeneous migration, schema first: on a migration project it imports the source metadata model,
 * assesses it, converts it, applies the converted schema to the target (DMS Schema Conversion), then
 * creates a full-load data migration in the same project and runs it to the end. It depends on nothing
 * but the AWS SDK, and waits only through the {@link Pause} it is given.
 *
 * <pre>{@code
 * SchemaFirstMigration migration = new SchemaFirstMigration(DatabaseMigrationClient.create(), Pause.realTime());
 * SchemaFirstMigration.Result result = migration.run("hr-project", rules, "hr-load", roleArn);
 * // result.dataMigrationStatus() is "STOPPED"
 * }</pre>
 */
public final class SchemaFirstMigration {

    /** How often request and data-migration statuses are polled. */
    static final Duration POLL = Duration.ofSeconds(15);

    /** How long one step may take before the workflow gives up. */
    static final Duration STEP_LIMIT = Duration.ofHours(2);

    private static final Set<String> ENDED = Set.of("SUCCESS", "FAILED", "CANCELED");

    private final DatabaseMigrationClient dms;
    private final Pause pause;

    public SchemaFirstMigration(DatabaseMigrationClient dms, Pause pause) {
        this.dms = Objects.requireNonNull(dms, "dms");
        this.pause = Objects.requireNonNull(pause, "pause");
    }

    /**
     * What the workflow did: the request identifiers of its four schema-conversion steps, in order, and the
     * data migration's final status.
     */
    public record Result(List<String> schemaRequests, String dataMigrationStatus) {}

    /**
     * Runs the whole workflow.
     *
     * @param project the migration project's name or ARN
     * @param selectionRules the DMS Schema Conversion selection rules of what to migrate
     * @param dataMigration the name of the data migration to create
     * @param serviceAccessRoleArn the IAM role the data migration runs as
     * @throws OrchestrationException when a step fails (with DMS's own message) or does not end in time
     */
    public Result run(String project, String selectionRules, String dataMigration, String serviceAccessRoleArn) {
        List<String> requests = new ArrayList<>();
        requests.add(step(
                "import",
                project,
                dms.startMetadataModelImport(r -> r.migrationProjectIdentifier(project)
                                .selectionRules(selectionRules)
                                .origin(OriginTypeValue.SOURCE))
                        .requestIdentifier(),
                id -> dms.describeMetadataModelImports(r -> r.migrationProjectIdentifier(project)
                                .filters(f -> f.name("request-id").values(id)))
                        .requests()));
        requests.add(step(
                "assessment",
                project,
                dms.startMetadataModelAssessment(
                                r -> r.migrationProjectIdentifier(project).selectionRules(selectionRules))
                        .requestIdentifier(),
                id -> dms.describeMetadataModelAssessments(r -> r.migrationProjectIdentifier(project)
                                .filters(f -> f.name("request-id").values(id)))
                        .requests()));
        requests.add(step(
                "conversion",
                project,
                dms.startMetadataModelConversion(
                                r -> r.migrationProjectIdentifier(project).selectionRules(selectionRules))
                        .requestIdentifier(),
                id -> dms.describeMetadataModelConversions(r -> r.migrationProjectIdentifier(project)
                                .filters(f -> f.name("request-id").values(id)))
                        .requests()));
        requests.add(step(
                "export to target",
                project,
                dms.startMetadataModelExportToTarget(
                                r -> r.migrationProjectIdentifier(project).selectionRules(selectionRules))
                        .requestIdentifier(),
                id -> dms.describeMetadataModelExportsToTarget(r -> r.migrationProjectIdentifier(project)
                                .filters(f -> f.name("request-id").values(id)))
                        .requests()));
        dms.createDataMigration(r -> r.migrationProjectIdentifier(project)
                .dataMigrationName(dataMigration)
                .dataMigrationType(MigrationTypeValue.FULL_LOAD)
                .serviceAccessRoleArn(serviceAccessRoleArn));
        awaitDataMigration(dataMigration, Set.of("READY"));
        dms.startDataMigration(r -> r.dataMigrationIdentifier(dataMigration).startType("start-replication"));
        DataMigration done = awaitDataMigration(dataMigration, Set.of("STOPPED", "FAILED"));
        if (done.dataMigrationStatus().equals("FAILED")) {
            throw new OrchestrationException(
                    "Data migration " + dataMigration + " failed: " + done.lastFailureMessage());
        }
        return new Result(List.copyOf(requests), done.dataMigrationStatus());
    }

    /** Polls one schema-conversion request until it ends; anything but SUCCESS stops the workflow. */
    private String step(
            String name, String project, String requestId, Function<String, List<SchemaConversionRequest>> describe) {
        for (Duration waited = Duration.ZERO; waited.compareTo(STEP_LIMIT) <= 0; waited = waited.plus(POLL)) {
            SchemaConversionRequest request = describe.apply(requestId).get(0);
            if (ENDED.contains(request.status())) {
                if (!request.status().equals("SUCCESS")) {
                    String why = request.error() == null || request.error().defaultErrorDetails() == null
                            ? request.status()
                            : request.error().defaultErrorDetails().message();
                    throw new OrchestrationException("Schema " + name + " " + requestId + " of " + project + " ended "
                            + request.status() + ": " + why);
                }
                return requestId;
            }
            pause.pause(POLL);
        }
        throw new OrchestrationException("Schema " + name + " " + requestId + " did not end within " + STEP_LIMIT);
    }

    private DataMigration awaitDataMigration(String name, Set<String> statuses) {
        for (Duration waited = Duration.ZERO; waited.compareTo(STEP_LIMIT) <= 0; waited = waited.plus(POLL)) {
            DataMigration migration = dms.describeDataMigrations(
                            r -> r.filters(f -> f.name("data-migration-name").values(name)))
                    .dataMigrations()
                    .get(0);
            if (statuses.contains(migration.dataMigrationStatus())) {
                return migration;
            }
            pause.pause(POLL);
        }
        throw new OrchestrationException("Data migration " + name + " did not reach " + statuses + " in time");
    }
}
