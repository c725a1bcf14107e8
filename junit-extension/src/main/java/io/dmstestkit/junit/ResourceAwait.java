package io.dmstestkit.junit;

import io.dmstestkit.dsl.AwaitFailedError;
import io.dmstestkit.dsl.RunAwait;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A wait for a replication or data migration to reach a condition, polling through the SDK client. Made by
 * {@link DmsAwait}; each setter returns a new wait, so a configured one can be reused.
 *
 * <pre>{@code
 * Replication running = awaitReplication(session, "orders")
 *     .alias("orders")
 *     .atMost(Duration.ofMinutes(30))
 *     .pollInterval(Duration.ofSeconds(30))
 *     .until(status("running"));
 * }</pre>
 *
 * <p>With a manual virtual clock (the session and simulator variants of {@link DmsAwait}), the wait moves
 * the clock between polls and never sleeps: {@code atMost} and the poll interval are virtual time
 * (defaults: 1 hour and 15 seconds); polls where nothing can have changed are skipped, and a wait for a
 * change nothing is planned to make ends at once and says so. Otherwise Awaitility waits in wall time
 * (defaults: 10 seconds and 100 milliseconds). Either way the wait fails at once when the run fails while
 * something else is awaited ({@link DmsAssertionError}), and a timeout throws Awaitility's
 * {@link org.awaitility.core.ConditionTimeoutException} with the alias, the last state seen and the
 * statuses seen while polling. The scenario runner waits through the same engine, with the same messages.
 *
 * @param <T> the SDK model type: {@code Replication}, {@code DataMigration}, {@code ReplicationTask} or
 *     {@code ReplicationInstance}
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ResourceAwait<T> {

    static final Duration VIRTUAL_AT_MOST = Duration.ofHours(1);
    static final Duration VIRTUAL_POLL = Duration.ofSeconds(15);
    static final Duration WALL_AT_MOST = Duration.ofSeconds(10);
    static final Duration WALL_POLL = Duration.ofMillis(100);

    private final RunAwait.Reader<T> reader;
    private final RunAwait.Clock clock;
    private final String alias;
    private final Duration atMost;
    private final Duration pollInterval;

    private ResourceAwait(
            RunAwait.Reader<T> reader, RunAwait.Clock clock, String alias, Duration atMost, Duration pollInterval) {
        this.reader = reader;
        this.clock = clock;
        this.alias = alias;
        this.atMost = atMost;
        this.pollInterval = pollInterval;
    }

    /** A wait reading through {@code reader}; virtual when {@code clock} is, in wall time otherwise. */
    static <T> ResourceAwait<T> of(RunAwait.Reader<T> reader, RunAwait.Clock clock) {
        boolean virtual = clock.isVirtual();
        return new ResourceAwait<>(
                reader,
                clock,
                reader.reference(),
                virtual ? VIRTUAL_AT_MOST : WALL_AT_MOST,
                virtual ? VIRTUAL_POLL : WALL_POLL);
    }

    /** The name messages use for the resource; the identifier or ARN given by default. */
    public ResourceAwait<T> alias(String name) {
        return new ResourceAwait<>(reader, clock, Objects.requireNonNull(name, "alias"), atMost, pollInterval);
    }

    /** How long to wait: virtual time with a manual clock, wall time otherwise. */
    public ResourceAwait<T> atMost(Duration limit) {
        return new ResourceAwait<>(reader, clock, alias, positive(limit, "atMost"), pollInterval);
    }

    /** How long between polls: virtual time with a manual clock, wall time otherwise. */
    public ResourceAwait<T> pollInterval(Duration interval) {
        return new ResourceAwait<>(reader, clock, alias, atMost, positive(interval, "pollInterval"));
    }

    /**
     * Polls until the condition holds; returns what the last poll read.
     *
     * <pre>{@code
     * awaitReplication(session, "orders").until(fullLoadAtLeast(100));
     * }</pre>
     *
     * @throws DmsAssertionError when the run fails while something else is awaited
     * @throws org.awaitility.core.ConditionTimeoutException when the condition does not hold in time
     */
    public T until(AwaitCondition condition) {
        return run(condition.condition());
    }

    /**
     * Polls until a predicate of your own holds on what DMS describes.
     *
     * <pre>{@code
     * awaitReplication(session, "orders").until(r -> r.replicationStats().tablesLoaded() >= 2);
     * }</pre>
     */
    public T until(Predicate<? super T> condition) {
        return until("the given condition", condition);
    }

    /** Polls until a predicate holds; {@code description} names it in messages. */
    public T until(String description, Predicate<? super T> condition) {
        return run(RunAwait.Condition.custom(description, condition));
    }

    private T run(RunAwait.Condition<? super T> condition) {
        try {
            return RunAwait.of(reader, clock)
                    .title(reader.kind() + " '" + alias + "'")
                    .within(atMost)
                    .pollEvery(pollInterval)
                    .speaker(RunAwait.Speaker.TEST)
                    .until(condition);
        } catch (AwaitFailedError failed) {
            if (failed.reason() == AwaitFailedError.Reason.TIMED_OUT) {
                // Awaitility's type, as documented: callers catch one type whatever the clock.
                throw new ConditionTimeoutException(failed.getMessage());
            }
            throw new DmsAssertionError(
                    failed.getMessage(),
                    failed.getExpected().getValue(),
                    failed.getActual().getValue());
        }
    }

    private static Duration positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + duration);
        }
        return duration;
    }
}
