package io.dmstestkit.simulator.internal.instance;

import io.dmstestkit.simulator.InstanceTimings;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.InstanceUser;
import io.dmstestkit.simulator.internal.state.NamedResource;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.Tagging;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationInstanceRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationInstanceResponse;
import software.amazon.awssdk.services.databasemigration.model.DeleteReplicationInstanceRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteReplicationInstanceResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstanceTaskLogsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstanceTaskLogsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstancesRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstancesResponse;
import software.amazon.awssdk.services.databasemigration.model.RebootReplicationInstanceRequest;
import software.amazon.awssdk.services.databasemigration.model.RebootReplicationInstanceResponse;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstanceTaskLog;
import software.amazon.awssdk.services.databasemigration.model.ReplicationSubnetGroup;

/**
 * Create, describe, reboot and delete replication instances, and their task logs (one per task on the
 * instance). Modification lives in {@link InstanceModification}. Instances are created {@code creating}
 * and become {@code available} after {@link InstanceTimings#creating()}; a deleted instance is
 * {@code deleting} for {@link InstanceTimings#deleting()}, then gone.
 */
public final class InstanceOperations {

    static final int MAX_INSTANCES = 60;
    static final int MAX_TOTAL_STORAGE = 10_000;
    private static final Pattern RESOURCE_IDENTIFIER = Pattern.compile("[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,30}");
    private static final Set<String> BUSY = Set.of("creating", "modifying", "rebooting", "upgrading", "deleting");

    private InstanceOperations() {}

    public static void register(OperationRegistry registry) {
        registry.register(CreateReplicationInstanceRequest.class, InstanceOperations::create)
                .register(DescribeReplicationInstancesRequest.class, InstanceOperations::describe)
                .register(
                        software.amazon.awssdk.services.databasemigration.model.ModifyReplicationInstanceRequest.class,
                        InstanceModification::modify)
                .register(RebootReplicationInstanceRequest.class, InstanceOperations::reboot)
                .register(DeleteReplicationInstanceRequest.class, InstanceOperations::delete)
                .register(DescribeReplicationInstanceTaskLogsRequest.class, InstanceOperations::taskLogs);
        CatalogueOperations.register(registry);
        SubnetGroupOperations.register(registry);
        MaintenanceOperations.register(registry);
    }

    private static CreateReplicationInstanceResponse create(
            CreateReplicationInstanceRequest request, OperationContext context) {
        Instant now = context.now();
        Instances.purge(context.account(), now);
        String identifier = requireIdentifier(request.replicationInstanceIdentifier());
        requireUnique(context, identifier, null);
        if (Instances.store(context.account()).size() >= MAX_INSTANCES) {
            throw ServiceError.quotaExceeded("The account already has " + MAX_INSTANCES + " replication instances");
        }
        int storage = request.allocatedStorage() == null
                ? InstanceCatalogue.DEFAULT_STORAGE
                : InstanceCatalogue.requireStorage(request.allocatedStorage());
        requireStorageQuota(context, storage);
        boolean multiAz = Boolean.TRUE.equals(request.multiAZ());
        List<String> zones = InstanceCatalogue.availabilityZones(context.region());
        String zone = zone(request, identifier, multiAz, zones);
        ReplicationSubnetGroup subnetGroup = request.replicationSubnetGroupIdentifier() == null
                ? SubnetGroupOperations.defaultGroup(context)
                : SubnetGroupOperations.require(context, request.replicationSubnetGroupIdentifier());
        String arn = arn(context, request.resourceIdentifier());
        ReplicationInstance config = ReplicationInstance.builder()
                .replicationInstanceArn(arn)
                .replicationInstanceIdentifier(identifier)
                .replicationInstanceClass(InstanceCatalogue.requireClass(request.replicationInstanceClass()))
                .allocatedStorage(storage)
                .instanceCreateTime(now)
                .engineVersion(
                        request.engineVersion() == null
                                ? InstanceCatalogue.defaultVersion()
                                : InstanceCatalogue.requireVersion(request.engineVersion())
                                        .version())
                .multiAZ(multiAz)
                .availabilityZone(zone)
                .secondaryAvailabilityZone(multiAz ? otherZone(zones, zone) : null)
                .replicationSubnetGroup(subnetGroup)
                .vpcSecurityGroups(InstanceModification.securityGroups(context, request.vpcSecurityGroupIds()))
                .preferredMaintenanceWindow(
                        request.preferredMaintenanceWindow() == null
                                ? MaintenanceWindow.DEFAULT
                                : MaintenanceWindow.parse(request.preferredMaintenanceWindow())
                                        .text())
                .autoMinorVersionUpgrade(!Boolean.FALSE.equals(request.autoMinorVersionUpgrade()))
                .kmsKeyId(request.kmsKeyId() != null ? request.kmsKeyId() : defaultKmsKey(context))
                .publiclyAccessible(!Boolean.FALSE.equals(request.publiclyAccessible()))
                .dnsNameServers(request.dnsNameServers())
                .networkType(InstanceModification.requireNetworkType(request.networkType(), "IPV4"))
                .kerberosAuthenticationSettings(request.kerberosAuthenticationSettings())
                .build();
        config = withAddresses(config);
        InstanceRecord record = new InstanceRecord(
                config,
                now,
                context.settings().instanceTimings().creating(),
                context.account().events());
        Instances.store(context.account()).put(arn, record);
        Tagging.tagOnCreate(context, arn, request.tags());
        return CreateReplicationInstanceResponse.builder()
                .replicationInstance(record.describeAt(now))
                .build();
    }

