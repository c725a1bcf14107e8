package io.dmstestkit.simulator.internal.report;

import java.time.Instant;

/** A moment worth a line on the timeline: a fault that fired or an incident that struck. */
public record Marker(Instant at, Kind kind, String label) {

    /** What the marker shows. */
    public enum Kind {
        FAULT,
        INCIDENT
    }
}
