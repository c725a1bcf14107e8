package io.dmstestkit.dsl.internal.await;

import io.dmstestkit.dsl.AwaitFailedError;
import io.dmstestkit.dsl.RunAwait;
import io.dmstestkit.dsl.RunState;
import io.dmstestkit.dsl.StatusHistory;
import io.dmstestkit.dsl.internal.message.AwaitReport;
import io.dmstestkit.dsl.internal.message.ShouldFinishWithinTimeBudget;
import io.dmstestkit.dsl.internal.message.ShouldNotFailWhileAwaiting;
import io.dmstestkit.dsl.internal.message.ShouldReach;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One wait, in the clock's mode:
 *
 * <ul>
 *   <li>virtual: a plain loop that moves the clock between polls and never sleeps. Awaitility measures its
 *       limit in wall time, which would tie a virtual deadline to the machine's speed. When the target
 *       knows its next scheduled change, the loop jumps to the first poll at or after it (polls in between
 *       would read the same state), so a wait of a year at 1 ms costs as many polls as there are changes;
 *       when nothing is planned, it goes to the deadline at once and the message says nothing will change;
 *   <li>running, moved on: Awaitility polls with a short wall-time pause and each poll moves the clock by
 *       the interval; the limit is on the target's clock (and, as a backstop, in wall time);
 *   <li>wall: Awaitility waits in wall time.
 * </ul>
 *
 * Every mode fails fast when the run fails while something else is awaited, and checks the scenario run's
 * wall-time budget between polls.
 */
public final class AwaitLoop<T> {

    /**
     * The wall-time pause between polls on a running clock that each poll also moves on: long enough for
     * the clock and a system under test to go on, short enough that a wait of a hundred polls takes seconds.
     */
    static final Duration RUNNING_CLOCK_PAUSE = Duration.ofMillis(100);

    private final RunAwait.Reader<T> reader;
    private final RunAwait.Clock clock;
    private final RunAwait.Condition<? super T> condition;
    private final String title;
    private final Duration within;
    private final Duration pollEvery;
    private final RunAwait.Speaker speaker;
    private final StatusHistory history;
    private final AwaitReport.Where where;
    private final TimeBudget budget;
    private RunState last;
    private long polls;
    private boolean nothingPlanned;

    private AwaitLoop(Builder<T> builder) {
        this.reader = builder.reader;
        this.clock = builder.clock;
        this.condition = builder.condition;
        this.title = builder.title;
        this.within = positive(builder.within, "within");
        // A model that refuses such intervals is the first line; the loop still must not hang or run backwards.
        Duration interval = Objects.requireNonNull(builder.pollEvery, "pollEvery");
        this.pollEvery = interval.isNegative() ? Duration.ZERO : interval;
        this.speaker = builder.speaker;
        this.history = builder.history;
        this.where = builder.where;
        this.budget = builder.budget;
    }

    public static <T> Builder<T> builder(
            RunAwait.Reader<T> reader, RunAwait.Clock clock, RunAwait.Condition<? super T> condition) {
        return new Builder<>(reader, clock, condition);
    }

    /** Polls until the condition holds; what the last poll read. */
    public T await() {
        return switch (clock.mode()) {
            case VIRTUAL -> inVirtualTime();
            case RUNNING_MOVED_ON -> onARunningClock();
            case WALL -> inWallTime();
        };
    }

    /** How many times the wait read the run: for tests that the jumps skip empty time. */
    public long polls() {
        return polls;
    }

    private T inVirtualTime() {
        Instant deadline = clock.now().plus(within);
        while (true) {
            Optional<T> met = poll();
            if (met.isPresent()) {
                return met.get();
            }
            Instant now = clock.now();
            if (!now.isBefore(deadline)) {
                throw timedOut();
            }
            clock.advance().accept(Duration.between(now, nextPoll(now, deadline)));
        }
    }

    /**
     * When to read next: after one interval; or, when the target knows its next change, at the first poll of
     * the interval's grid at or after it (a continuous condition, full-load rows, keeps the grid while tables
     * load); or at the deadline when nothing is planned. Never past the deadline.
     */
    private Instant nextPoll(Instant now, Instant deadline) {
        nothingPlanned = false;
        Instant next = pollEvery.isZero() ? now : now.plus(pollEvery);
        if (clock.knowsChanges() && !(condition.continuous() && last.tablesLoading() > 0)) {
            Optional<Instant> change = clock.nextChange().get();
            nothingPlanned = change.isEmpty();
            next = change.map(at -> firstPollAtOrAfter(now, at)).orElse(deadline);
        } else if (pollEvery.isZero()) {
            next = deadline; // nothing to step by, and nothing known: only the deadline is left to read
        }
        return next.isAfter(deadline) ? deadline : next;
    }

    private Instant firstPollAtOrAfter(Instant now, Instant change) {
        if (pollEvery.isZero() || !change.isAfter(now)) {
            return change.isAfter(now) ? change : now.plus(pollEvery);
        }
        long interval = pollEvery.toNanos();
        long gap = Duration.between(now, change).toNanos();
        long steps = Math.max(1, (gap + interval - 1) / interval);
        return now.plusNanos(Math.multiplyExact(steps, interval));
    }

