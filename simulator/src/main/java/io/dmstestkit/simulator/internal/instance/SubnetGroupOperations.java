package io.dmstestkit.simulator.internal.instance;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import io.dmstestkit.simulator.internal.state.Tagging;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.databasemigration.model.AvailabilityZone;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationSubnetGroupRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationSubnetGroupResponse;
import software.amazon.awssdk.services.databasemigration.model.DeleteReplicationSubnetGroupRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteReplicationSubnetGroupResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationSubnetGroupsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationSubnetGroupsResponse;
import software.amazon.awssdk.services.databasemigration.model.ModifyReplicationSubnetGroupRequest;
import software.amazon.awssdk.services.databasemigration.model.ModifyReplicationSubnetGroupResponse;
import software.amazon.awssdk.services.databasemigration.model.ReplicationSubnetGroup;
import software.amazon.awssdk.services.databasemigration.model.Subnet;

/**
 * Replication subnet groups, stored as the SDK's {@code ReplicationSubnetGroup} shape under the ARN
 * {@code arn:aws:dms:<region>:<account>:subgrp:<identifier>} (so tags work on them).
 *
 * <p>The simulator has no VPCs of its own: every subnet of an account and region is taken to lie in one
 * VPC, and the subnets of a group are spread over the region's zones a, b, c in the order given, so a
 * group of two or more subnets always covers two zones and a group of one never does.
 */
public final class SubnetGroupOperations {

    private static final Pattern SUBNET_ID = Pattern.compile("subnet-[0-9a-f]{8,17}");
    private static final Pattern GROUP_ID = Pattern.compile("[a-z0-9._ -]{1,255}");
    static final String DEFAULT_GROUP = "default";

    private SubnetGroupOperations() {}

    public static void register(OperationRegistry registry) {
        registry.register(CreateReplicationSubnetGroupRequest.class, SubnetGroupOperations::create)
                .register(DescribeReplicationSubnetGroupsRequest.class, SubnetGroupOperations::describe)
                .register(ModifyReplicationSubnetGroupRequest.class, SubnetGroupOperations::modify)
                .register(DeleteReplicationSubnetGroupRequest.class, SubnetGroupOperations::delete);
    }

    static ResourceStore<ReplicationSubnetGroup> groups(AccountState account) {
        return account.store(ReplicationSubnetGroup.class);
    }

    static String arnOf(OperationContext context, String identifier) {
        return "arn:aws:dms:" + context.region() + ":" + context.accountId() + ":subgrp:" + identifier;
    }

    /** The group with this identifier, or ResourceNotFoundFault. */
    static ReplicationSubnetGroup require(OperationContext context, String identifier) {
        String lower = identifier.toLowerCase(Locale.ROOT);
        return groups(context.account())
                .get(arnOf(context, lower))
                .orElseThrow(() -> ServiceError.resourceNotFound("Replication subnet group " + lower + " not found"));
    }

    /** The group an instance gets when it names none: the default VPC's, with one subnet per zone. */
    static ReplicationSubnetGroup defaultGroup(OperationContext context) {
        List<String> subnets = new ArrayList<>();
        for (String zone : InstanceCatalogue.availabilityZones(context.region())) {
            subnets.add("subnet-" + hex(context.accountId() + zone, 17));
        }
        return shape(context, DEFAULT_GROUP, "default", subnets);
    }

    /** The VPC every subnet of this account and region lies in. */
    static String vpcId(OperationContext context) {
        return "vpc-" + hex(context.accountId() + context.region(), 17);
    }

    private static CreateReplicationSubnetGroupResponse create(
            CreateReplicationSubnetGroupRequest request, OperationContext context) {
        String identifier = requireIdentifier(request.replicationSubnetGroupIdentifier());
        String arn = arnOf(context, identifier);
        if (groups(context.account()).contains(arn)) {
            throw ServiceError.alreadyExists("Replication subnet group " + identifier + " already exists");
        }
        ReplicationSubnetGroup group = groups(context.account())
                .put(
                        arn,
                        shape(
                                context,
                                identifier,
                                request.replicationSubnetGroupDescription(),
                                requireSubnets(request.subnetIds())));
        Tagging.tagOnCreate(context, arn, request.tags());
        return CreateReplicationSubnetGroupResponse.builder()
                .replicationSubnetGroup(group)
                .build();
    }

    private static DescribeReplicationSubnetGroupsResponse describe(
            DescribeReplicationSubnetGroupsRequest request, OperationContext context) {
        Filters<ReplicationSubnetGroup> filters = Filters.<ReplicationSubnetGroup>named(
                        "DescribeReplicationSubnetGroups")
                .onName("replication-subnet-group-id", ReplicationSubnetGroup::replicationSubnetGroupIdentifier);
        Paging.Page<ReplicationSubnetGroup> page = filters.page(
                groups(context.account()),
                request.filters(),
                request.maxRecords(),
                request.marker(),
                "replication subnet groups");
        return DescribeReplicationSubnetGroupsResponse.builder()
                .replicationSubnetGroups(page.items())
                .marker(page.nextMarker())
                .build();
    }

