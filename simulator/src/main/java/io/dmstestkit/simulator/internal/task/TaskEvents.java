package io.dmstestkit.simulator.internal.task;

import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import io.dmstestkit.simulator.internal.state.EventLog;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.databasemigration.model.Event;

/**
 * The {@code replication-task} events of a task in the account's {@link EventLog}. Run events (started,
 * stopped, failed) come from the planned timelines of its runs, so a full-load task's own stop is recorded
 * ahead of time and shows when the clock gets there; whenever the history changes (a stop, an incident, a
 * new start) the events planned after that moment are retracted and planned again. The wording is assumed
 * (DMS documents the categories, not the messages).
 */
final class TaskEvents {

    static final String SOURCE_TYPE = "replication-task";
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T23:59:59Z");

    private TaskEvents() {}

    static void created(EventLog log, TaskRecord record, Instant at) {
        record(log, record, "creation", "Replication task has been created.", at);
    }

    static void modified(EventLog log, TaskRecord record, Instant at) {
        record(log, record, "configuration change", "Replication task has been modified.", at);
    }

    static void moving(EventLog log, TaskRecord record, Instant at) {
        record(log, record, "configuration change", "Replication task is being moved.", at);
    }

    /** A {@code deletion} event when the delete is accepted and another when the task is gone. */
    static void deleted(EventLog log, TaskRecord record, Instant at, Instant goneAt) {
        log.retractAfter(record.arn(), at);
        record(log, record, "deletion", "Replication task is being deleted.", at);
        record(log, record, "deletion", "Replication task has been deleted.", goneAt);
    }

    /** Re-plans the run events after {@code now}: those already seen stay, the rest follow {@code after}. */
    static void replan(EventLog log, Optional<TaskRecord> before, TaskRecord after, Instant now) {
        log.retractAfter(after.arn(), now);
        Set<PhaseTimeline.Phase> kept = before.map(TaskEvents::runPhases).orElse(List.of()).stream()
                .filter(phase -> !phase.enteredAt().isAfter(now))
                .collect(Collectors.toSet());
        for (PhaseTimeline.Phase phase : runPhases(after)) {
            if (!phase.enteredAt().isBefore(now) && !kept.contains(phase)) {
                runEvent(log, after, phase);
            }
        }
    }

    private static List<PhaseTimeline.Phase> runPhases(TaskRecord record) {
        return record.history().historyUntil(END_OF_TIME);
    }

    private static void runEvent(EventLog log, TaskRecord record, PhaseTimeline.Phase phase) {
        switch (phase.status()) {
            case TaskStatus.RUNNING ->
                record(log, record, "state change", "Replication task started.", phase.enteredAt());
            case TaskStatus.STOPPED ->
                record(log, record, "state change", "Replication task stopped.", phase.enteredAt());
            case TaskStatus.FAILED -> record(log, record, "failure", "Replication task failed.", phase.enteredAt());
            default -> {
                // starting and stopping are steps of a change already reported
            }
        }
    }

    private static void record(EventLog log, TaskRecord record, String category, String message, Instant at) {
        log.record(
                record.arn(),
                Event.builder()
                        .sourceIdentifier(record.identifier())
                        .sourceType(SOURCE_TYPE)
                        .eventCategories(category)
                        .message(message)
                        .date(at)
                        .build());
    }
}