    private T onARunningClock() {
        Instant deadline = clock.now().plus(within);
        AtomicReference<T> met = new AtomicReference<>();
        try {
            Awaitility.await(title)
                    .atMost(within)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(RUNNING_CLOCK_PAUSE)
                    .pollInSameThread()
                    .until(() -> {
                        Optional<T> read = poll();
                        if (read.isPresent()) {
                            met.set(read.get());
                            return true;
                        }
                        Instant now = clock.now();
                        if (!now.isBefore(deadline)) {
                            return true;
                        }
                        Duration left = Duration.between(now, deadline);
                        clock.advance().accept(pollEvery.compareTo(left) < 0 ? pollEvery : left);
                        return false;
                    });
        } catch (ConditionTimeoutException timeout) {
            throw timedOut();
        }
        if (met.get() == null) {
            throw timedOut();
        }
        return met.get();
    }

    private T inWallTime() {
        try {
            return Awaitility.await(title)
                    .atMost(within)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(pollEvery.isZero() ? RUNNING_CLOCK_PAUSE : pollEvery)
                    .pollInSameThread()
                    .until(this::poll, Optional::isPresent)
                    .get();
        } catch (ConditionTimeoutException timeout) {
            throw timedOut();
        }
    }

    /** Reads once; the value when the condition holds. Fails fast on a failed run and a spent budget. */
    private Optional<T> poll() {
        if (polls > 0 && budget.isSpent()) {
            throw new AwaitFailedError(
                    AwaitFailedError.Reason.OUT_OF_TIME_BUDGET,
                    ShouldFinishWithinTimeBudget.shouldFinishWithin(budget.total(), report()),
                    condition.description(),
                    condition.actual().apply(last));
        }
        polls++;
        Optional<T> value = reader.read();
        RunState state = value.map(reader::state).orElseGet(reader::absent);
        last = state;
        history.observed(state.statusText(), clock.now());
        if (value.isPresent() && test(value.get(), state)) {
            return value;
        }
        if (state.failed() && !condition.awaitsFailure()) {
            throw new AwaitFailedError(
                    AwaitFailedError.Reason.RUN_FAILED,
                    ShouldNotFailWhileAwaiting.shouldNotFail(report()),
                    condition.description(),
                    condition.actual().apply(state));
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private boolean test(T value, RunState state) {
        return ((RunAwait.Condition<T>) condition).test().test(value, state);
    }

    private AwaitFailedError timedOut() {
        return new AwaitFailedError(
                AwaitFailedError.Reason.TIMED_OUT,
                ShouldReach.shouldReach(report()),
                condition.description(),
                condition.actual().apply(last));
    }

    private AwaitReport report() {
        return new AwaitReport(
                title,
                condition.description(),
                condition.awaitedStatus(),
                condition.actual().apply(last),
                last,
                within,
                clock.mode(),
                speaker,
                history.lines(),
                where,
                polls,
                nothingPlanned);
    }

    private static Duration positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + duration);
        }
        return duration;
    }

    /** The settings of one wait; limits are required, the rest has defaults. */
    public static final class Builder<T> {
        private final RunAwait.Reader<T> reader;
        private final RunAwait.Clock clock;
        private final RunAwait.Condition<? super T> condition;
        private String title;
        private Duration within;
        private Duration pollEvery;
        private RunAwait.Speaker speaker = RunAwait.Speaker.TEST;
        private StatusHistory history;
        private AwaitReport.Where where;
        private TimeBudget budget = TimeBudget.unlimited();

        private Builder(RunAwait.Reader<T> reader, RunAwait.Clock clock, RunAwait.Condition<? super T> condition) {
            this.reader = Objects.requireNonNull(reader, "reader");
            this.clock = Objects.requireNonNull(clock, "clock");
            this.condition = Objects.requireNonNull(condition, "condition");
            this.title = reader.kind() + " '" + reader.reference() + "'";
        }

        public Builder<T> title(String text) {
            this.title = text;
            return this;
        }

        public Builder<T> within(Duration limit) {
            this.within = limit;
            return this;
        }

        public Builder<T> pollEvery(Duration interval) {
            this.pollEvery = interval;
            return this;
        }

        public Builder<T> speaker(RunAwait.Speaker who) {
            this.speaker = who;
            return this;
        }

        public Builder<T> history(StatusHistory statuses) {
            this.history = statuses;
            return this;
        }

        public Builder<T> where(String location, String step) {
            this.where = new AwaitReport.Where(location, step);
            return this;
        }

        public Builder<T> budget(TimeBudget wallTime) {
            this.budget = wallTime;
            return this;
        }

        public AwaitLoop<T> build() {
            if (history == null) {
                history = new StatusHistory(clock.now());
            }
            return new AwaitLoop<>(this);
        }
    }
}