    private static ModifyReplicationSubnetGroupResponse modify(
            ModifyReplicationSubnetGroupRequest request, OperationContext context) {
        ReplicationSubnetGroup existing = require(context, request.replicationSubnetGroupIdentifier());
        String identifier = existing.replicationSubnetGroupIdentifier();
        String description = request.replicationSubnetGroupDescription() != null
                ? request.replicationSubnetGroupDescription()
                : existing.replicationSubnetGroupDescription();
        ReplicationSubnetGroup modified = groups(context.account())
                .put(
                        arnOf(context, identifier),
                        shape(context, identifier, description, requireSubnets(request.subnetIds())));
        for (InstanceRecord instance : usersOf(context, identifier)) {
            instance.applyQuietly(
                    context.now(),
                    instance.configAt(context.now()).toBuilder()
                            .replicationSubnetGroup(modified)
                            .build());
        }
        return ModifyReplicationSubnetGroupResponse.builder()
                .replicationSubnetGroup(modified)
                .build();
    }

    private static DeleteReplicationSubnetGroupResponse delete(
            DeleteReplicationSubnetGroupRequest request, OperationContext context) {
        ReplicationSubnetGroup existing = require(context, request.replicationSubnetGroupIdentifier());
        String identifier = existing.replicationSubnetGroupIdentifier();
        List<InstanceRecord> users = usersOf(context, identifier);
        if (!users.isEmpty()) {
            throw ServiceError.invalidResourceState("Replication subnet group " + identifier
                    + " is in use by replication instance " + users.get(0).name()
                    + "; delete that instance first");
        }
        String arn = arnOf(context, identifier);
        groups(context.account()).remove(arn);
        context.account().tags().remove(arn);
        return DeleteReplicationSubnetGroupResponse.builder().build();
    }

    private static List<InstanceRecord> usersOf(OperationContext context, String identifier) {
        Instances.purge(context.account(), context.now());
        return Instances.store(context.account()).values().stream()
                .filter(instance -> {
                    ReplicationSubnetGroup group = instance.plannedConfig().replicationSubnetGroup();
                    return group != null && identifier.equals(group.replicationSubnetGroupIdentifier());
                })
                .toList();
    }

    private static String requireIdentifier(String identifier) {
        String lower = identifier.toLowerCase(Locale.ROOT);
        if (!GROUP_ID.matcher(lower).matches()) {
            throw ServiceError.invalidParameterValue("Invalid ReplicationSubnetGroupIdentifier '" + identifier
                    + "': at most 255 letters, digits, periods, underscores, spaces or hyphens");
        }
        if (lower.equals(DEFAULT_GROUP)) {
            throw ServiceError.invalidParameterValue("The replication subnet group identifier must not be default");
        }
        return lower;
    }

    private static List<String> requireSubnets(List<String> subnetIds) {
        List<String> unique = List.copyOf(new LinkedHashSet<>(subnetIds));
        for (String subnet : unique) {
            if (!SUBNET_ID.matcher(subnet).matches()) {
                throw new ServiceError(
                        "InvalidSubnet", 400, "The subnet " + subnet + " is not a valid subnet id (subnet-<hex>)");
            }
        }
        if (unique.size() < 2) {
            throw new ServiceError(
                    "ReplicationSubnetGroupDoesNotCoverEnoughAZs",
                    400,
                    "The replication subnet group does not cover enough Availability Zones: give subnets in at"
                            + " least two Availability Zones");
        }
        return unique;
    }

    private static ReplicationSubnetGroup shape(
            OperationContext context, String identifier, String description, List<String> subnetIds) {
        List<String> zones = InstanceCatalogue.availabilityZones(context.region());
        List<Subnet> subnets = new ArrayList<>();
        for (int i = 0; i < subnetIds.size(); i++) {
            subnets.add(Subnet.builder()
                    .subnetIdentifier(subnetIds.get(i))
                    .subnetAvailabilityZone(AvailabilityZone.builder()
                            .name(zones.get(i % zones.size()))
                            .build())
                    .subnetStatus("Active")
                    .build());
        }
        return ReplicationSubnetGroup.builder()
                .replicationSubnetGroupIdentifier(identifier)
                .replicationSubnetGroupDescription(description)
                .vpcId(vpcId(context))
                .subnetGroupStatus("Complete")
                .subnets(subnets)
                .supportedNetworkTypes("IPV4", "DUAL")
                .isReadOnly(false)
                .build();
    }

    static String hex(String seed, int length) {
        StringBuilder hex = new StringBuilder();
        long value = seed.hashCode() * 0x9E3779B97F4A7C15L;
        while (hex.length() < length) {
            value = value * 6364136223846793005L + 1442695040888963407L;
            hex.append(Long.toHexString(value >>> 60));
        }
        return hex.toString();
    }
}
