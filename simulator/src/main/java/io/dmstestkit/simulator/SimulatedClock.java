package io.dmstestkit.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.apiguardian.api.API;

/**
 * The simulator's notion of "now". Nothing in the simulator sleeps or runs in the background: resources
 * compute their state from {@link #now()} when read, so moving this clock is all it takes to make hours
 * of DMS happen.
 *
 * <pre>{@code
 * SimulatedClock clock = SimulatedClock.manual(Instant.parse("2026-01-01T00:00:00Z"));
 * clock.advance(Duration.ofMinutes(30));     // a replication started before is now 30 minutes older
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public interface SimulatedClock {

    /** The default start of virtual time for manual clocks: fixed, so runs are reproducible. */
    Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");

    /** The current virtual time. */
    Instant now();

    /** Moves virtual time forward by {@code duration} (not backwards: DMS timestamps never go back). */
    void advance(Duration duration);

    /** Moves virtual time forward to {@code instant}; does nothing when it is not in the future. */
    default void advanceTo(Instant instant) {
        Duration gap = Duration.between(now(), instant);
        if (!gap.isNegative() && !gap.isZero()) {
            advance(gap);
        }
    }

    /** Whether time moves by itself (accelerated) or only when advanced (manual). */
    boolean isManual();

    /** A clock that moves only when advanced, starting at {@link #DEFAULT_START}. */
    static SimulatedClock manual() {
        return manual(DEFAULT_START);
    }

    /** A clock that moves only when advanced. */
    static SimulatedClock manual(Instant start) {
        return new ManualClock(start);
    }

    /**
     * A clock that runs {@code factor} times faster than wall time, from the current wall time: with a
     * factor of 120, one wall second is two virtual minutes. {@link #advance} adds a jump on top.
     */
    static SimulatedClock accelerated(double factor) {
        return accelerated(factor, Instant.now(), System::nanoTime);
    }

    /** An accelerated clock with an explicit start and nanosecond source (tests pass a fake source). */
    static SimulatedClock accelerated(double factor, Instant start, LongSupplier nanoTime) {
        return new AcceleratedClock(factor, start, nanoTime);
    }

    /** A clock that only moves when advanced. */
    final class ManualClock implements SimulatedClock {
        private final AtomicReference<Instant> now;

        private ManualClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        @Override
        public Instant now() {
            return now.get();
        }

        @Override
        public void advance(Duration duration) {
            requireForward(duration);
            now.updateAndGet(current -> current.plus(duration));
        }

        @Override
        public boolean isManual() {
            return true;
        }

        @Override
        public String toString() {
            return "manual clock at " + now();
        }
    }

    /** Wall time multiplied by a factor, plus any jumps made with {@link #advance}. */
    final class AcceleratedClock implements SimulatedClock {
        private final double factor;
        private final Instant start;
        private final long startNanos;
        private final LongSupplier nanoTime;
        private final AtomicReference<Duration> jumps = new AtomicReference<>(Duration.ZERO);

        private AcceleratedClock(double factor, Instant start, LongSupplier nanoTime) {
            if (!(factor > 0) || Double.isInfinite(factor)) {
                throw new IllegalArgumentException("clock factor must be a positive number, was " + factor);
            }
            this.factor = factor;
            this.start = start;
            this.nanoTime = nanoTime;
            this.startNanos = nanoTime.getAsLong();
        }

        @Override
        public Instant now() {
            long virtualNanos = (long) ((nanoTime.getAsLong() - startNanos) * factor);
            return start.plusNanos(virtualNanos).plus(jumps.get());
        }

        @Override
        public void advance(Duration duration) {
            requireForward(duration);
            jumps.updateAndGet(total -> total.plus(duration));
        }

        @Override
        public boolean isManual() {
            return false;
        }

        /** How many virtual seconds pass per wall second. */
        public double factor() {
            return factor;
        }

        @Override
        public String toString() {
            return "accelerated clock (x" + factor + ") at " + now();
        }
    }

    private static void requireForward(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("virtual time only moves forward, cannot advance by " + duration);
        }
    }
}
