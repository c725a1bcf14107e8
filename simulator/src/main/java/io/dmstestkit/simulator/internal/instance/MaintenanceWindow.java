package io.dmstestkit.simulator.internal.instance;

import io.dmstestkit.simulator.internal.ServiceError;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekly maintenance window in UTC, {@code ddd:hh24:mi-ddd:hh24:mi} (e.g. {@code sun:06:00-sun:06:30}),
 * at least 30 minutes long. Deferred modifications and opted-in maintenance actions start at the next
 * window's beginning.
 */
record MaintenanceWindow(DayOfWeek startDay, int startMinute, String text) {

    static final String DEFAULT = "sun:06:00-sun:06:30";
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Pattern FORMAT = Pattern.compile("([a-z]{3}):(\\d{2}):(\\d{2})-([a-z]{3}):(\\d{2}):(\\d{2})");
    private static final int MINUTES_A_WEEK = 7 * 24 * 60;

    static MaintenanceWindow parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = FORMAT.matcher(lower);
        if (!m.matches()
                || !DAYS.contains(m.group(1))
                || !DAYS.contains(m.group(4))
                || Integer.parseInt(m.group(2)) > 23
                || Integer.parseInt(m.group(5)) > 23
                || Integer.parseInt(m.group(3)) > 59
                || Integer.parseInt(m.group(6)) > 59) {
            throw ServiceError.invalidParameterValue("Invalid PreferredMaintenanceWindow '" + text
                    + "'. Format: ddd:hh24:mi-ddd:hh24:mi in UTC, e.g. sun:06:00-sun:06:30");
        }
        int start = minuteOfWeek(m.group(1), m.group(2), m.group(3));
        int end = minuteOfWeek(m.group(4), m.group(5), m.group(6));
        int length = Math.floorMod(end - start, MINUTES_A_WEEK);
        if (length < 30) {
            throw ServiceError.invalidParameterValue(
                    "Invalid PreferredMaintenanceWindow '" + text + "': the window must be at least 30 minutes");
        }
        return new MaintenanceWindow(DayOfWeek.of(DAYS.indexOf(m.group(1)) + 1), start % (24 * 60), lower);
    }

    /** The first beginning of this window strictly after {@code now}. */
    Instant nextStartAfter(Instant now) {
        ZonedDateTime at = now.atZone(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.DAYS)
                .with(TemporalAdjusters.nextOrSame(startDay))
                .plus(Duration.ofMinutes(startMinute));
        return at.toInstant().isAfter(now) ? at.toInstant() : at.plusWeeks(1).toInstant();
    }

    private static int minuteOfWeek(String day, String hour, String minute) {
        return DAYS.indexOf(day) * 24 * 60 + Integer.parseInt(hour) * 60 + Integer.parseInt(minute);
    }
}
