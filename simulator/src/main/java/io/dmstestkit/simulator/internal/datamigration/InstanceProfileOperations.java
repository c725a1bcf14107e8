package io.dmstestkit.simulator.internal.datamigration;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.SdkCopy;
import io.dmstestkit.simulator.internal.state.Tagging;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.CreateInstanceProfileRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateInstanceProfileResponse;
import software.amazon.awssdk.services.databasemigration.model.DeleteInstanceProfileRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteInstanceProfileResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeInstanceProfilesRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeInstanceProfilesResponse;
import software.amazon.awssdk.services.databasemigration.model.InstanceProfile;
import software.amazon.awssdk.services.databasemigration.model.ModifyInstanceProfileRequest;
import software.amazon.awssdk.services.databasemigration.model.ModifyInstanceProfileResponse;

/**
 * Instance profiles: where a migration project's data migrations run (network, subnet group, security
 * groups). Stored as the SDK's {@code InstanceProfile} shape itself.
 *
 * <p>Defaults follow the model documentation: publicly accessible, IPv4, the region's first Availability
 * Zone (DMS picks one at random; a fixed one keeps runs reproducible). Without a KmsKeyArn DMS uses an
 * AWS-owned key, which has no ARN in the caller's account, so none is reported.
 */
final class InstanceProfileOperations {

    static final NamedKind<InstanceProfile> PROFILES = new NamedKind<>(
            InstanceProfile.class,
            "instance profile",
            "instance-profile",
            InstanceProfile::instanceProfileName,
            InstanceProfile::instanceProfileArn);

    private static final Set<String> NOT_COPIED = Set.of("InstanceProfileName", "Tags");

    private InstanceProfileOperations() {}

    static void register(OperationRegistry registry) {
        registry.register(CreateInstanceProfileRequest.class, InstanceProfileOperations::create)
                .register(DescribeInstanceProfilesRequest.class, InstanceProfileOperations::describe)
                .register(ModifyInstanceProfileRequest.class, InstanceProfileOperations::modify)
                .register(DeleteInstanceProfileRequest.class, InstanceProfileOperations::delete);
    }

    private static CreateInstanceProfileResponse create(
            CreateInstanceProfileRequest request, OperationContext context) {
        String arn = PROFILES.newArn(context.account());
        String name = PROFILES.nameFor(context.account(), "InstanceProfileName", request.instanceProfileName(), arn);
        InstanceProfile.Builder profile = InstanceProfile.builder()
                .availabilityZone(context.region() + "a")
                .publiclyAccessible(true)
                .networkType("IPV4");
        SdkCopy.sharedMembers(request, profile, NOT_COPIED)
                .instanceProfileArn(arn)
                .instanceProfileName(name)
                .instanceProfileCreationTime(context.now());
        InstanceProfile created = PROFILES.store(context.account()).put(arn, profile.build());
        Tagging.tagOnCreate(context, arn, request.tags());
        return CreateInstanceProfileResponse.builder().instanceProfile(created).build();
    }

    private static DescribeInstanceProfilesResponse describe(
            DescribeInstanceProfilesRequest request, OperationContext context) {
        Filters<InstanceProfile> filters = Filters.<InstanceProfile>named("DescribeInstanceProfiles")
                .onKeyOrName("instance-profile-identifier", PROFILES::identifiers);
        Paging.Page<InstanceProfile> page = filters.page(
                PROFILES.store(context.account()),
                request.filters(),
                request.maxRecords(),
                request.marker(),
                "instance profiles");
        return DescribeInstanceProfilesResponse.builder()
                .instanceProfiles(page.items())
                .marker(page.nextMarker())
                .build();
    }

    private static ModifyInstanceProfileResponse modify(
            ModifyInstanceProfileRequest request, OperationContext context) {
        InstanceProfile existing = PROFILES.require(context.account(), request.instanceProfileIdentifier());
        InstanceProfile.Builder modified = SdkCopy.sharedMembers(request, existing.toBuilder(), NOT_COPIED);
        if (request.instanceProfileName() != null) {
            modified.instanceProfileName(PROFILES.nameFor(
                    context.account(),
                    "InstanceProfileName",
                    request.instanceProfileName(),
                    existing.instanceProfileArn()));
        }
        InstanceProfile saved = PROFILES.store(context.account()).put(existing.instanceProfileArn(), modified.build());
        return ModifyInstanceProfileResponse.builder().instanceProfile(saved).build();
    }

    /** Refused while a migration project uses the profile, as the API documentation requires. */
    private static DeleteInstanceProfileResponse delete(
            DeleteInstanceProfileRequest request, OperationContext context) {
        InstanceProfile existing = PROFILES.require(context.account(), request.instanceProfileIdentifier());
        MigrationProjectOperations.projectUsing(context.account(), existing.instanceProfileArn())
                .ifPresent(project -> {
                    throw ServiceError.invalidResourceState("Instance profile " + existing.instanceProfileName()
                            + " is used by migration project " + project + "; delete or modify that first");
                });
        PROFILES.store(context.account()).remove(existing.instanceProfileArn());
        context.account().tags().remove(existing.instanceProfileArn());
        return DeleteInstanceProfileResponse.builder().instanceProfile(existing).build();
    }
}
