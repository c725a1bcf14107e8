package io.dmstestkit.simulator.internal.report;

import io.dmstestkit.simulator.StatusChange;
import java.util.List;

/** One resource's statuses over virtual time: a swimlane of the timeline. */
public record Lane(String resource, String kind, List<StatusChange> changes) {

    public Lane {
        changes = List.copyOf(changes);
    }
}
