package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.state.Identifiers;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.SdkCopy;
import io.dmstestkit.simulator.internal.state.Tagging;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationConfigRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationConfigResponse;
import software.amazon.awssdk.services.databasemigration.model.DeleteReplicationConfigRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteReplicationConfigResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationConfigsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationConfigsResponse;
import software.amazon.awssdk.services.databasemigration.model.ModifyReplicationConfigRequest;
import software.amazon.awssdk.services.databasemigration.model.ModifyReplicationConfigResponse;
import software.amazon.awssdk.services.databasemigration.model.ReplicationConfig;

/**
 * CreateReplicationConfig, DescribeReplicationConfigs, ModifyReplicationConfig and DeleteReplicationConfig.
 *
 * <p>Modify and delete are accepted while the replication is idle ({@code created}, {@code stopped},
 * {@code failed}) and refused with InvalidResourceStateFault while it starts, runs or stops. The API
 * documentation of ModifyReplicationConfig also says a config cannot be modified once started "even if you
 * stop it", yet names FAILED as a status that allows it; the simulator allows modifying a stopped replication
 * too (assumed: it keeps stop → modify → resume workflows testable; refuse {@code stopped} here if real DMS
 * does). The change applies from the next start; a changed ComputeConfig makes it provision new capacity.
 * Both take effect at once: the transient {@code modifying} and {@code deleting} statuses are not simulated.
 *
 * <p>A {@code ResourceIdentifier} becomes the last part of the ARN, as DMS does.
 */
final class ConfigHandlers {

    /** DMS's quota of serverless replication configs per account and region. */
    static final int MAX_CONFIGS = 600;

    private static final Set<String> NOT_COPIED = Set.of("ReplicationConfigArn");

    private ConfigHandlers() {}

    static CreateReplicationConfigResponse create(CreateReplicationConfigRequest request, OperationContext context) {
        String arn = Identifiers.newArn(
                context.account(), "replication-config", "replication config", request.resourceIdentifier());
        ReplicationConfig candidate = SdkCopy.sharedMembers(request, ReplicationConfig.builder(), NOT_COPIED)
                .replicationConfigArn(arn)
                .replicationConfigCreateTime(context.now())
                .replicationConfigUpdateTime(context.now())
                .isReadOnly(false)
                .build();
        ReplicationConfig config = ConfigValidation.validated(candidate, context);
        if (Replications.store(context.account()).size() >= MAX_CONFIGS) {
            throw ServiceError.quotaExceeded("The quota of " + MAX_CONFIGS
                    + " replication configs per account and region is reached; delete one first");
        }
        Replications.save(context.account(), ReplicationRecord.created(config));
        Tagging.tagOnCreate(context, arn, request.tags());
        return CreateReplicationConfigResponse.builder()
                .replicationConfig(config)
                .build();
    }

    static DescribeReplicationConfigsResponse describe(
            DescribeReplicationConfigsRequest request, OperationContext context) {
        Paging.Page<ReplicationRecord> page = Replications.filters("DescribeReplicationConfigs")
                .page(
                        Replications.store(context.account()),
                        request.filters(),
                        request.maxRecords(),
                        request.marker(),
                        "replication configs");
        return DescribeReplicationConfigsResponse.builder()
                .replicationConfigs(
                        page.items().stream().map(ReplicationRecord::config).toList())
                .marker(page.nextMarker())
                .build();
    }

    static ModifyReplicationConfigResponse modify(ModifyReplicationConfigRequest request, OperationContext context) {
        ReplicationRecord existing = requireIdle(context, request.replicationConfigArn(), "modified");
        ReplicationConfig candidate = SdkCopy.sharedMembers(request, existing.config().toBuilder(), NOT_COPIED)
                .replicationConfigUpdateTime(context.now())
                .build();
        ReplicationConfig config = ConfigValidation.validated(candidate, context);
        Replications.save(context.account(), existing.withConfig(config));
        return ModifyReplicationConfigResponse.builder()
                .replicationConfig(config)
                .build();
    }

    static DeleteReplicationConfigResponse delete(DeleteReplicationConfigRequest request, OperationContext context) {
        ReplicationRecord existing = requireIdle(context, request.replicationConfigArn(), "deleted");
        Replications.store(context.account()).remove(existing.arn());
        context.account().tags().remove(existing.arn());
        return DeleteReplicationConfigResponse.builder()
                .replicationConfig(existing.config())
                .build();
    }

    private static ReplicationRecord requireIdle(OperationContext context, String arn, String action) {
        ReplicationRecord record = Replications.requireArn(context.account(), arn);
        String status = record.statusAt(context.now());
        if (!ReplicationStatus.isIdle(status)) {
            throw ServiceError.invalidResourceState("Replication config " + record.identifier() + " cannot be " + action
                    + " while its replication is " + status + "; stop it and wait for status stopped");
        }
        return record;
    }
}
