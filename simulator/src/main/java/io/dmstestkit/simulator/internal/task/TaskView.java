package io.dmstestkit.simulator.internal.task;

import io.dmstestkit.simulator.internal.run.Ending;
import io.dmstestkit.simulator.internal.run.Run;
import io.dmstestkit.simulator.internal.run.RunStats;
import io.dmstestkit.simulator.internal.run.StartOptions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskStats;

/**
 * Renders the SDK {@link ReplicationTask} of a task at one moment. A task that never started has no
 * {@code ReplicationTaskStats}. {@code StopReason} shows while the task is {@code stopped} or
 * {@code failed}, {@code LastFailureMessage} once a run failed (DMS keeps it after a later stop), the CDC
 * positions of the latest start (or, before any start, those given on create or modify).
 */
final class TaskView {

    private TaskView() {}

    static ReplicationTask render(TaskRecord record, Instant now) {
        return render(record, now, true);
    }

    /**
     * As {@link #render(TaskRecord, Instant)}; without the {@code ReplicationTaskSettings} document when
     * {@code withSettings} is false ({@code WithoutSettings} of DescribeReplicationTasks), in the same build.
     */
    static ReplicationTask render(TaskRecord record, Instant now, boolean withSettings) {
        ReplicationTask.Builder task = record.task().toBuilder().status(record.statusAt(now));
        if (!withSettings) {
            task.replicationTaskSettings(null);
        }
        if (record.transientAt(now).filter(TaskStatus.MOVING::equals).isPresent()) {
            task.targetReplicationInstanceArn(record.task().replicationInstanceArn());
        }
        record.history().recoveryCheckpoint(now).ifPresent(task::recoveryCheckpoint);
        lastFailure(record, now)
                .ifPresent(ending -> task.lastFailureMessage(String.join("; ", ending.failureMessages())));
        record.history().current().ifPresent(run -> describeRun(task, run, now));
        return task.build();
    }

    /** The failure that ended the latest failed run by {@code now}: it stays after later runs. */
    private static Optional<Ending> lastFailure(TaskRecord record, Instant now) {
        List<Run> runs = record.history().runs();
        for (int i = runs.size() - 1; i >= 0; i--) {
            Optional<Ending> ending = runs.get(i).endingBy(now).filter(Ending::failed);
            if (ending.isPresent()) {
                return ending;
            }
        }
        return Optional.empty();
    }

    private static void describeRun(ReplicationTask.Builder task, Run run, Instant now) {
        StartOptions options = run.plan().options();
        task.replicationTaskStartDate(run.plan().startedAt()).replicationTaskStats(stats(run, now));
        if (options.cdcStartPosition() != null) {
            task.cdcStartPosition(options.cdcStartPosition());
        }
        if (options.cdcStopPosition() != null) {
            task.cdcStopPosition(options.cdcStopPosition());
        }
        run.endingBy(now).ifPresent(ending -> task.stopReason(ending.reason().wireValue()));
    }

    private static ReplicationTaskStats stats(Run run, Instant now) {
        RunStats stats = RunStats.of(run, now);
        return ReplicationTaskStats.builder()
                .fullLoadProgressPercent(stats.fullLoadProgressPercent())
                .elapsedTimeMillis(stats.elapsedTimeMillis())
                .tablesLoaded(stats.tables().loaded())
                .tablesLoading(stats.tables().loading())
                .tablesQueued(stats.tables().queued())
                .tablesErrored(stats.tables().errored())
                .freshStartDate(stats.freshStartDate())
                .startDate(stats.startDate())
                .stopDate(stats.stopDate().orElse(null))
                .fullLoadStartDate(stats.fullLoadStartDate().orElse(null))
                .fullLoadFinishDate(stats.fullLoadFinishDate().orElse(null))
                .build();
    }
}
