package io.dmstestkit.simulator.internal.instance;

import io.dmstestkit.simulator.InstanceTimings;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.ModifyReplicationInstanceRequest;
import software.amazon.awssdk.services.databasemigration.model.ModifyReplicationInstanceResponse;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.VpcSecurityGroupMembership;

/**
 * ModifyReplicationInstance. Class, storage, Multi-AZ, engine version and network type need the
 * instance {@code modifying}: at once with {@code ApplyImmediately}, otherwise at the next maintenance
 * window, shown meanwhile in {@code PendingModifiedValues}. An immediate modification applies what
 * waited for the window too. The identifier, maintenance window, security groups, minor-upgrade flag
 * and Kerberos settings change at once without a status change.
 */
final class InstanceModification {

    private static final Set<String> MODIFIABLE = Set.of("available", "storage-full");

    private InstanceModification() {}

    static ModifyReplicationInstanceResponse modify(
            ModifyReplicationInstanceRequest request, OperationContext context) {
        Instant now = context.now();
        InstanceRecord record = Instances.require(context.account(), request.replicationInstanceArn(), now);
        requireStatus(record, now, "ModifyReplicationInstance", MODIFIABLE);
        ReplicationInstance quiet = quietChanges(request, context, record);
        ReplicationInstance base = record.deferredConfig()
                .map(deferred -> InstanceRecord.withSettingsOf(quiet, deferred))
                .orElse(quiet);
        List<String> begin = new ArrayList<>();
        List<String> end = new ArrayList<>();
        ReplicationInstance.Builder target = base.toBuilder();
        if (changes(request.replicationInstanceClass(), base.replicationInstanceClass())) {
            target.replicationInstanceClass(InstanceCatalogue.requireClass(request.replicationInstanceClass()));
            begin.add("The replication instance class for this replication instance is being changed.");
            end.add("The replication instance class for this replication instance has been changed.");
        }
        if (changes(request.allocatedStorage(), base.allocatedStorage())) {
            target.allocatedStorage(storage(request.allocatedStorage(), base.allocatedStorage(), context));
            begin.add("The storage for the replication instance is being increased.");
            end.add("The storage for the replication instance has been increased.");
        }
        if (changes(request.multiAZ(), base.multiAZ())) {
            boolean multiAz = request.multiAZ();
            List<String> zones = InstanceCatalogue.availabilityZones(context.region());
            target.multiAZ(multiAz)
                    .secondaryAvailabilityZone(
                            multiAz ? InstanceOperations.otherZone(zones, base.availabilityZone()) : null);
            String shape = multiAz ? "Multi-AZ" : "Single-AZ";
            begin.add("The replication instance is transitioning to a " + shape + " configuration.");
            end.add("The replication instance has finished transitioning to a " + shape + " configuration.");
        }
        if (changes(request.engineVersion(), base.engineVersion())) {
            target.engineVersion(engineVersion(request, base.engineVersion()));
            begin.add("The replication instance is being upgraded to engine version " + request.engineVersion() + ".");
            end.add("The replication instance has been upgraded to engine version " + request.engineVersion() + ".");
        }
        if (changes(request.networkType(), base.networkType())) {
            target.networkType(requireNetworkType(request.networkType(), null));
            begin.add("The network type of the replication instance is being changed.");
            end.add("The network type of the replication instance has been changed.");
        }
        // Everything is valid: only now change the record.
        record.rename(quiet.replicationInstanceIdentifier());
        record.applyQuietly(now, quiet);
        boolean waiting = record.deferredConfig().isPresent();
        InstanceTimings timings = context.settings().instanceTimings();
        if (!begin.isEmpty() || (waiting && Boolean.TRUE.equals(request.applyImmediately()))) {
            if (Boolean.TRUE.equals(request.applyImmediately())) {
                if (begin.isEmpty()) {
                    begin.add("Pending modifications are being applied.");
                    end.add("Pending modifications have been applied.");
                }
                record.transition(
                        now,
                        Transition.modifying(timings, begin, end),
                        target.build(),
                        context.account().events());
            } else {
                record.deferUntilMaintenance(
                        now,
                        target.build(),
                        Transition.pendingModifications(timings),
                        context.account().events());
            }
        }
        return ModifyReplicationInstanceResponse.builder()
                .replicationInstance(record.describeAt(now))
                .build();
    }

