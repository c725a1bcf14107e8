package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import io.dmstestkit.simulator.internal.run.Run;
import io.dmstestkit.simulator.internal.run.RunHistory;
import io.dmstestkit.simulator.internal.run.RunStats;
import io.dmstestkit.simulator.internal.run.StartOptions;
import java.time.Instant;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ReplicationConfig;
import software.amazon.awssdk.services.databasemigration.model.ReplicationStats;

/**
 * Renders the SDK {@link Replication} of a config at one moment. A config that was never started has a
 * replication with status {@code created} and no statistics (the documentation of ModifyReplicationConfig
 * names CREATED as a run status, so DMS lists it before the first start). StopReason appears exactly while
 * the status is {@code stopped} or {@code failed}; FailureMessages only with {@code failed}.
 */
final class ReplicationView {

    private ReplicationView() {}

    static Replication render(ReplicationConfig config, RunHistory history, Instant now) {
        Replication.Builder replication = Replication.builder()
                .replicationConfigIdentifier(config.replicationConfigIdentifier())
                .replicationConfigArn(config.replicationConfigArn())
                .sourceEndpointArn(config.sourceEndpointArn())
                .targetEndpointArn(config.targetEndpointArn())
                .replicationType(config.replicationTypeAsString())
                .status(history.statusAt(now))
                .replicationCreateTime(config.replicationConfigCreateTime())
                .replicationUpdateTime(updateTime(config, history, now))
                .replicationLastStopTime(history.lastStopTime(now).orElse(null))
                .recoveryCheckpoint(history.recoveryCheckpoint(now).orElse(null))
                .isReadOnly(false);
        history.current().ifPresent(run -> describeRun(replication, run, now));
        return replication.build();
    }

    private static void describeRun(Replication.Builder replication, Run run, Instant now) {
        StartOptions options = run.plan().options();
        replication
                .startReplicationType(options.type().toString())
                .cdcStartTime(options.cdcStartTime())
                .cdcStartPosition(options.cdcStartPosition())
                .cdcStopPosition(options.cdcStopPosition())
                .replicationStats(stats(run, now))
                .provisionData(run.provisionDataAt(now).orElse(null))
                .replicationDeprovisionTime(run.deprovisionAt().orElse(null));
        run.endingBy(now).ifPresent(ending -> {
            replication.stopReason(ending.reason().wireValue());
            if (ending.failed()) {
                replication.failureMessages(ending.failureMessages());
            }
        });
    }

    private static ReplicationStats stats(Run run, Instant now) {
        RunStats stats = RunStats.of(run, now);
        return ReplicationStats.builder()
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

    /** The latest change anyone could see: a config change or a status entered. */
    private static Instant updateTime(ReplicationConfig config, RunHistory history, Instant now) {
        Instant latest = config.replicationConfigUpdateTime();
        for (PhaseTimeline.Phase phase : history.historyUntil(now)) {
            if (phase.enteredAt().isAfter(latest)) {
                latest = phase.enteredAt();
            }
        }
        return latest;
    }
}
