package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void should_build_from_the_defaults_and_change_only_what_is_set() {
        Timings timings = Timings.builder()
                .stopping(Duration.ofSeconds(5))
                .parallelTables(4)
                .build();

        assertThat(timings.stopping()).isEqualTo(Duration.ofSeconds(5));
        assertThat(timings.parallelTables()).isEqualTo(4);
        assertThat(timings.startupPhases()).isEqualTo(Timings.defaults().startupPhases());
        assertThat(timings.toBuilder()
                        .stopping(Duration.ofSeconds(30))
                        .parallelTables(8)
                        .build())
                .isEqualTo(Timings.defaults())
                .hasSameHashCodeAs(Timings.defaults());
        assertThat(Timings.defaults().withFullLoadRowsPerSecond(7).fullLoadRowsPerSecond())
                .isEqualTo(7);
    }

    @Test
    void should_refuse_impossible_timings_when_built() {
        assertThatThrownBy(
                        () -> Timings.builder().stopping(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stopping must not be negative, was PT-1S");
        assertThatThrownBy(() -> Timings.builder().parallelTables(0).build())
                .hasMessage("parallelTables must be positive");
        assertThatThrownBy(() -> Timings.defaults().withStartupPhase("warming_up", Duration.ZERO))
                .hasMessageStartingWith("unknown startup phase 'warming_up'");
    }
}
