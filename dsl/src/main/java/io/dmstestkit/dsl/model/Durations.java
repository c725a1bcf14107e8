package io.dmstestkit.dsl.model;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Durations as scenarios write them: {@code 30s}, {@code 10m}, {@code 2h}, {@code 1d}, {@code 1h30m},
 * {@code 250ms}, or ISO-8601 ({@code PT30M}).
 *
 * <p>Public only because every front end (Java, Groovy, YAML, the CLI, the JUnit engine's reports) parses
 * and formats durations the same way and they live in other packages and modules; it is not for users.
 */
@API(status = API.Status.INTERNAL, consumers = "io.dmstestkit")
public final class Durations {

    /** What the message of a duration too long to count says, for front ends that word their own. */
    public static final String TOO_LONG = "too long a duration to count";

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private Durations() {}

    public static Duration parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.toUpperCase(java.util.Locale.ROOT).startsWith("P")) {
            try {
                return Duration.parse(trimmed.toUpperCase(java.util.Locale.ROOT));
            } catch (java.time.format.DateTimeParseException e) {
                throw e.getCause() instanceof ArithmeticException ? tooLong(text) : invalid(text);
            }
        }
        Matcher matcher = PART.matcher(trimmed);
        Duration total = Duration.ZERO;
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            try {
                long amount = Long.parseLong(matcher.group(1));
                total = total.plus(
                        switch (matcher.group(2)) {
                            case "ms" -> Duration.ofMillis(amount);
                            case "s" -> Duration.ofSeconds(amount);
                            case "m" -> Duration.ofMinutes(amount);
                            case "h" -> Duration.ofHours(amount);
                            default -> Duration.ofDays(amount);
                        });
            } catch (ArithmeticException | NumberFormatException tooLong) {
                throw tooLong(text);
            }
            end = matcher.end();
        }
        if (end == 0 || end != trimmed.length()) {
            throw invalid(text);
        }
        return total;
    }

    /** The short form, e.g. {@code 1h30m}, {@code 45s}. */
    public static String format(Duration duration) {
        if (duration.isZero()) {
            return "0s";
        }
        if (duration.isNegative()) {
            return "-" + format(duration.negated());
        }
        StringBuilder text = new StringBuilder();
        long days = duration.toDays();
        if (days > 0) {
            text.append(days).append('d');
        }
        if (duration.toHoursPart() > 0) {
            text.append(duration.toHoursPart()).append('h');
        }
        if (duration.toMinutesPart() > 0) {
            text.append(duration.toMinutesPart()).append('m');
        }
        if (duration.toSecondsPart() > 0) {
            text.append(duration.toSecondsPart()).append('s');
        }
        if (duration.toMillisPart() > 0) {
            text.append(duration.toMillisPart()).append("ms");
        }
        return text.toString();
    }

    private static IllegalArgumentException tooLong(String text) {
        return new IllegalArgumentException("'" + text + "' is " + TOO_LONG + "; a scenario's durations are at most "
                + format(Invariants.MAX_DURATION) + " (100 years)");
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException(
                "'" + text + "' is not a duration; write e.g. 30s, 10m, 2h, 1h30m or PT30M");
    }
}
