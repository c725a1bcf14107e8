package io.dmstestkit.simulator.internal.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import io.dmstestkit.simulator.internal.protocol.SdkJsonCodec;
import io.dmstestkit.simulator.internal.run.RunHistory;
import io.dmstestkit.simulator.internal.run.TableView;
import io.dmstestkit.simulator.internal.state.Described;
import io.dmstestkit.simulator.internal.state.EndpointUser;
import io.dmstestkit.simulator.internal.state.InstanceUser;
import io.dmstestkit.simulator.internal.state.NamedResource;
import io.dmstestkit.simulator.internal.state.Scheduled;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;

/**
 * A classic replication task as the account state stores it (by task ARN): the task's own members (its
 * {@code ReplicationTask} shape without the run-dependent ones), its runs, and the transient status it
 * is in after a create, move, modify or legacy assessment ({@code creating}, {@code moving},
 * {@code modifying}, {@code testing}). Everything else is computed from the
 * virtual time it is read at.
 *
 * @param task the stored members: identifier, ARN, endpoints, instance, type, mappings, settings, dates
 * @param transientStatus {@code creating}, {@code moving}, {@code modifying} or {@code testing} until
 *     {@code transientUntil}; may be null
 * @param readyAt when the task's creation finished (later transient statuses do not move it)
 */
public record TaskRecord(
        ReplicationTask task, RunHistory history, String transientStatus, Instant transientUntil, Instant readyAt)
        implements Scheduled, EndpointUser, InstanceUser, NamedResource, Described {

    /** A task just created: {@code creating} until {@code readyAt}, then {@code ready}. */
    static TaskRecord created(ReplicationTask task, Instant readyAt) {
        return new TaskRecord(task, RunHistory.empty(TaskStatus.KIND), TaskStatus.CREATING, readyAt, readyAt);
    }

    @Override
    public String arn() {
        return task.replicationTaskArn();
    }

    public String identifier() {
        return task.replicationTaskIdentifier();
    }

    /** The identifier: faults and the DSL name tasks by it. */
    @Override
    public String name() {
        return identifier();
    }

    public MigrationTypeValue migrationType() {
        return task.migrationType();
    }

    /** The transient status while it lasts, otherwise the status of the runs. */
    @Override
    public String statusAt(Instant now) {
        return transientAt(now).orElseGet(() -> history.statusAt(now));
    }

    /** {@code creating}, {@code moving}, {@code modifying} or {@code testing} while that lasts. */
    Optional<String> transientAt(Instant now) {
        return transientStatus != null && now.isBefore(transientUntil)
                ? Optional.of(transientStatus)
                : Optional.empty();
    }

    /** The task as DescribeReplicationTasks shows it at {@code now}. */
    public ReplicationTask taskAt(Instant now) {
        return TaskView.render(this, now);
    }

    /** As {@link #taskAt}, leaving out the settings document unless {@code withSettings}. */
    ReplicationTask taskAt(Instant now, boolean withSettings) {
        return TaskView.render(this, now, withSettings);
    }

    /** The state dump lists tasks as DescribeReplicationTasks does. */
    @Override
    public String describedIn() {
        return "ReplicationTasks";
    }

    @Override
    public ReplicationTask describeAt(Instant now) {
        return taskAt(now);
    }

    /** Per-table statistics of the latest run at {@code now}; empty before the first start. */
    public List<TableView> tablesAt(Instant now) {
        return history.current().map(run -> run.tablesAt(now)).orElse(List.of());
    }

    /** CDC latency at {@code now}: empty while no changes are being applied. */
    public Optional<Duration> cdcLatencyAt(Instant now) {
        return history.current().flatMap(run -> run.cdcLatencyAt(now));
    }

    /** Every status entered by {@code now}, from {@code creating}. */
    public List<PhaseTimeline.Phase> statusHistoryUntil(Instant now) {
        List<PhaseTimeline.Phase> phases = new ArrayList<>();
        Instant created = task.replicationTaskCreationDate();
        phases.add(new PhaseTimeline.Phase(TaskStatus.CREATING, created));
        if (!readyAt.isAfter(now)) {
            phases.add(new PhaseTimeline.Phase(TaskStatus.READY, readyAt));
        }
        phases.addAll(history.historyUntil(now));
        return phases;
    }

    /** Whether the ReplicationTaskSettings enable data validation (needed by the validate-only reload). */
    boolean validationEnabled() {
        if (task.replicationTaskSettings() == null) {
            return false;
        }
        try {
            return SdkJsonCodec.mapper()
                    .readTree(task.replicationTaskSettings())
                    .path("ValidationSettings")
                    .path("EnableValidation")
                    .asBoolean(false);
        } catch (JsonProcessingException e) {
            return false; // stored settings were validated as JSON on the way in
        }
    }

    TaskRecord withIncident(DmsIncident incident, Instant now) {
        return withHistory(history.withIncident(incident, now));
    }

    TaskRecord withTask(ReplicationTask changed) {
        return new TaskRecord(changed, history, transientStatus, transientUntil, readyAt);
    }

    TaskRecord withHistory(RunHistory changed) {
        return new TaskRecord(task, changed, transientStatus, transientUntil, readyAt);
    }

    TaskRecord withTransient(String status, Instant until) {
        return new TaskRecord(task, history, status, until, readyAt);
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        Optional<Instant> transientEnd = transientAt(now).map(status -> transientUntil);
        return Stream.concat(transientEnd.stream(), history.nextChangeAfter(now).stream())
                .min(Instant::compareTo);
    }

    @Override
    public boolean usesEndpoint(String endpointArn) {
        return endpointArn.equals(task.sourceEndpointArn()) || endpointArn.equals(task.targetEndpointArn());
    }

    @Override
    public boolean usesInstance(String replicationInstanceArn) {
        return replicationInstanceArn.equals(task.replicationInstanceArn());
    }

    /** Assumed: each run writes about 16 KiB of log, so the size grows with every start. */
    @Override
    public long taskLogSizeAt(Instant now) {
        return history.runs().stream()
                        .filter(run -> !run.plan().startedAt().isAfter(now))
                        .count()
                * 16_384L;
    }

    @Override
    public String describeForUser() {
        return "replication task " + identifier();
    }
}
