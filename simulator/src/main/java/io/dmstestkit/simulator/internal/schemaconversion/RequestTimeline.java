package io.dmstestkit.simulator.internal.schemaconversion;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one timeline every schema-conversion request follows, evaluated at any virtual time: {@code RECEIVED}
 * from {@code received}, {@code IN_PROGRESS} from {@code started}, then {@code SUCCESS} (or {@code FAILED}
 * when a failure is planned) at {@code finished}. A cancel cuts it: {@code CANCELING} from
 * {@code cancelRequested}, {@code CANCELED} from {@code canceled}. What was observed never changes: a failure
 * only replaces the end that has not come yet, and a cancel only cuts a request that has not ended.
 *
 * @param failure the message of a planned failure, or null
 * @param cancelRequested when a cancel was accepted, or null
 * @param canceled when the cancel completes, or null
 */
record RequestTimeline(
        Instant received,
        Instant started,
        Instant finished,
        String failure,
        Instant cancelRequested,
        Instant canceled) {

    static final String RECEIVED = "RECEIVED";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String SUCCESS = "SUCCESS";
    static final String FAILED = "FAILED";
    static final String CANCELING = "CANCELING";
    static final String CANCELED = "CANCELED";

    /** A request received at {@code at}: queued for {@code queued}, then working for {@code work}. */
    static RequestTimeline plan(Instant at, Duration queued, Duration work) {
        Instant started = at.plus(queued);
        return new RequestTimeline(at, started, started.plus(work), null, null, null);
    }

    String statusAt(Instant now) {
        if (cancelRequested != null && !now.isBefore(cancelRequested)) {
            return now.isBefore(canceled) ? CANCELING : CANCELED;
        }
        if (now.isBefore(started)) {
            return RECEIVED;
        }
        if (now.isBefore(finished)) {
            return IN_PROGRESS;
        }
        return failure == null ? SUCCESS : FAILED;
    }

    /** Whether the request has not ended and no cancel was asked for: a failure or a cancel may still cut it. */
    boolean activeAt(Instant now) {
        String status = statusAt(now);
        return status.equals(RECEIVED) || status.equals(IN_PROGRESS);
    }

    /** The share of the work done at {@code now}, 0 to 1; frozen when a cancel was asked for. */
    double doneAt(Instant now) {
        Instant at = cancelRequested != null && now.isAfter(cancelRequested) ? cancelRequested : now;
        if (!at.isAfter(started)) {
            return 0;
        }
        if (!at.isBefore(finished)) {
            return 1;
        }
        return (double) Duration.between(started, at).toMillis()
                / Duration.between(started, finished).toMillis();
    }

    RequestTimeline failing(String message) {
        return new RequestTimeline(received, started, finished, message, cancelRequested, canceled);
    }

    RequestTimeline canceling(Instant at, Duration canceling) {
        return new RequestTimeline(received, started, finished, failure, at, at.plus(canceling));
    }

    /** The first status change strictly after {@code now}, if any is still planned. */
    Optional<Instant> nextChangeAfter(Instant now) {
        Stream<Instant> changes = cancelRequested == null
                ? Stream.of(started, finished)
                : Stream.of(started, cancelRequested, canceled)
                        .filter(t -> !t.isAfter(cancelRequested) || t.equals(canceled));
        return changes.filter(t -> t.isAfter(now)).min(Instant::compareTo);
    }
}
