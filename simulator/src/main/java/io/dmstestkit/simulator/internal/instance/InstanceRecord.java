package io.dmstestkit.simulator.internal.instance;

import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import io.dmstestkit.simulator.internal.state.Described;
import io.dmstestkit.simulator.internal.state.EventLog;
import io.dmstestkit.simulator.internal.state.NamedResource;
import io.dmstestkit.simulator.internal.state.Scheduled;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.Event;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ReplicationPendingModifiedValues;

/**
 * One replication instance: its status timeline and its configuration over virtual time. Every
 * operation plans its transitions ahead ({@code modifying} now, {@code available} with the new class
 * five minutes later) together with the events that report them; a read evaluates the plan at its
 * moment. A later operation or an incident cuts what was planned after its moment and plans anew, so
 * what was observed never changes.
 *
 * <p>The configuration is kept in the SDK's own {@code ReplicationInstance} shape (without status and
 * pending values, which are computed), one snapshot per change. Guarded by the account lock.
 */
final class InstanceRecord implements NamedResource, Scheduled, Described {

    static final String SOURCE_TYPE = "replication-instance";

    /** A configuration that holds from {@code at} on. */
    private record Change(Instant at, ReplicationInstance config) {}

    /** A status an incident forces at {@code at}, with the failure event that reports it. */
    record PlannedIncident(Instant at, String status, String message) {}

    private final String arn;
    private String identifier;
    private PhaseTimeline timeline;
    private final List<Change> changes = new ArrayList<>();
    private final List<PlannedIncident> incidents = new ArrayList<>();
    private ReplicationInstance deferred;
    private Instant deferredApplyAt;
    private Transition deferredTransition;

    InstanceRecord(ReplicationInstance config, Instant createdAt, Duration creating, EventLog events) {
        this.arn = config.replicationInstanceArn();
        this.identifier = config.replicationInstanceIdentifier();
        this.timeline = PhaseTimeline.startingAt(createdAt, "creating");
        changes.add(new Change(createdAt, config));
        event(events, createdAt, "creation", "A replication instance is being created.");
        enter(events, "available", createdAt.plus(creating), "creation", "A replication instance has been created.");
    }

    @Override
    public String arn() {
        return arn;
    }

    @Override
    public String name() {
        return identifier;
    }

    void rename(String newIdentifier) {
        this.identifier = newIdentifier;
    }

    @Override
    public String statusAt(Instant now) {
        return timeline.statusAt(now);
    }

    /** Gone: its deletion finished. Stores drop such records on their next write. */
    boolean isGoneAt(Instant now) {
        return "deleted".equals(statusAt(now));
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        return timeline.nextChangeAfter(now);
    }

    @Override
    public String describedIn() {
        return "ReplicationInstances";
    }

    @Override
    public ReplicationInstance describeAt(Instant now) {
        ReplicationInstance current = configAt(now);
        ReplicationInstance planned = plannedConfig();
        return current.toBuilder()
                .replicationInstanceIdentifier(identifier)
                .replicationInstanceStatus(statusAt(now))
                .pendingModifiedValues(pending(current, planned))
                .build();
    }

    /** The configuration in force at {@code now}. */
    ReplicationInstance configAt(Instant now) {
        ReplicationInstance current = changes.get(0).config();
        for (Change change : changes) {
            if (!change.at().isAfter(now)) {
                current = change.config();
            }
        }
        return current;
    }

    /** The configuration once everything planned has happened (the deferred one included). */
    ReplicationInstance plannedConfig() {
        return changes.get(changes.size() - 1).config();
    }

    /** The configuration the next maintenance window will apply, if a change waits for it. */
    Optional<ReplicationInstance> deferredConfig() {
        return Optional.ofNullable(deferred);
    }

    Optional<Instant> deferredApplyAt() {
        return Optional.ofNullable(deferredApplyAt);
    }

    /**
     * Plans a transition starting now: {@code transientStatus} for {@code lasting}, then {@code available}
     * with {@code after} as the configuration. Drops what was planned after now, then plans again the
     * deferred change and the incidents that still lie ahead.
     */
    void transition(Instant now, Transition transition, ReplicationInstance after, EventLog events) {
        cutAfter(now, events);
        if (transition.status().equals("modifying")) {
            // ApplyImmediately applies what waited for the maintenance window too: it is part of after.
            deferred = null;
            deferredApplyAt = null;
        }
        Instant end = now.plus(transition.lasting());
        enter(events, transition.status(), now, null, null);
        transition.beginMessages().forEach(message -> event(events, now, transition.category(), message));
        changes.add(new Change(end, after));
        enter(events, "available", end, null, null);
        transition.endMessages().forEach(message -> event(events, end, transition.category(), message));
        replanTail(now, events);
    }

    /** Changes the configuration now without any status change (tags, window, security groups…). */
    void applyQuietly(Instant now, ReplicationInstance config) {
        List<Change> later = changes.stream().filter(c -> c.at().isAfter(now)).toList();
        changes.removeAll(later);
        changes.add(new Change(now, config));
        for (Change change : later) {
            changes.add(new Change(change.at(), withSettingsOf(config, change.config())));
        }
        if (deferred != null) {
            deferred = withSettingsOf(config, deferred);
        }
    }

