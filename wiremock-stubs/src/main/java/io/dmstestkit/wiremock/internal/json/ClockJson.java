package io.dmstestkit.wiremock.internal.json;

import io.dmstestkit.simulator.SimulatedClock;
import java.time.Instant;
import java.util.Optional;

/**
 * The simulator's clock as {@code GET /__admin/dms/clock} shows it, with the next planned change of the
 * resources asked about (null when nothing is planned): what a remote wait jumps to.
 */
public record ClockJson(String now, boolean manual, String nextChange) {

    public static ClockJson of(SimulatedClock clock, Optional<Instant> nextChange) {
        return new ClockJson(
                clock.now().toString(),
                clock.isManual(),
                nextChange.map(Instant::toString).orElse(null));
    }
}