    private static DescribeReplicationInstancesResponse describe(
            DescribeReplicationInstancesRequest request, OperationContext context) {
        Instant now = context.now();
        Instances.purge(context.account(), now);
        Filters<InstanceRecord> filters = Filters.<InstanceRecord>named("DescribeReplicationInstances")
                .onKey("replication-instance-arn", InstanceRecord::arn)
                .onName("replication-instance-id", InstanceRecord::name)
                .on("replication-instance-class", r -> List.of(r.configAt(now).replicationInstanceClass()))
                .on("engine-version", r -> List.of(r.configAt(now).engineVersion()));
        Paging.Page<InstanceRecord> page = filters.page(
                Instances.store(context.account()),
                request.filters(),
                request.maxRecords(),
                request.marker(),
                "replication instances");
        return DescribeReplicationInstancesResponse.builder()
                .replicationInstances(
                        page.items().stream().map(r -> r.describeAt(now)).toList())
                .marker(page.nextMarker())
                .build();
    }

    private static RebootReplicationInstanceResponse reboot(
            RebootReplicationInstanceRequest request, OperationContext context) {
        Instant now = context.now();
        InstanceRecord record = Instances.require(context.account(), request.replicationInstanceArn(), now);
        InstanceModification.requireStatus(record, now, "RebootReplicationInstance", Set.of("available"));
        boolean failover = Boolean.TRUE.equals(request.forceFailover());
        boolean planned = Boolean.TRUE.equals(request.forcePlannedFailover());
        if (failover && planned) {
            throw ServiceError.invalidParameterCombination("ForceFailover and ForcePlannedFailover can't both be true");
        }
        ReplicationInstance current = record.configAt(now);
        InstanceTimings timings = context.settings().instanceTimings();
        if (failover || planned) {
            if (!Boolean.TRUE.equals(current.multiAZ())) {
                throw ServiceError.invalidParameterCombination("Replication instance " + record.name()
                        + " is not Multi-AZ: a reboot with failover needs a Multi-AZ instance");
            }
            ReplicationInstance swapped = current.toBuilder()
                    .availabilityZone(current.secondaryAvailabilityZone())
                    .secondaryAvailabilityZone(current.availabilityZone())
                    .build();
            record.transition(
                    now,
                    Transition.failover(timings),
                    swapped,
                    context.account().events());
        } else {
            record.transition(
                    now,
                    Transition.rebooting(timings),
                    current,
                    context.account().events());
        }
        return RebootReplicationInstanceResponse.builder()
                .replicationInstance(record.describeAt(now))
                .build();
    }

    private static DeleteReplicationInstanceResponse delete(
            DeleteReplicationInstanceRequest request, OperationContext context) {
        Instant now = context.now();
        InstanceRecord record = Instances.require(context.account(), request.replicationInstanceArn(), now);
        String status = record.statusAt(now);
        if (BUSY.contains(status)) {
            throw ServiceError.invalidResourceState("Replication instance " + record.name() + " is " + status
                    + "; it can be deleted once that has finished");
        }
        context.account().stores().values().stream()
                .flatMap(store -> store.values().stream())
                .filter(r -> r instanceof InstanceUser user && user.usesInstance(record.arn()))
                .map(r -> ((InstanceUser) r).describeForUser())
                .findFirst()
                .ifPresent(user -> {
                    throw ServiceError.invalidResourceState(
                            "Replication instance " + record.name() + " is in use by " + user + "; delete that first");
                });
        record.delete(
                now,
                context.settings().instanceTimings().deleting(),
                context.account().events());
        return DeleteReplicationInstanceResponse.builder()
                .replicationInstance(record.describeAt(now))
                .build();
    }

    private static DescribeReplicationInstanceTaskLogsResponse taskLogs(
            DescribeReplicationInstanceTaskLogsRequest request, OperationContext context) {
        Instant now = context.now();
        InstanceRecord record = Instances.require(context.account(), request.replicationInstanceArn(), now);
        // The tasks on this instance, in creation order: each has a log of its own.
        List<ReplicationInstanceTaskLog> logs = context.account().stores().values().stream()
                .flatMap(store -> store.values().stream())
                .filter(r ->
                        r instanceof InstanceUser user && user.usesInstance(record.arn()) && r instanceof NamedResource)
                .map(r -> ReplicationInstanceTaskLog.builder()
                        .replicationTaskName(((NamedResource) r).name())
                        .replicationTaskArn(((NamedResource) r).arn())
                        .replicationInstanceTaskLogSize(((InstanceUser) r).taskLogSizeAt(now))
                        .build())
                .toList();
        Paging.Page<ReplicationInstanceTaskLog> page = Paging.pageByIndex(logs, request.maxRecords(), request.marker());
        return DescribeReplicationInstanceTaskLogsResponse.builder()
                .replicationInstanceArn(record.arn())
                .replicationInstanceTaskLogs(page.items())
                .marker(page.nextMarker())
                .build();
    }

