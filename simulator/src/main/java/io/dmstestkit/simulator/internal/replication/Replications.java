package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import io.dmstestkit.simulator.internal.run.RunHistory;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * The serverless replications of an account, for the operation handlers and for the rest of the simulator
 * (fault injection, the DSL's awaits and failure messages). Callers hold the account's lock, as handlers do.
 *
 * <pre>{@code
 * ReplicationRecord record = Replications.require(account, "orders-cdc");
 * Replications.describe(record, now).status();                // "running"
 * Replications.attachIncident(account, "orders-cdc",
 *     DmsIncident.failAt(now.plusSeconds(60), DmsIncident.Severity.RECOVERABLE_ERROR, "network reset"), now);
 * }</pre>
 */
public final class Replications {

    private Replications() {}

    /** The store of replication records, by config ARN in creation order. */
    public static ResourceStore<ReplicationRecord> store(AccountState account) {
        return account.store(ReplicationRecord.class);
    }

    /** The record of a config, found by its ARN or its identifier (case-insensitive, as DMS compares them). */
    public static Optional<ReplicationRecord> find(AccountState account, String identifierOrArn) {
        ResourceStore<ReplicationRecord> store = store(account);
        return store.get(identifierOrArn)
                .or(() -> store.findNamed(
                        identifierOrArn, record -> record.identifier().equalsIgnoreCase(identifierOrArn)));
    }

    /** The record of a config by ARN or identifier, or ResourceNotFoundFault. */
    public static ReplicationRecord require(AccountState account, String identifierOrArn) {
        return find(account, identifierOrArn)
                .orElseThrow(
                        () -> ServiceError.resourceNotFound("Replication config " + identifierOrArn + " not found"));
    }

    /** The record of the config with this ARN, or ResourceNotFoundFault: API members take ARNs only. */
    static ReplicationRecord requireArn(AccountState account, String arn) {
        return store(account)
                .get(arn)
                .orElseThrow(() -> ServiceError.resourceNotFound("Replication config " + arn + " not found"));
    }

    /** Stores a changed record under its ARN. */
    public static ReplicationRecord save(AccountState account, ReplicationRecord record) {
        return store(account).put(record.arn(), record);
    }

    /** Plans an incident on a config's current or next run (see {@link RunHistory}) and stores the result. */
    public static ReplicationRecord attachIncident(
            AccountState account, String identifierOrArn, DmsIncident incident, Instant now) {
        return save(account, require(account, identifierOrArn).withIncident(incident, now));
    }

    /** The SDK Replication at {@code at}. */
    public static Replication describe(ReplicationRecord record, Instant at) {
        return record.replicationAt(at);
    }

    /** The SDK TableStatistics of the latest run at {@code at}. */
    public static List<TableStatistics> tableStatistics(ReplicationRecord record, Instant at) {
        boolean validation = record.validationEnabled();
        return record.tablesAt(at).stream().map(t -> t.toSdk(validation)).toList();
    }

    /** CDC latency at {@code at}; empty while no changes are being applied. */
    public static Optional<Duration> cdcLatency(ReplicationRecord record, Instant at) {
        return record.cdcLatencyAt(at);
    }

    /** The statuses entered by {@code at}, from {@code created}. */
    public static List<PhaseTimeline.Phase> statusHistory(ReplicationRecord record, Instant at) {
        return record.statusHistoryUntil(at);
    }

    /** The filters DescribeReplicationConfigs and DescribeReplications accept. */
    static Filters<ReplicationRecord> filters(String operation) {
        return Filters.<ReplicationRecord>named(operation)
                .onKey("replication-config-arn", ReplicationRecord::arn)
                .onName("replication-config-id", ReplicationRecord::identifier);
    }
}
