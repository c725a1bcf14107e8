package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.Timings;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Change data capture as a function of time since CDC started applying changes, deterministic so that
 * the same scenario always shows the same numbers.
 *
 * <ul>
 *   <li>Latency starts at {@link Timings#cdcLatencyAfterFullLoad()} and falls linearly to
 *       {@link Timings#cdcSteadyLatency()} over {@link Timings#cdcCatchUp()}.
 *   <li>Each table changes at one change per second per {@value #ROWS_PER_CHANGE_PER_SECOND} rows (at least
 *       one per second): 60% inserts, 30% updates, 10% deletes.
 *   <li>The recovery checkpoint names the run and the virtual second it was taken, in the shape DMS uses
 *       ({@code checkpoint:V1#…}).
 * </ul>
 */
final class CdcActivity {

    static final long ROWS_PER_CHANGE_PER_SECOND = 100_000;

    private CdcActivity() {}

    static Duration catchUpLatency(Instant cdcStart, Instant now, Timings timings) {
        Duration from = timings.cdcLatencyAfterFullLoad();
        Duration to = timings.cdcSteadyLatency();
        Duration elapsed = Duration.between(cdcStart, now);
        if (timings.cdcCatchUp().isZero() || elapsed.compareTo(timings.cdcCatchUp()) >= 0) {
            return to;
        }
        double fraction = (double) elapsed.toNanos() / timings.cdcCatchUp().toNanos();
        return from.plusNanos(Math.round((to.toNanos() - from.toNanos()) * fraction));
    }

    static TableView.Changes changes(TableSpec table, Instant cdcStart, Instant until) {
        if (!until.isAfter(cdcStart)) {
            return TableView.Changes.NONE;
        }
        long perSecond = Math.max(1, table.rows() / ROWS_PER_CHANGE_PER_SECOND);
        long total = Duration.between(cdcStart, until).toSeconds() * perSecond;
        long inserts = total * 6 / 10;
        long updates = total * 3 / 10;
        return new TableView.Changes(inserts, updates, total - inserts - updates);
    }

    static String checkpoint(int runNumber, Instant at) {
        return "checkpoint:V1#" + runNumber + "#"
                + Long.toHexString(at.getEpochSecond()).toUpperCase(Locale.ROOT) + "#0#0#*#0#"
                + at.getEpochSecond() % 1000;
    }
}
