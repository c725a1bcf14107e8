package io.dmstestkit.simulator.internal.datamigration;

import io.dmstestkit.simulator.internal.progress.FullLoadPlan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.databasemigration.model.DataMigrationStatistics;

/**
 * {@code DataMigrationStatistics} of one run at a virtual time, computed from the run's plan. Progress
 * freezes when the run stops moving data; tables that were loading then count as queued again (a resume
 * reloads them). A CDC-only run has no full load, so no {@code FullLoadPercentage}.
 */
final class RunStatistics {

    private RunStatistics() {}

    static DataMigrationStatistics at(MigrationRun run, Instant now) {
        Instant progress = run.progressAt(now);
        boolean stopped = run.endingAt(now).isPresent();
        List<String> errored = run.erroredTablesAt(progress);
        int loaded = 0;
        int loading = 0;
        int queued = 0;
        for (FullLoadPlan.TablePlan table : run.plan().tables()) {
            if (errored.contains(table.table().qualifiedName())) {
                continue;
            }
            switch (table.stateAt(progress)) {
                case LOADED -> loaded++;
                case LOADING -> loading++;
                case QUEUED -> queued++;
            }
        }
        return DataMigrationStatistics.builder()
                .tablesLoaded(loaded)
                .tablesLoading(stopped ? 0 : loading)
                .tablesQueued(stopped ? queued + loading : queued)
                .tablesErrored(errored.size())
                .fullLoadPercentage(
                        run.cdc() && run.plan().tables().isEmpty()
                                ? null
                                : run.plan().percentAt(progress))
                .cdcLatency(CdcLatency.secondsAt(run, now))
                .elapsedTimeMillis(elapsedMillis(run, now))
                .startTime(run.startedAt())
                .stopTime(run.endingAt(now)
                        .filter(e -> e.overAt(now))
                        .map(RunEnding::endedAt)
                        .orElse(null))
                .build();
    }

    private static long elapsedMillis(MigrationRun run, Instant now) {
        Instant until = run.endingAt(now)
                .filter(e -> e.overAt(now))
                .map(RunEnding::endedAt)
                .orElse(now);
        return Duration.between(run.startedAt(), until).toMillis();
    }
}
