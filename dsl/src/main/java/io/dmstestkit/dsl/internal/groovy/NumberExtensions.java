package io.dmstestkit.dsl.internal.groovy;

import io.dmstestkit.dsl.Percent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The Groovy extension module of the scenario DSL (registered in
 * {@code META-INF/groovy/org.codehaus.groovy.runtime.ExtensionModule}): whole numbers read as durations
 * and percentages, so a scenario says {@code within 2.hours} and {@code fullLoad 100.percent}.
 *
 * <pre>{@code
 * await('orders') { cdcLatencyBelow 5.seconds; within 10.minutes }
 * fail('orders') { at 40.percent }
 * }</pre>
 *
 * Durations are whole numbers of their unit: {@code 90.minutes}, not {@code 1.5.hours}, so that a
 * scenario means the same in Groovy and YAML ({@code 90m}).
 */
@API(status = API.Status.INTERNAL)
public final class NumberExtensions {

    private NumberExtensions() {}

    /** {@code 250.milliseconds}. */
    public static Duration getMilliseconds(Number self) {
        return Duration.ofMillis(whole(self, "milliseconds"));
    }

    /** {@code 1.millisecond}. */
    public static Duration getMillisecond(Number self) {
        return getMilliseconds(self);
    }

    /** {@code 30.seconds}. */
    public static Duration getSeconds(Number self) {
        return Duration.ofSeconds(whole(self, "seconds"));
    }

    /** {@code 1.second}. */
    public static Duration getSecond(Number self) {
        return getSeconds(self);
    }

    /** {@code 10.minutes}. */
    public static Duration getMinutes(Number self) {
        return Duration.ofMinutes(whole(self, "minutes"));
    }

    /** {@code 1.minute}. */
    public static Duration getMinute(Number self) {
        return getMinutes(self);
    }

    /** {@code 2.hours}. */
    public static Duration getHours(Number self) {
        return Duration.ofHours(whole(self, "hours"));
    }

    /** {@code 1.hour}. */
    public static Duration getHour(Number self) {
        return getHours(self);
    }

    /** {@code 2.days}. */
    public static Duration getDays(Number self) {
        return Duration.ofDays(whole(self, "days"));
    }

    /** {@code 1.day}. */
    public static Duration getDay(Number self) {
        return getDays(self);
    }

    /** {@code 100.percent}: a whole percentage, 0 to 100. */
    public static Percent getPercent(Number self) {
        return new Percent(Math.toIntExact(whole(self, "percent")));
    }

    private static long whole(Number number, String unit) {
        if (number instanceof Integer || number instanceof Long || number instanceof Short || number instanceof Byte) {
            return number.longValue();
        }
        if (number instanceof BigInteger big) {
            return big.longValueExact();
        }
        if (number instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0) {
            return decimal.longValueExact();
        }
        throw new IllegalArgumentException("'" + number + "." + unit + "' is not a whole number of " + unit
                + "; write a smaller unit, e.g. 90.minutes rather than 1.5.hours");
    }
}
