package io.dmstestkit.simulator.internal.datamigration;

import static io.dmstestkit.simulator.internal.datamigration.DataProviderOperations.PROVIDERS;
import static io.dmstestkit.simulator.internal.datamigration.InstanceProfileOperations.PROFILES;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.SdkCopy;
import io.dmstestkit.simulator.internal.state.Tagging;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import software.amazon.awssdk.services.databasemigration.model.CreateMigrationProjectRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateMigrationProjectResponse;
import software.amazon.awssdk.services.databasemigration.model.DataProvider;
import software.amazon.awssdk.services.databasemigration.model.DataProviderDescriptor;
import software.amazon.awssdk.services.databasemigration.model.DataProviderDescriptorDefinition;
import software.amazon.awssdk.services.databasemigration.model.DeleteMigrationProjectRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteMigrationProjectResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMigrationProjectsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeMigrationProjectsResponse;
import software.amazon.awssdk.services.databasemigration.model.InstanceProfile;
import software.amazon.awssdk.services.databasemigration.model.MigrationProject;
import software.amazon.awssdk.services.databasemigration.model.ModifyMigrationProjectRequest;
import software.amazon.awssdk.services.databasemigration.model.ModifyMigrationProjectResponse;

/**
 * Migration projects: an instance profile plus source and target data providers, named by name or ARN.
 * Stored as the SDK's {@code MigrationProject} shape; the names of the profile and providers it refers to
 * are refreshed on every read, so renaming a provider shows up in its projects.
 */
final class MigrationProjectOperations {

    static final NamedKind<MigrationProject> PROJECTS = new NamedKind<>(
            MigrationProject.class,
            "migration project",
            "migration-project",
            MigrationProject::migrationProjectName,
            MigrationProject::migrationProjectArn);

    /** Members whose request and response shapes differ (definitions vs descriptors), set by hand. */
    private static final Set<String> NOT_COPIED =
            Set.of("MigrationProjectName", "SourceDataProviderDescriptors", "TargetDataProviderDescriptors", "Tags");

    private MigrationProjectOperations() {}

    static void register(OperationRegistry registry) {
        registry.register(CreateMigrationProjectRequest.class, MigrationProjectOperations::create)
                .register(DescribeMigrationProjectsRequest.class, MigrationProjectOperations::describe)
                .register(ModifyMigrationProjectRequest.class, MigrationProjectOperations::modify)
                .register(DeleteMigrationProjectRequest.class, MigrationProjectOperations::delete);
    }

    /** The name of the first project that refers to {@code arn} (its instance profile or a data provider). */
    static Optional<String> projectUsing(AccountState account, String arn) {
        return PROJECTS.store(account)
                .find(project -> referencedArns(project).anyMatch(arn::equals))
                .map(MigrationProject::migrationProjectName);
    }

    private static CreateMigrationProjectResponse create(
            CreateMigrationProjectRequest request, OperationContext context) {
        AccountState account = context.account();
        InstanceProfile profile = PROFILES.require(account, request.instanceProfileIdentifier());
        String arn = PROJECTS.newArn(account);
        MigrationProject project = SdkCopy.sharedMembers(request, MigrationProject.builder(), NOT_COPIED)
                .migrationProjectArn(arn)
                .migrationProjectName(
                        PROJECTS.nameFor(account, "MigrationProjectName", request.migrationProjectName(), arn))
                .migrationProjectCreationTime(context.now())
                .instanceProfileArn(profile.instanceProfileArn())
                .instanceProfileName(profile.instanceProfileName())
                .sourceDataProviderDescriptors(
                        descriptors(account, "SourceDataProviderDescriptors", request.sourceDataProviderDescriptors()))
                .targetDataProviderDescriptors(
                        descriptors(account, "TargetDataProviderDescriptors", request.targetDataProviderDescriptors()))
                .build();
        PROJECTS.store(account).put(arn, project);
        Tagging.tagOnCreate(context, arn, request.tags());
        return CreateMigrationProjectResponse.builder()
                .migrationProject(project)
                .build();
    }

    private static DescribeMigrationProjectsResponse describe(
            DescribeMigrationProjectsRequest request, OperationContext context) {
        AccountState account = context.account();
        Filters<MigrationProject> filters = Filters.<MigrationProject>named("DescribeMigrationProjects")
                .onKeyOrName("migration-project-identifier", PROJECTS::identifiers)
                .on("instance-profile-identifier", p -> profileIdentifiers(current(account, p)))
                .on("data-provider-identifier", p -> providerIdentifiers(current(account, p), true, true))
                .on("source-data-provider-identifier", p -> providerIdentifiers(current(account, p), true, false))
                .on("target-data-provider-identifier", p -> providerIdentifiers(current(account, p), false, true));
        Paging.Page<MigrationProject> page = filters.page(
                PROJECTS.store(account),
                request.filters(),
                request.maxRecords(),
                request.marker(),
                "migration projects");
        return DescribeMigrationProjectsResponse.builder()
                .migrationProjects(
                        page.items().stream().map(p -> current(account, p)).toList())
                .marker(page.nextMarker())
                .build();
    }

