package io.dmstestkit.simulator.internal.schemaconversion;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.datamigration.DataMigrations;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.databasemigration.model.MigrationProject;

/**
 * The way in to schema conversion for the rest of the simulator (incidents, queries) and the state its
 * handlers share: the requests of a project, its conversion state, its metadata model. Callers hold the
 * account lock.
 *
 * <pre>{@code
 * SchemaConversions.plan(account, "hr-project", DmsIncident.conversionFailure("Unsupported type"), clock.now());
 * }</pre>
 */
public final class SchemaConversions {

    private SchemaConversions() {}

    /** Whether {@code incident} is planned on a migration project (rather than a replication or migration). */
    public static boolean isSchemaConversionIncident(DmsIncident incident) {
        return incident instanceof DmsIncident.SchemaConversionFailure
                || incident instanceof DmsIncident.AssessmentActionItems;
    }

    /**
     * Plans a schema-conversion incident on a migration project: it strikes the request of its step under
     * way now (the latest one), otherwise the next one started.
     *
     * @throws IllegalArgumentException when there is no such migration project
     */
    public static void plan(AccountState account, String project, DmsIncident incident, Instant now) {
        MigrationProject found = findProject(account, project);
        if (found == null) {
            throw new IllegalArgumentException("no migration project named '" + project + "' in account "
                    + account.accountId() + " (" + account.region() + ")");
        }
        RequestKind kind = RequestKind.of(ProjectConversion.step(incident));
        Optional<ConversionRequest> active = requests(account, found.migrationProjectArn(), kind).stream()
                .filter(r -> r.timeline().activeAt(now))
                .max(Comparator.comparing(r -> r.timeline().received()));
        if (active.isPresent()) {
            store(account).put(active.get().id(), struck(active.get(), incident));
        } else {
            save(account, conversion(account, found.migrationProjectArn()).planned(incident));
        }
    }

    /**
     * The action items the latest successful assessment of the project reported (empty when it reported
     * none).
     *
     * @throws IllegalArgumentException when there is no such project or no assessment has succeeded yet
     */
    public static List<String> actionItems(AccountState account, String project, Instant now) {
        MigrationProject found = findProject(account, project);
        if (found == null) {
            throw new IllegalArgumentException("no migration project named '" + project + "'");
        }
        return latestSuccess(account, found.migrationProjectArn(), RequestKind.ASSESSMENT, now)
                .map(ConversionRequest::actionItems)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no assessment of migration project '" + project + "' has succeeded yet"));
    }

    static ConversionRequest struck(ConversionRequest request, DmsIncident incident) {
        if (incident instanceof DmsIncident.AssessmentActionItems items) {
            return request.withActionItems(items.items());
        }
        return request.withTimeline(
                request.timeline().failing(((DmsIncident.SchemaConversionFailure) incident).message()));
    }

    static ResourceStore<ConversionRequest> store(AccountState account) {
        return account.store(ConversionRequest.class);
    }

    static List<ConversionRequest> requests(AccountState account, String projectArn, RequestKind kind) {
        return store(account).values().stream()
                .filter(r -> r.projectArn().equals(projectArn) && r.kind() == kind)
                .toList();
    }

    static Optional<ConversionRequest> latestSuccess(
            AccountState account, String projectArn, RequestKind kind, Instant now) {
        return requests(account, projectArn, kind).stream()
                .filter(r -> r.succeededBy(now))
                .max(Comparator.comparing(r -> r.timeline().finished()));
    }

    static ProjectConversion conversion(AccountState account, String projectArn) {
        return account.store(ProjectConversion.class)
                .get(ProjectConversion.key(projectArn))
                .orElseGet(() -> ProjectConversion.fresh(projectArn));
    }

    static void save(AccountState account, ProjectConversion conversion) {
        account.store(ProjectConversion.class).put(ProjectConversion.key(conversion.projectArn()), conversion);
    }

    /** The keys of the objects successful conversions of the project have converted by {@code now}. */
    static Set<String> converted(AccountState account, String projectArn, Instant now) {
        return requests(account, projectArn, RequestKind.CONVERSION).stream()
                .filter(r -> r.succeededBy(now))
                .flatMap(r -> r.objects().stream())
                .map(MetadataObject::key)
                .collect(Collectors.toSet());
    }

    /** The source tree of the project at {@code now}: declared tables and the objects created by then. */
    static MetadataModel sourceModel(
            AccountState account, SimulatorSettings settings, MigrationProject project, Instant now) {
        List<MetadataObject> created = requests(account, project.migrationProjectArn(), RequestKind.CREATION).stream()
                .filter(r -> r.succeededBy(now))
                .map(ConversionRequest::created)
                .toList();
        return MetadataModel.source(account, settings, project, created);
    }

    private static MigrationProject findProject(AccountState account, String project) {
        try {
            return DataMigrations.project(account, project);
        } catch (ServiceError notFound) {
            return null;
        }
    }
}
