package io.dmstestkit.wiremock.internal.json;

import io.dmstestkit.simulator.SimulatedClock;

/** The simulator's clock as {@code GET /__admin/dms/clock} shows it. */
public record ClockJson(String now, boolean manual) {

    public static ClockJson of(SimulatedClock clock) {
        return new ClockJson(clock.now().toString(), clock.isManual());
    }
}