    private static ReplicationInstance quietChanges(
            ModifyReplicationInstanceRequest request, OperationContext context, InstanceRecord record) {
        ReplicationInstance.Builder quiet =
                record.configAt(context.now()).toBuilder().replicationInstanceIdentifier(record.name());
        if (request.replicationInstanceIdentifier() != null) {
            String identifier = InstanceOperations.requireIdentifier(request.replicationInstanceIdentifier());
            InstanceOperations.requireUnique(context, identifier, record.arn());
            quiet.replicationInstanceIdentifier(identifier);
        }
        if (request.preferredMaintenanceWindow() != null) {
            quiet.preferredMaintenanceWindow(MaintenanceWindow.parse(request.preferredMaintenanceWindow())
                    .text());
        }
        if (request.hasVpcSecurityGroupIds()) {
            quiet.vpcSecurityGroups(securityGroups(context, request.vpcSecurityGroupIds()));
        }
        if (request.autoMinorVersionUpgrade() != null) {
            quiet.autoMinorVersionUpgrade(request.autoMinorVersionUpgrade());
        }
        if (request.kerberosAuthenticationSettings() != null) {
            quiet.kerberosAuthenticationSettings(request.kerberosAuthenticationSettings());
        }
        return quiet.build();
    }

    static void requireStatus(InstanceRecord record, Instant now, String operation, Set<String> allowed) {
        String status = record.statusAt(now);
        if (!allowed.contains(status)) {
            throw ServiceError.invalidResourceState(
                    "Replication instance " + record.name() + " is " + status + "; " + operation + " needs it "
                            + String.join(" or ", allowed.stream().sorted().toList()));
        }
    }

    private static boolean changes(Object requested, Object current) {
        return requested != null && !Objects.equals(requested, current);
    }

    private static int storage(int requested, int current, OperationContext context) {
        if (requested < current) {
            throw ServiceError.invalidParameterValue("AllocatedStorage can't be decreased: the replication instance"
                    + " has " + current + " GB, the request asks for " + requested + " GB");
        }
        InstanceOperations.requireStorageQuota(context, requested - current);
        return InstanceCatalogue.requireStorage(requested);
    }

    private static String engineVersion(ModifyReplicationInstanceRequest request, String current) {
        InstanceCatalogue.Version wanted = InstanceCatalogue.requireVersion(request.engineVersion());
        InstanceCatalogue.Version from = InstanceCatalogue.requireVersion(current);
        if (InstanceCatalogue.VERSIONS.indexOf(wanted) < InstanceCatalogue.VERSIONS.indexOf(from)) {
            throw ServiceError.invalidParameterValue("Cannot downgrade the replication instance from engine version "
                    + current + " to " + wanted.version());
        }
        if (wanted.major() != from.major() && !Boolean.TRUE.equals(request.allowMajorVersionUpgrade())) {
            throw ServiceError.invalidParameterCombination(
                    "The AllowMajorVersionUpgrade flag must be present when upgrading to a new major version.");
        }
        return wanted.version();
    }

    static String requireNetworkType(String networkType, String fallback) {
        if (networkType == null) {
            return fallback;
        }
        if (!networkType.equals("IPV4") && !networkType.equals("DUAL")) {
            throw ServiceError.invalidParameterValue(
                    "Invalid NetworkType '" + networkType + "'. Valid values: IPV4 | DUAL");
        }
        return networkType;
    }

    /** The memberships of the given groups, or of the VPC's default group when none is given. */
    static List<VpcSecurityGroupMembership> securityGroups(OperationContext context, List<String> groupIds) {
        List<String> ids = groupIds == null || groupIds.isEmpty()
                ? List.of("sg-" + SubnetGroupOperations.hex(SubnetGroupOperations.vpcId(context), 17))
                : groupIds;
        return ids.stream()
                .map(id -> VpcSecurityGroupMembership.builder()
                        .vpcSecurityGroupId(id)
                        .status("active")
                        .build())
                .toList();
    }
}
