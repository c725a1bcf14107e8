package io.dmstestkit.dsl.internal.run;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One read of a replication or data migration through the SDK, in the terms scenarios use.
 *
 * @param tableStates table ({@code schema.table}) → TableState, for replications; empty otherwise
 */
public record Observation(
        String status,
        String stopReason,
        List<String> failureMessages,
        int fullLoadPercent,
        int tablesLoaded,
        int tablesErrored,
        Map<String, String> tableStates,
        Optional<Duration> cdcLatency) {

    public static Observation notStarted() {
        return new Observation("created", null, List.of(), 0, 0, 0, Map.of(), Optional.empty());
    }
}
