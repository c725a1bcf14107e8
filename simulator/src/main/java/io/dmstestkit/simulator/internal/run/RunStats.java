package io.dmstestkit.simulator.internal.run;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The run-level statistics a replication and a classic task both report ({@code ReplicationStats},
 * {@code ReplicationTaskStats}: the same members under two SDK shapes), computed once from a run at one
 * moment. Progress and elapsed time freeze when the run stops moving data; each view only maps these facts
 * onto its own builder.
 *
 * <pre>{@code
 * RunStats stats = RunStats.of(run, now);
 * stats.tables().loading();   // 3
 * }</pre>
 */
public record RunStats(
        int fullLoadProgressPercent,
        long elapsedTimeMillis,
        TableCounts tables,
        Instant freshStartDate,
        Instant startDate,
        Optional<Instant> stopDate,
        Optional<Instant> fullLoadStartDate,
        Optional<Instant> fullLoadFinishDate) {

    public static RunStats of(Run run, Instant now) {
        Instant at = run.frozen(now);
        RunPlan plan = run.plan();
        return new RunStats(
                plan.load().percentAt(at),
                Duration.between(plan.startedAt(), at).toMillis(),
                TableCounts.of(run.tablesAt(now)),
                plan.freshStartDate(),
                plan.startedAt(),
                run.endingBy(now).map(Ending::endedAt),
                plan.load().startDateAt(at),
                plan.load().finishDateAt(at));
    }
}
