package io.dmstestkit.simulator.internal.datamigration;

import java.time.Instant;

/**
 * How a run ends: the {@code StopReason} shown from {@code beganAt}, when the run stops moving data
 * ({@code STOPPING} or {@code FAILED}), and the moment it is over ({@code StopTime}). Failure messages
 * come from the incidents that struck the run.
 */
record RunEnding(String stopReason, Instant beganAt, Instant endedAt) {

    boolean visibleAt(Instant now) {
        return !now.isBefore(beganAt);
    }

    boolean overAt(Instant now) {
        return !now.isBefore(endedAt);
    }
}
