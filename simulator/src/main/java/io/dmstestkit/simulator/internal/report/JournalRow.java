package io.dmstestkit.simulator.internal.report;

import java.time.Instant;
import java.util.Set;

/**
 * One journal row: a call, or a run of equal consecutive calls (a polling loop) collapsed into one with
 * their count and the virtual times of the first and the last.
 */
public record JournalRow(
        long sequence,
        Instant first,
        Instant last,
        int count,
        String operation,
        Set<String> resources,
        int status,
        String errorCode,
        String faultId) {

    public JournalRow {
        resources = Set.copyOf(resources);
    }
}
