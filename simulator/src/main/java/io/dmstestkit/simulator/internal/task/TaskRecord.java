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
 * is in after a create, move, modify, legacy assessment or delete ({@code creating}, {@code moving},
 * {@code modifying}, {@code testing}, {@code deleting}). Everything else is computed from the
 * virtual time it is read at. A deleted task stays {@code deleting} until the account removes it from its
 * store (see {@link Tasks#delete}).
 *
 * @param task the stored members: identifier, ARN, endpoints, instance, type, mappings, settings, dates
 * @param transientStatus {@code creating}, {@code moving}, {@code modifying} or {@code testing} until
 *     {@code transientUntil}, or {@code deleting} from {@code deletingSince} until the task is gone; may be null
 * @param readyAt when the task's creation finished (later transient statuses do not move it)
 * @param deletingSince when DeleteReplicationTask was accepted; null while the task is not deleted
 */
public record TaskRecord(
        ReplicationTask task,
        RunHistory history,
        String transientStatus,
        Instant transientUntil,
        Instant readyAt,
        Instant deletingSince)
        implements Scheduled, EndpointUser, InstanceUser, NamedResource, Described {

    /** A task just created: {@code creating} until {@code readyAt}, then {@code ready}. */
    static TaskRecord created(ReplicationTask task, Instant readyAt) {
        return new TaskRecord(task, RunHistory.empty(TaskStatus.KIND), TaskStatus.CREATING, readyAt, readyAt, null);
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

    /**
     * {@code creating}, {@code moving}, {@code modifying} or {@code testing} while that lasts; {@code deleting}
     * from the delete on, until the record is removed (even if a read comes after {@code transientUntil} and
     * before the removal, a deleted task never shows its old status again).
     */
    Optional<String> transientAt(Instant now) {
        if (deletingSince != null) {
            return now.isBefore(deletingSince) ? Optional.empty() : Optional.of(TaskStatus.DELETING);
        }
        return transientStatus != null && now.isBefore(transientUntil)
                ? Optional.of(transientStatus)
                : Optional.empty();
    }

    /** Whether DeleteReplicationTask was accepted: the task is {@code deleting} until it is gone. */
    boolean isDeleted() {
        return deletingSince != null;
    }

    /** When a deleted task is gone; empty while it is not deleted. */
    Optional<Instant> goneAt() {
        return isDeleted() ? Optional.of(transientUntil) : Optional.empty();
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
        if (deletingSince != null && !deletingSince.isAfter(now)) {
            phases.add(new PhaseTimeline.Phase(TaskStatus.DELETING, deletingSince));
        }
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
        return new TaskRecord(changed, history, transientStatus, transientUntil, readyAt, deletingSince);
    }

    TaskRecord withHistory(RunHistory changed) {
        return new TaskRecord(task, changed, transientStatus, transientUntil, readyAt, deletingSince);
    }

    TaskRecord withTransient(String status, Instant until) {
        return new TaskRecord(task, history, status, until, readyAt, deletingSince);
    }

    /** This task {@code deleting} from {@code now} until {@code goneAt}. */
    TaskRecord deleting(Instant now, Instant goneAt) {
        return new TaskRecord(task, history, TaskStatus.DELETING, goneAt, readyAt, now);
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        if (deletingSince != null) {
            // Nothing runs any more: the only change left is the moment the task is gone.
            return now.isBefore(transientUntil) ? Optional.of(transientUntil) : Optional.empty();
        }
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
