package io.dmstestkit.simulator.internal.report;

import java.time.Instant;
import java.util.List;

/** A sampled measure of one resource over virtual time (full-load %, CDC latency in seconds). */
public record Curve(String resource, String measure, String unit, List<Point> points) {

    public Curve {
        points = List.copyOf(points);
    }

    /** One sample. */
    public record Point(Instant at, double value) {}
}
