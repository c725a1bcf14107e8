package io.dmstestkit.simulator.internal.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The epoch seconds the streamed answer writes are the characters of the BigDecimal the tree holds. */
class EpochSecondsTextTest {

    @Test
    void edgeCasesPrintAsTheScaledBigDecimal() {
        long[] millis = {
            0,
            1,
            -1,
            5,
            -5,
            10,
            -10,
            99,
            100,
            -100,
            999,
            -999,
            1000,
            -1000,
            1001,
            -1001,
            1500,
            -1500,
            1_767_225_600_000L,
            -1_767_225_600_123L,
            SdkJsonCodec.MIN_TIMESTAMP.toEpochMilli(),
            SdkJsonCodec.MAX_TIMESTAMP.toEpochMilli(),
            Instant.MIN.getEpochSecond() / 1000 * 1000,
            Long.MAX_VALUE,
            Long.MIN_VALUE + 1,
            Long.MIN_VALUE
        };
        for (long value : millis) {
            assertSameText(value);
        }
    }

    @Test
    void seededRandomMillisPrintAsTheScaledBigDecimal() {
        SplittableRandom random = new SplittableRandom(18);
        for (int i = 0; i < 100_000; i++) {
            assertSameText(random.nextLong(
                    SdkJsonCodec.MIN_TIMESTAMP.toEpochMilli(), SdkJsonCodec.MAX_TIMESTAMP.toEpochMilli() + 1));
            assertSameText(random.nextLong(Long.MIN_VALUE + 1, Long.MAX_VALUE));
        }
    }

    private static void assertSameText(long millis) {
        assertThat(new String(SdkJsonCodec.epochSecondsText(millis)))
                .as("millis %d", millis)
                .isEqualTo(java.math.BigDecimal.valueOf(millis).movePointLeft(3).toString());
    }
}
