package io.dmstestkit.simulator.internal.report;

import java.util.List;

/** The resources of one run: their status lanes and their sampled curves. */
public record ResourceFacts(List<Lane> lanes, List<Curve> curves) {

    public static final ResourceFacts NONE = new ResourceFacts(List.of(), List.of());

    public ResourceFacts {
        lanes = List.copyOf(lanes);
        curves = List.copyOf(curves);
    }

    public ResourceFacts plus(ResourceFacts other) {
        return new ResourceFacts(
                java.util.stream.Stream.concat(lanes.stream(), other.lanes.stream())
                        .toList(),
                java.util.stream.Stream.concat(curves.stream(), other.curves.stream())
                        .toList());
    }
}
