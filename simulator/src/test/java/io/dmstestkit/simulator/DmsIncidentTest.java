package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.DmsIncident.Severity;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one vocabulary of state faults checks its own rules, so every front end shares them. */
class DmsIncidentTest {

    private final Instant t0 = SimulatedClock.DEFAULT_START;

    @Test
    void should_take_percentages_from_zero_to_one_hundred() {
        assertThat(DmsIncident.failAtPercent(0, Severity.FATAL_ERROR, "x")).isNotNull();
        assertThat(DmsIncident.failAtPercent(100, Severity.RECOVERABLE_ERROR, "x"))
                .isNotNull();
        assertThatThrownBy(() -> DmsIncident.failAtPercent(101, Severity.FATAL_ERROR, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percent must be 0 to 100, was 101");
    }

    @Test
    void should_refuse_a_spike_that_never_lasts_or_a_negative_latency() {
        assertThatThrownBy(() -> DmsIncident.latencySpike(t0, Duration.ZERO, Duration.ofSeconds(30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lasting must be positive, was PT0S");
        assertThatThrownBy(() -> DmsIncident.latencySpike(t0, Duration.ofMinutes(1), Duration.ofSeconds(-1)))
                .hasMessage("latency must not be negative, was PT-1S");
        assertThat(((DmsIncident.LatencySpike) DmsIncident.latencySpike(t0, Duration.ofMinutes(5), Duration.ZERO))
                        .until())
                .isEqualTo(t0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void should_refuse_a_table_error_without_a_table() {
        assertThatThrownBy(() -> DmsIncident.tableError(" ", t0, DmsIncident.DEFAULT_TABLE_ERROR_MESSAGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("table must name a table, e.g. public.orders");
    }
}
