package io.dmstestkit.simulator.internal.replication;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import io.dmstestkit.simulator.internal.protocol.SdkJsonCodec;
import io.dmstestkit.simulator.internal.run.RunHistory;
import io.dmstestkit.simulator.internal.run.TableView;
import io.dmstestkit.simulator.internal.state.EndpointUser;
import io.dmstestkit.simulator.internal.state.NamedResource;
import io.dmstestkit.simulator.internal.state.Scheduled;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ReplicationConfig;

/**
 * A serverless replication config and the replication it drives, as the account state stores them (by config
 * ARN). Everything readable is computed from the virtual time it is read at; nothing moves in the
 * background.
 *
 * <pre>{@code
 * ReplicationRecord record = Replications.find(account, "orders-cdc").orElseThrow();
 * record.replicationAt(now).status();      // "running"
 * record.cdcLatencyAt(now);                // Optional[PT1S]
 * }</pre>
 */
public record ReplicationRecord(ReplicationConfig config, RunHistory history)
        implements Scheduled, EndpointUser, NamedResource {

    /** A config that was just created: its replication exists with status {@code created}. */
    public static ReplicationRecord created(ReplicationConfig config) {
        return new ReplicationRecord(config, RunHistory.empty(ReplicationStatus.KIND));
    }

    @Override
    public String arn() {
        return config.replicationConfigArn();
    }

    public String identifier() {
        return config.replicationConfigIdentifier();
    }

    /** The identifier: faults and the DSL name replications by it. */
    @Override
    public String name() {
        return identifier();
    }

    @Override
    public String statusAt(Instant now) {
        return history.statusAt(now);
    }

    /** The replication as DescribeReplications shows it at {@code now}. */
    public Replication replicationAt(Instant now) {
        return ReplicationView.render(config, history, now);
    }

    /** Per-table statistics of the latest run at {@code now}; empty before the first start. */
    public List<TableView> tablesAt(Instant now) {
        return history.current().map(run -> run.tablesAt(now)).orElse(List.of());
    }

    /**
     * CDC latency at {@code now} (the Replication shape has no member for it): empty while no changes are
     * being applied (before CDC starts, after a stop, and for full-load replications).
     */
    public Optional<Duration> cdcLatencyAt(Instant now) {
        return history.current().flatMap(run -> run.cdcLatencyAt(now));
    }

    /** Every status entered by {@code now}, from {@code created}: the history failure messages show. */
    public List<PhaseTimeline.Phase> statusHistoryUntil(Instant now) {
        List<PhaseTimeline.Phase> phases = new ArrayList<>();
        phases.add(new PhaseTimeline.Phase(ReplicationStatus.CREATED, config.replicationConfigCreateTime()));
        phases.addAll(history.historyUntil(now));
        return phases;
    }

    /** This record with an incident planned at {@code now} (see {@link RunHistory#withIncident}). */
    public ReplicationRecord withIncident(DmsIncident incident, Instant now) {
        return withHistory(history.withIncident(incident, now));
    }

    /**
     * Whether the ReplicationSettings enable data validation ({@code ValidationSettings.EnableValidation}),
     * which the validate-only reload option requires.
     */
    public boolean validationEnabled() {
        if (config.replicationSettings() == null) {
            return false;
        }
        try {
            return SdkJsonCodec.mapper()
                    .readTree(config.replicationSettings())
                    .path("ValidationSettings")
                    .path("EnableValidation")
                    .asBoolean(false);
        } catch (JsonProcessingException e) {
            return false; // stored settings were validated as JSON on the way in
        }
    }

    ReplicationRecord withConfig(ReplicationConfig changed) {
        return new ReplicationRecord(changed, history);
    }

    ReplicationRecord withHistory(RunHistory changed) {
        return new ReplicationRecord(config, changed);
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        return history.nextChangeAfter(now);
    }

    @Override
    public boolean usesEndpoint(String endpointArn) {
        return endpointArn.equals(config.sourceEndpointArn()) || endpointArn.equals(config.targetEndpointArn());
    }

    @Override
    public String describeForUser() {
        return "replication config " + identifier();
    }
}
