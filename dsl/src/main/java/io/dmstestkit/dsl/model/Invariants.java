package io.dmstestkit.dsl.model;

import java.time.Duration;
import java.util.Collection;

/**
 * The checks the model's compact constructors share, so that Java, Groovy and YAML refuse the same
 * scenarios with the same words, and {@code dms-testkit check} refuses what a run would trip over. Each
 * message is "what is wrong; how to fix it": the front ends add where it was written.
 */
final class Invariants {

    /**
     * The longest duration a scenario may name (100 years of virtual time): long enough for any test, short
     * enough that adding it to the clock never overflows.
     */
    static final Duration MAX_DURATION = Duration.ofDays(36_500);

    /** The shortest poll interval of an await, in virtual time. */
    static final Duration MIN_POLL = Duration.ofSeconds(1);

    /** The most polls one await may take ({@code within / pollEvery}), so that no await polls forever. */
    static final long MAX_POLLS = 100_000;

    private Invariants() {}

    /** The replication or data migration a step acts on. */
    static String target(String target, String step) {
        if (target == null || target.isBlank()) {
            throw new IllegalArgumentException(
                    step + " needs the name of a replication or data migration; e.g. " + step + " 'orders'");
        }
        return target;
    }

    static <T> T required(T value, String what, String example) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing; " + example);
        }
        return value;
    }

    static String text(String value, String what, String example) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing; " + example);
        }
        return value;
    }

    /** Null (not given) or a text that is not blank. */
    static String optionalText(String value, String what, String example) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(what + " is blank; " + example + ", or leave it out");
        }
        return value;
    }

    static <C extends Collection<?>> C notEmpty(C values, String what, String example) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(what + " is missing; " + example);
        }
        return values;
    }

    /** A duration of 0 or more, at most {@link #MAX_DURATION}. */
    static Duration notNegative(Duration value, String what, String example) {
        required(value, what, example);
        if (value.isNegative()) {
            throw new IllegalArgumentException(
                    what + " cannot be negative, was " + Durations.format(value) + "; virtual time only moves forward");
        }
        return atMost(value, what);
    }

    /** A duration above 0, at most {@link #MAX_DURATION}. */
    static Duration positive(Duration value, String what, String example) {
        notNegative(value, what, example);
        if (value.isZero()) {
            throw new IllegalArgumentException(what + " must be longer than 0s; " + example);
        }
        return value;
    }

    static int percent(int value, String what) {
        if (value < 0 || value > 100) {
            throw new IllegalArgumentException(what + " is a percentage from 0 to 100, was " + value);
        }
        return value;
    }

    static int count(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " cannot be negative, was " + value);
        }
        return value;
    }

    private static Duration atMost(Duration value, String what) {
        if (value.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException(what + " of " + Durations.format(value) + " is longer than "
                    + Durations.format(MAX_DURATION) + " (100 years), the longest a scenario may name;"
                    + " give a shorter duration");
        }
        return value;
    }

    /** An await's poll interval: at least {@link #MIN_POLL}, and at most {@link #MAX_POLLS} polls. */
    static void polls(Duration within, Duration pollEvery, String step) {
        positive(within, step + ": 'within'", "e.g. within 30m");
        notNegative(pollEvery, step + ": 'pollEvery'", "e.g. pollEvery 15s");
        if (pollEvery.compareTo(MIN_POLL) < 0) {
            throw new IllegalArgumentException(step + ": 'pollEvery' of " + Durations.format(pollEvery)
                    + " is shorter than " + Durations.format(MIN_POLL) + " (virtual time)"
                    + "; poll every 1s or more (DMS waiters poll every 15 to 30 seconds)");
        }
        long polls = within.dividedBy(pollEvery);
        if (polls > MAX_POLLS) {
            throw new IllegalArgumentException(step + " would poll " + polls + " times (within "
                    + Durations.format(within) + ", every " + Durations.format(pollEvery) + "), more than "
                    + MAX_POLLS + "; poll less often (e.g. pollEvery " + Durations.format(minimumPoll(within))
                    + ") or wait less long");
        }
    }

    /** The shortest whole-second interval that keeps {@code within} under the poll limit. */
    private static Duration minimumPoll(Duration within) {
        long seconds = Math.max(1, (within.toSeconds() + MAX_POLLS - 1) / MAX_POLLS);
        return Duration.ofSeconds(seconds);
    }
}
