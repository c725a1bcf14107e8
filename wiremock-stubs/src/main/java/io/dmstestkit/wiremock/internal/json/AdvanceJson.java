package io.dmstestkit.wiremock.internal.json;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The body of {@code POST /__admin/dms/clock/advance}: a {@code duration} (ISO-8601, e.g. {@code PT30M}) or
 * a {@code to} instant, exactly one of them.
 */
public record AdvanceJson(String duration, String to) {

    public static AdvanceJson by(Duration duration) {
        return new AdvanceJson(duration.toString(), null);
    }

    public static AdvanceJson to(Instant instant) {
        return new AdvanceJson(null, instant.toString());
    }

    /** The virtual time to move to from {@code now}; refuses going back and targets past year 9999. */
    public Instant target(Instant now) {
        if ((duration == null) == (to == null)) {
            throw AdminRequestException.badRequest(
                    "give either 'duration' (ISO-8601, e.g. PT30M) or 'to' (an instant, e.g. 2026-01-01T01:00:00Z)");
        }
        Instant target = duration != null ? now.plus(parseDuration()) : parseInstant();
        if (target.isBefore(now)) {
            throw AdminRequestException.badRequest(
                    "virtual time only moves forward: now is " + now + ", cannot move to " + target);
        }
        if (target.isAfter(LATEST)) {
            throw AdminRequestException.badRequest("cannot move virtual time past " + LATEST + ", asked for " + target);
        }
        return target;
    }

    // Far enough for any test; beyond it, ISO-8601 years need a sign and clocks start to overflow.
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private Duration parseDuration() {
        try {
            Duration parsed = Duration.parse(duration);
            if (parsed.isNegative()) {
                throw AdminRequestException.badRequest(
                        "field 'duration' must not be negative (virtual time only moves forward), was " + duration);
            }
            if (parsed.compareTo(Duration.between(Instant.EPOCH, LATEST)) > 0) {
                throw AdminRequestException.badRequest("field 'duration' is too long: " + duration);
            }
            return parsed;
        } catch (DateTimeParseException | ArithmeticException e) {
            throw AdminRequestException.badRequest(
                    "field 'duration' must be an ISO-8601 duration such as PT30M or P1DT2H, was '" + duration + "'");
        }
    }

    private Instant parseInstant() {
        try {
            return Instant.parse(to);
        } catch (DateTimeParseException e) {
            throw AdminRequestException.badRequest(
                    "field 'to' must be an ISO-8601 instant such as 2026-01-01T01:00:00Z, was '" + to + "'");
        }
    }
}