    /** DMS stores the identifier in lower case: 1 to 63 letters, digits and hyphens, starting with a letter. */
    static String requireIdentifier(String identifier) {
        if (identifier.length() > 63
                || identifier.endsWith("-")
                || !identifier.matches("[A-Za-z](?:[A-Za-z0-9]|-(?!-))*")) {
            throw ServiceError.invalidParameterValue("The parameter ReplicationInstanceIdentifier is not a valid"
                    + " identifier ('" + identifier + "'). Identifiers must begin with a letter; must contain only"
                    + " ASCII letters, digits, and hyphens; must be 1 to 63 characters; and must not end with a"
                    + " hyphen or contain two consecutive hyphens.");
        }
        return identifier.toLowerCase(Locale.ROOT);
    }

    static void requireUnique(OperationContext context, String identifier, String ownArn) {
        Instances.store(context.account())
                .findNamed(
                        identifier, r -> r.name().equals(identifier) && !r.arn().equals(ownArn))
                .ifPresent(r -> {
                    throw ServiceError.alreadyExists(
                            "Replication instance with identifier " + identifier + " already exists");
                });
    }

    /** Total allocated storage of the account stays within its quota (10,000 GB by default). */
    static void requireStorageQuota(OperationContext context, int additional) {
        int used = Instances.store(context.account()).values().stream()
                .mapToInt(r -> r.plannedConfig().allocatedStorage())
                .sum();
        if (used + additional > MAX_TOTAL_STORAGE) {
            throw new ServiceError(
                    "StorageQuotaExceededFault",
                    400,
                    "The request would use " + (used + additional) + " GB of replication instance storage; the"
                            + " account's quota is " + MAX_TOTAL_STORAGE + " GB");
        }
    }

    private static String zone(
            CreateReplicationInstanceRequest request, String identifier, boolean multiAz, List<String> zones) {
        if (request.availabilityZone() == null) {
            return zones.get(Math.floorMod(identifier.hashCode(), zones.size()));
        }
        if (multiAz) {
            throw ServiceError.invalidParameterCombination(
                    "Requesting a specific availability zone is not valid for Multi-AZ instances.");
        }
        if (!zones.contains(request.availabilityZone())) {
            throw ServiceError.invalidParameterValue("Invalid AvailabilityZone '" + request.availabilityZone()
                    + "'. Valid zones: " + String.join(" | ", zones));
        }
        return request.availabilityZone();
    }

    static String otherZone(List<String> zones, String zone) {
        return zones.get((zones.indexOf(zone) + 1) % zones.size());
    }

    private static String arn(OperationContext context, String resourceIdentifier) {
        if (resourceIdentifier == null) {
            return context.account().ids().newArn("rep");
        }
        if (!RESOURCE_IDENTIFIER.matcher(resourceIdentifier).matches() || resourceIdentifier.endsWith("-")) {
            throw ServiceError.invalidParameterValue("Invalid ResourceIdentifier '" + resourceIdentifier
                    + "': up to 31 ASCII letters, digits and hyphens, starting with a letter, not ending with a"
                    + " hyphen, no two hyphens in a row");
        }
        String arn = "arn:aws:dms:" + context.region() + ":" + context.accountId() + ":rep:" + resourceIdentifier;
        if (context.account().exists(arn)) {
            throw ServiceError.alreadyExists(
                    "A replication instance with ResourceIdentifier " + resourceIdentifier + " already exists");
        }
        return arn;
    }

    /** Addresses derived from the ARN, so they are stable and differ between instances. */
    private static ReplicationInstance withAddresses(ReplicationInstance config) {
        int hash = config.replicationInstanceArn().hashCode();
        String privateIp = "10.0." + ((hash >>> 8) & 0xff) + "." + (hash & 0xff);
        ReplicationInstance.Builder builder = config.toBuilder()
                .replicationInstancePrivateIpAddress(privateIp)
                .replicationInstancePrivateIpAddresses(privateIp);
        if (Boolean.TRUE.equals(config.publiclyAccessible())) {
            String publicIp = "54." + ((hash >>> 24) & 0xff) + "." + ((hash >>> 16) & 0xff) + "." + (hash & 0xff);
            builder.replicationInstancePublicIpAddress(publicIp).replicationInstancePublicIpAddresses(publicIp);
        }
        return builder.build();
    }

    private static String defaultKmsKey(OperationContext context) {
        return "arn:aws:kms:" + context.region() + ":" + context.accountId() + ":key/dms-testkit-default";
    }
}
