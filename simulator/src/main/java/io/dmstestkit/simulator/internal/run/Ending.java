package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.internal.progress.PhaseTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How and when a run ends: work halts at {@code haltAt} (the run enters {@code stopping}, or {@code failed}
 * directly) and the run is over at {@code endedAt} (status {@code stopped} or {@code failed}).
 *
 * @param failureMessages the messages of the failure that ended the run; empty for a stop
 */
public record Ending(StopReason reason, List<String> failureMessages, Instant haltAt, Instant endedAt, boolean failed) {

    public Ending {
        failureMessages = List.copyOf(failureMessages);
    }

    /** An orderly stop: {@code stopping} at {@code at}, {@code stopped} after {@code stopping}. */
    static Ending stop(StopReason reason, Instant at, Duration stopping) {
        return new Ending(reason, List.of(), at, at.plus(stopping), false);
    }

    /** A failure: {@code failed} at {@code at}, with the message DMS shows in FailureMessages. */
    static Ending failure(StopReason reason, String message, Instant at) {
        return new Ending(reason, List.of(message), at, at, true);
    }

    /**
     * The planned timeline, cut where work halts, with this ending's tail appended. A failure wins over a
     * status planned for the same instant (a provisioning failure never shows {@code replication_starting});
     * a stop keeps it (a load that finishes as the replication starts running still shows {@code running}).
     */
    PhaseTimeline appendTo(PhaseTimeline planned, RunKind kind) {
        PhaseTimeline cut = planned.cutAt(failed ? haltAt.minusNanos(1) : haltAt);
        return failed
                ? cut.then(kind.failed(), haltAt)
                : cut.then(kind.stopping(), haltAt).then(kind.stopped(), endedAt);
    }

    /** Whether the run is over (stopped or failed) at {@code now}. */
    public boolean isOverAt(Instant now) {
        return !now.isBefore(endedAt);
    }

    /** Whether the run has stopped moving data at {@code now} (stopping, stopped or failed). */
    public boolean hasHaltedAt(Instant now) {
        return !now.isBefore(haltAt);
    }
}