    /**
     * Waits for the next maintenance window to apply {@code target} through {@code transition}
     * ({@code ApplyImmediately=false}, or a maintenance action opted in for the next window).
     */
    void deferUntilMaintenance(Instant now, ReplicationInstance target, Transition transition, EventLog events) {
        cutAfter(now, events);
        this.deferred = target;
        this.deferredTransition = transition;
        replanTail(now, events);
    }

    /** The transition the next maintenance window will run, if a change waits for it. */
    Optional<Transition> deferredTransition() {
        return deferred == null ? Optional.empty() : Optional.of(deferredTransition);
    }

    /** Drops a deferred change (the undo-opt-in of a maintenance action). */
    void cancelDeferred(Instant now, EventLog events) {
        cutAfter(now, events);
        this.deferred = null;
        this.deferredApplyAt = null;
        replanTail(now, events);
    }

    /** Plans deletion: {@code deleting} now, gone after {@code lasting}. Incidents and deferred changes end. */
    void delete(Instant now, Duration lasting, EventLog events) {
        cutAfter(now, events);
        incidents.clear();
        deferred = null;
        deferredApplyAt = null;
        enter(events, "deleting", now, "deletion", "The replication instance is being deleted.");
        enter(events, "deleted", now.plus(lasting), "deletion", "The replication instance has been deleted.");
    }

    /** Forces {@code status} at {@code incident.at()} (now or later), e.g. {@code storage-full}. */
    void planIncident(PlannedIncident incident, EventLog events) {
        incidents.add(incident);
        incidents.sort(java.util.Comparator.comparing(PlannedIncident::at));
        strike(incident, events);
        for (PlannedIncident later : incidents) {
            if (later.at().isAfter(incident.at())) {
                strike(later, events);
            }
        }
    }

    private void strike(PlannedIncident incident, EventLog events) {
        cutAfter(incident.at(), events);
        deferred = null;
        deferredApplyAt = null;
        enter(events, incident.status(), incident.at(), "failure", incident.message());
    }

    /**
     * After an operation at {@code now} planned its phases: plans again the deferred change and the
     * incidents still ahead. Incidents that struck by now are over: the operation answered them.
     */
    private void replanTail(Instant now, EventLog events) {
        incidents.removeIf(incident -> !incident.at().isAfter(now));
        if (deferred != null) {
            Instant lastPlanned =
                    timeline.phases().get(timeline.phases().size() - 1).enteredAt();
            Instant from = lastPlanned.isAfter(now) ? lastPlanned : now;
            deferredApplyAt = MaintenanceWindow.parse(plannedConfig().preferredMaintenanceWindow())
                    .nextStartAfter(from);
            Instant start = deferredApplyAt;
            Instant end = start.plus(deferredTransition.lasting());
            enter(events, deferredTransition.status(), start, null, null);
            deferredTransition.beginMessages().forEach(m -> event(events, start, deferredTransition.category(), m));
            changes.add(new Change(end, withSettingsOf(plannedConfig(), deferred)));
            enter(events, "available", end, null, null);
            deferredTransition.endMessages().forEach(m -> event(events, end, deferredTransition.category(), m));
        }
        for (PlannedIncident incident : incidents) {
            strike(incident, events);
        }
    }

    private void cutAfter(Instant at, EventLog events) {
        timeline = timeline.cutAt(at);
        changes.removeIf(change -> change.at().isAfter(at)); // the first change is the creation: never after
        events.retractAfter(arn, at);
    }

    private void enter(EventLog events, String status, Instant at, String category, String message) {
        timeline = timeline.then(status, at);
        if (message != null) {
            event(events, at, category, message);
        }
    }

    private void event(EventLog events, Instant at, String category, String message) {
        events.record(
                arn,
                Event.builder()
                        .sourceIdentifier(identifier)
                        .sourceType(SOURCE_TYPE)
                        .eventCategories(category)
                        .message(message)
                        .date(at)
                        .build());
    }

    /** {@code base} with the settings that need {@code modifying} (class, storage, zones, version…) of {@code override}. */
    static ReplicationInstance withSettingsOf(ReplicationInstance base, ReplicationInstance override) {
        return base.toBuilder()
                .replicationInstanceClass(override.replicationInstanceClass())
                .allocatedStorage(override.allocatedStorage())
                .multiAZ(override.multiAZ())
                .engineVersion(override.engineVersion())
                .networkType(override.networkType())
                .availabilityZone(override.availabilityZone())
                .secondaryAvailabilityZone(override.secondaryAvailabilityZone())
                .build();
    }

    private static ReplicationPendingModifiedValues pending(ReplicationInstance current, ReplicationInstance planned) {
        ReplicationPendingModifiedValues.Builder pending = ReplicationPendingModifiedValues.builder();
        if (!Objects.equals(current.replicationInstanceClass(), planned.replicationInstanceClass())) {
            pending.replicationInstanceClass(planned.replicationInstanceClass());
        }
        if (!Objects.equals(current.allocatedStorage(), planned.allocatedStorage())) {
            pending.allocatedStorage(planned.allocatedStorage());
        }
        if (!Objects.equals(current.multiAZ(), planned.multiAZ())) {
            pending.multiAZ(planned.multiAZ());
        }
        if (!Objects.equals(current.engineVersion(), planned.engineVersion())) {
            pending.engineVersion(planned.engineVersion());
        }
        if (!Objects.equals(current.networkType(), planned.networkType())) {
            pending.networkType(planned.networkType());
        }
        return pending.build();
    }
}
