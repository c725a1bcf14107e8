package io.dmstestkit.simulator.internal.instance;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.endpoint.EndpointOperations;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;

/**
 * What other resource families may ask about replication instances (connection tests, event
 * subscriptions, the simulator's incidents), and the housekeeping every instance operation shares.
 * Callers hold the account lock.
 */
public final class Instances {

    /** The statuses an incident may force on an instance. */
    public static final Set<String> INCIDENT_STATUSES = Set.of(
            "storage-full",
            "incompatible-network",
            "incompatible-credentials",
            "inaccessible-encryption-credentials",
            "failed");

    private Instances() {}

    static ResourceStore<InstanceRecord> store(AccountState account) {
        return account.store(InstanceRecord.class);
    }

    /** Drops the instances whose deletion finished by {@code now}, with their tags. */
    static void purge(AccountState account, Instant now) {
        ResourceStore<InstanceRecord> store = store(account);
        for (InstanceRecord record : store.values()) {
            if (record.isGoneAt(now)) {
                store.remove(record.arn());
                account.tags().remove(record.arn());
                EndpointOperations.forgetConnectionsOf(account, record.arn());
            }
        }
    }

    /** The instance with this ARN, or ResourceNotFoundFault. */
    static InstanceRecord require(AccountState account, String arn, Instant now) {
        purge(account, now);
        return store(account)
                .get(arn)
                .orElseThrow(() -> ServiceError.resourceNotFound("Replication instance " + arn + " not found"));
    }

    /** The instance with this ARN or identifier that has not gone yet. */
    static Optional<InstanceRecord> find(AccountState account, String arnOrIdentifier, Instant now) {
        purge(account, now);
        String lower = arnOrIdentifier.toLowerCase(Locale.ROOT);
        ResourceStore<InstanceRecord> store = store(account);
        return store.get(arnOrIdentifier)
                .filter(record -> record.arn().equals(arnOrIdentifier))
                .or(() -> store.findNamed(lower, record -> record.name().equals(lower)));
    }

    /** The status of an instance now, or ResourceNotFoundFault when there is none with this ARN. */
    public static String requireStatus(AccountState account, String arn, Instant now) {
        return require(account, arn, now).statusAt(now);
    }

    /** The identifier of the instance with this ARN, or ResourceNotFoundFault. */
    public static String identifierOf(AccountState account, String arn, Instant now) {
        return require(account, arn, now).name();
    }

    /** The identifiers of the instances that exist now. */
    public static List<String> identifiers(AccountState account, Instant now) {
        purge(account, now);
        return store(account).values().stream().map(InstanceRecord::name).toList();
    }

    /** The identifiers of the instances whose engine version is older than {@code version}. */
    public static List<String> olderThan(AccountState account, String version, Instant now) {
        purge(account, now);
        return store(account).values().stream()
                .filter(r -> InstanceCatalogue.isOlder(r.configAt(now).engineVersion(), version))
                .map(InstanceRecord::name)
                .toList();
    }

    /** Every instance as DescribeReplicationInstances would show it now. */
    public static List<ReplicationInstance> describeAll(AccountState account, Instant now) {
        purge(account, now);
        return store(account).values().stream().map(r -> r.describeAt(now)).toList();
    }

    /**
     * Forces {@code status} on the instance (by identifier or ARN) at {@code at}, reported by a
     * {@code failure} event with {@code message}.
     *
     * @throws IllegalArgumentException when there is no such instance or the status is not one an
     *     incident may force
     */
    public static void planIncident(
            AccountState account, String arnOrIdentifier, String status, Instant at, String message, Instant now) {
        if (!INCIDENT_STATUSES.contains(status)) {
            throw new IllegalArgumentException(
                    "an instance incident forces one of " + INCIDENT_STATUSES + ", not '" + status + "'");
        }
        InstanceRecord record = find(account, arnOrIdentifier, now)
                .orElseThrow(() -> new IllegalArgumentException("no replication instance named '" + arnOrIdentifier
                        + "' in account " + account.accountId() + " (" + account.region() + ")"));
        if (record.statusAt(now).equals("deleting")) {
            throw new IllegalArgumentException("replication instance '" + record.name() + "' is being deleted");
        }
        Instant when = at.isBefore(now) ? now : at;
        record.planIncident(new InstanceRecord.PlannedIncident(when, status, message), account.events());
    }

    /** The default event message of a forced status. */
    public static String defaultIncidentMessage(String status) {
        return switch (status) {
            case "storage-full" -> "The replication instance has gone into storage failure.";
            case "incompatible-network" -> "The replication instance has failed due to an incompatible network.";
            case "incompatible-credentials" -> "The replication instance has failed due to incompatible credentials.";
            case "inaccessible-encryption-credentials" ->
                "The replication instance can't access its encryption key (KMS).";
            default -> "The replication instance has failed.";
        };
    }
}