    private static ModifyMigrationProjectResponse modify(
            ModifyMigrationProjectRequest request, OperationContext context) {
        AccountState account = context.account();
        MigrationProject existing = PROJECTS.require(account, request.migrationProjectIdentifier());
        MigrationProject.Builder modified = SdkCopy.sharedMembers(request, existing.toBuilder(), NOT_COPIED);
        if (request.migrationProjectName() != null) {
            modified.migrationProjectName(PROJECTS.nameFor(
                    account, "MigrationProjectName", request.migrationProjectName(), existing.migrationProjectArn()));
        }
        if (request.instanceProfileIdentifier() != null) {
            InstanceProfile profile = PROFILES.require(account, request.instanceProfileIdentifier());
            modified.instanceProfileArn(profile.instanceProfileArn())
                    .instanceProfileName(profile.instanceProfileName());
        }
        if (request.hasSourceDataProviderDescriptors()) {
            modified.sourceDataProviderDescriptors(
                    descriptors(account, "SourceDataProviderDescriptors", request.sourceDataProviderDescriptors()));
        }
        if (request.hasTargetDataProviderDescriptors()) {
            modified.targetDataProviderDescriptors(
                    descriptors(account, "TargetDataProviderDescriptors", request.targetDataProviderDescriptors()));
        }
        MigrationProject saved = PROJECTS.store(account).put(existing.migrationProjectArn(), modified.build());
        return ModifyMigrationProjectResponse.builder()
                .migrationProject(current(account, saved))
                .build();
    }

    /** Refused while a data migration belongs to the project (assumed; DMS asks to close the project first). */
    private static DeleteMigrationProjectResponse delete(
            DeleteMigrationProjectRequest request, OperationContext context) {
        AccountState account = context.account();
        MigrationProject existing = current(account, PROJECTS.require(account, request.migrationProjectIdentifier()));
        DataMigrationRecord.KIND
                .store(account)
                .find(migration -> migration.projectArn().equals(existing.migrationProjectArn()))
                .ifPresent(migration -> {
                    throw ServiceError.invalidResourceState("Migration project " + existing.migrationProjectName()
                            + " has data migration " + migration.name() + "; delete that first");
                });
        PROJECTS.store(account).remove(existing.migrationProjectArn());
        account.tags().remove(existing.migrationProjectArn());
        return DeleteMigrationProjectResponse.builder()
                .migrationProject(existing)
                .build();
    }

    private static List<DataProviderDescriptor> descriptors(
            AccountState account, String member, List<DataProviderDescriptorDefinition> definitions) {
        if (definitions.isEmpty()) {
            throw ServiceError.invalidParameterValue(member + " must name at least one data provider");
        }
        return definitions.stream()
                .map(definition -> {
                    DataProvider provider = PROVIDERS.require(account, definition.dataProviderIdentifier());
                    return DataProviderDescriptor.builder()
                            .dataProviderArn(provider.dataProviderArn())
                            .dataProviderName(provider.dataProviderName())
                            .secretsManagerSecretId(definition.secretsManagerSecretId())
                            .secretsManagerAccessRoleArn(definition.secretsManagerAccessRoleArn())
                            .build();
                })
                .toList();
    }

    /** The project with the current names of the profile and providers it refers to. */
    private static MigrationProject current(AccountState account, MigrationProject stored) {
        String profileName = PROFILES.find(account, stored.instanceProfileArn())
                .map(PROFILES::nameOf)
                .orElse(stored.instanceProfileName());
        return stored.toBuilder()
                .instanceProfileName(profileName)
                .sourceDataProviderDescriptors(currentNames(account, stored.sourceDataProviderDescriptors()))
                .targetDataProviderDescriptors(currentNames(account, stored.targetDataProviderDescriptors()))
                .build();
    }

    private static List<DataProviderDescriptor> currentNames(
            AccountState account, List<DataProviderDescriptor> descriptors) {
        return descriptors.stream()
                .map(d -> d.toBuilder()
                        .dataProviderName(PROVIDERS
                                .find(account, d.dataProviderArn())
                                .map(PROVIDERS::nameOf)
                                .orElse(d.dataProviderName()))
                        .build())
                .toList();
    }

    private static List<String> profileIdentifiers(MigrationProject project) {
        return List.of(project.instanceProfileArn(), project.instanceProfileName());
    }

    private static List<String> providerIdentifiers(MigrationProject project, boolean sources, boolean targets) {
        Stream<DataProviderDescriptor> source =
                sources ? project.sourceDataProviderDescriptors().stream() : Stream.empty();
        Stream<DataProviderDescriptor> target =
                targets ? project.targetDataProviderDescriptors().stream() : Stream.empty();
        return Stream.concat(source, target)
                .flatMap(d -> Stream.of(d.dataProviderArn(), d.dataProviderName()))
                .toList();
    }

    private static Stream<String> referencedArns(MigrationProject project) {
        return Stream.concat(
                Stream.of(project.instanceProfileArn()),
                Stream.concat(
                                project.sourceDataProviderDescriptors().stream(),
                                project.targetDataProviderDescriptors().stream())
                        .map(DataProviderDescriptor::dataProviderArn));
    }
}
