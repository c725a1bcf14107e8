package io.dmstestkit.dsl.internal.message;

import io.dmstestkit.dsl.RunAwait;
import io.dmstestkit.dsl.RunState;
import java.time.Duration;
import java.util.List;

/**
 * What a wait knew when it ended, for the await messages.
 *
 * @param condition the awaited condition's description, {@code status 'running'}
 * @param awaitedStatus the awaited status, if a status was awaited
 * @param actual what the last read showed instead
 * @param last the last read
 * @param history the statuses seen, with their virtual times
 * @param where the scenario file and step, if a scenario waited
 * @param nothingPlanned whether the target said no change was planned any more
 */
public record AwaitReport(
        String title,
        String condition,
        String awaitedStatus,
        String actual,
        RunState last,
        Duration within,
        RunAwait.Clock.Mode mode,
        RunAwait.Speaker speaker,
        List<String> history,
        Where where,
        long polls,
        boolean nothingPlanned) {

    /** A scenario step's place: {@code orders.dms.yaml:7:5} and {@code await orders status running within 5m}. */
    public record Where(String location, String step) {}

    public boolean virtual() {
        return mode != RunAwait.Clock.Mode.WALL;
    }
}
