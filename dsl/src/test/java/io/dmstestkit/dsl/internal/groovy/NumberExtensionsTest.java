package io.dmstestkit.dsl.internal.groovy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.dmstestkit.dsl.Percent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The number words of the extension module; their use in scripts is in {@link GroovyJavaParityTest}. */
class NumberExtensionsTest {

    @Test
    void should_turn_whole_numbers_into_durations() {
        assertThat(NumberExtensions.getMilliseconds(250)).isEqualTo(Duration.ofMillis(250));
        assertThat(NumberExtensions.getSeconds(30L)).isEqualTo(Duration.ofSeconds(30));
        assertThat(NumberExtensions.getMinutes((short) 10)).isEqualTo(Duration.ofMinutes(10));
        assertThat(NumberExtensions.getHours(BigInteger.TWO)).isEqualTo(Duration.ofHours(2));
        assertThat(NumberExtensions.getDays(new BigDecimal("2.00"))).isEqualTo(Duration.ofDays(2));
        assertThat(NumberExtensions.getDay(1)).isEqualTo(Duration.ofDays(1));
        assertThat(NumberExtensions.getHour(1)).isEqualTo(Duration.ofHours(1));
        assertThat(NumberExtensions.getMinute(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(NumberExtensions.getSecond(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(NumberExtensions.getMillisecond(1)).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void should_turn_whole_numbers_into_percentages() {
        assertThat(NumberExtensions.getPercent(100)).isEqualTo(new Percent(100));
        assertThat(NumberExtensions.getPercent(0)).isEqualTo(new Percent(0));
    }

    @Test
    void should_refuse_fractions_with_a_smaller_unit_to_use() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NumberExtensions.getHours(new BigDecimal("1.5")))
                .withMessage("'1.5.hours' is not a whole number of hours; write a smaller unit, e.g. 90.minutes"
                        + " rather than 1.5.hours");
        assertThatIllegalArgumentException().isThrownBy(() -> NumberExtensions.getSeconds(0.5d));
    }

    @Test
    void should_refuse_a_percentage_out_of_range() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NumberExtensions.getPercent(101))
                .withMessage("a percentage is 0 to 100, was 101");
    }
}
