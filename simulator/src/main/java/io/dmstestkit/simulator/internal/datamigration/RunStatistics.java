package io.dmstestkit.simulator.internal.datamigration;

import io.dmstestkit.simulator.internal.run.Ending;
import io.dmstestkit.simulator.internal.run.Run;
import io.dmstestkit.simulator.internal.run.TableCounts;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.services.databasemigration.model.DataMigrationStatistics;

/**
 * {@code DataMigrationStatistics} of one run at a virtual time, read from the shared run model. Progress
 * freezes when the run stops moving data; tables that were loading then count as queued again (a resume
 * loads them). Tables loaded by an earlier run of the same fresh start count as loaded. A CDC-only run has
 * no full load, so no {@code FullLoadPercentage}; {@code CDCLatency} is in whole seconds, only while
 * changes are applied.
 */
final class RunStatistics {

    private RunStatistics() {}

    static DataMigrationStatistics at(Run run, Instant now) {
        TableCounts tables = TableCounts.of(run.tablesAt(now));
        return DataMigrationStatistics.builder()
                .tablesLoaded(tables.loaded())
                .tablesLoading(tables.loading())
                .tablesQueued(tables.queued())
                .tablesErrored(tables.errored())
                .fullLoadPercentage(
                        run.plan().load().isFullLoad() ? run.plan().load().percentAt(run.frozen(now)) : null)
                .cdcLatency(run.cdcLatencyAt(now)
                        .map(latency -> (int) Math.round(latency.toMillis() / 1000.0))
                        .orElse(null))
                .elapsedTimeMillis(Duration.between(run.plan().startedAt(), endOrNow(run, now))
                        .toMillis())
                .startTime(run.plan().startedAt())
                .stopTime(run.endingBy(now).map(Ending::endedAt).orElse(null))
                .build();
    }

    private static Instant endOrNow(Run run, Instant now) {
        return run.endingBy(now).map(Ending::endedAt).orElse(now);
    }
}
