package io.dmstestkit.simulator.internal.account;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.instance.Instances;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.Tagging;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.AccountQuota;
import software.amazon.awssdk.services.databasemigration.model.AddTagsToResourceRequest;
import software.amazon.awssdk.services.databasemigration.model.AddTagsToResourceResponse;
import software.amazon.awssdk.services.databasemigration.model.Certificate;
import software.amazon.awssdk.services.databasemigration.model.DescribeAccountAttributesRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeAccountAttributesResponse;
import software.amazon.awssdk.services.databasemigration.model.Endpoint;
import software.amazon.awssdk.services.databasemigration.model.ListTagsForResourceRequest;
import software.amazon.awssdk.services.databasemigration.model.ListTagsForResourceResponse;
import software.amazon.awssdk.services.databasemigration.model.RemoveTagsFromResourceRequest;
import software.amazon.awssdk.services.databasemigration.model.RemoveTagsFromResourceResponse;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ReplicationSubnetGroup;
import software.amazon.awssdk.services.databasemigration.model.Tag;

/** Tags on any resource, and the account's quotas. */
public final class AccountOperations {

    /** Quota values as the DMS documentation lists them for a default account. */
    static final long MAX_ENDPOINTS = 1000;

    private AccountOperations() {}

    public static void register(OperationRegistry registry) {
        registry.register(AddTagsToResourceRequest.class, AccountOperations::addTags)
                .register(ListTagsForResourceRequest.class, AccountOperations::listTags)
                .register(RemoveTagsFromResourceRequest.class, AccountOperations::removeTags)
                .register(DescribeAccountAttributesRequest.class, AccountOperations::describeAccountAttributes);
    }

    private static AddTagsToResourceResponse addTags(AddTagsToResourceRequest request, OperationContext context) {
        requireResource(context.account(), request.resourceArn());
        Tagging.merge(context.account(), request.resourceArn(), request.tags());
        return AddTagsToResourceResponse.builder().build();
    }

    private static ListTagsForResourceResponse listTags(ListTagsForResourceRequest request, OperationContext context) {
        if (request.resourceArn() == null && request.resourceArnList().isEmpty()) {
            throw ServiceError.invalidParameterValue("Give ResourceArn or ResourceArnList");
        }
        List<String> arns = new ArrayList<>();
        if (request.resourceArn() != null) {
            arns.add(request.resourceArn());
        }
        arns.addAll(request.resourceArnList());
        List<Tag> tags = new ArrayList<>();
        for (String arn : arns) {
            requireResource(context.account(), arn);
            tags.addAll(context.account().tags().getOrDefault(arn, List.of()));
        }
        return ListTagsForResourceResponse.builder().tagList(tags).build();
    }

    private static RemoveTagsFromResourceResponse removeTags(
            RemoveTagsFromResourceRequest request, OperationContext context) {
        requireResource(context.account(), request.resourceArn());
        Set<String> keys = Set.copyOf(request.tagKeys());
        List<Tag> kept = context.account().tags().getOrDefault(request.resourceArn(), List.of()).stream()
                .filter(tag -> !keys.contains(tag.key()))
                .toList();
        context.account().tags().put(request.resourceArn(), kept);
        return RemoveTagsFromResourceResponse.builder().build();
    }

    /**
     * The quotas with what the account uses now: instances (and their storage), tasks (serverless
     * replication configs count as tasks, as both run a migration), subnet groups and their largest subnet
     * count, event subscriptions and certificates.
     */
    private static DescribeAccountAttributesResponse describeAccountAttributes(
            DescribeAccountAttributesRequest request, OperationContext context) {
        AccountState account = context.account();
        List<ReplicationInstance> instances = Instances.describeAll(account, context.now());
        long storage = instances.stream()
                .map(ReplicationInstance::allocatedStorage)
                .filter(java.util.Objects::nonNull)
                .mapToLong(Integer::longValue)
                .sum();
        List<ReplicationSubnetGroup> groups =
                account.store(ReplicationSubnetGroup.class).values();
        long largestGroup =
                groups.stream().mapToLong(g -> g.subnets().size()).max().orElse(0);
        return DescribeAccountAttributesResponse.builder()
                .accountQuotas(
                        quota("Endpoints", account.store(Endpoint.class).size(), MAX_ENDPOINTS),
                        quota("ReplicationInstances", instances.size(), 60),
                        quota("AllocatedStorage", storage, 10_000),
                        quota(
                                "ReplicationTasks",
                                account.countResources("replication-config") + account.countResources("task"),
                                600),
                        quota("ReplicationSubnetGroups", groups.size(), 60),
                        quota("SubnetsPerReplicationSubnetGroup", largestGroup, 60),
                        quota("EventSubscriptions", account.countResources("es"), 60),
                        quota(
                                "CertificatesPerUser",
                                account.store(Certificate.class).size(),
                                100))
                .uniqueAccountIdentifier(uniqueIdentifier(account))
                .build();
    }

    private static AccountQuota quota(String name, long used, long max) {
        return AccountQuota.builder().accountQuotaName(name).used(used).max(max).build();
    }

    /** A stable, account-specific identifier (real DMS uses it as an S3 bucket suffix). */
    private static String uniqueIdentifier(AccountState account) {
        return Integer.toHexString((account.accountId() + account.region()).hashCode())
                .toLowerCase();
    }

    private static void requireResource(AccountState account, String arn) {
        if (!account.exists(arn)) {
            throw ServiceError.resourceNotFound("Resource " + arn + " not found");
        }
    }
}
