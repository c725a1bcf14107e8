package io.dmstestkit.dsl.internal;

import io.dmstestkit.dsl.model.FaultDecl;
import io.dmstestkit.simulator.DmsFault;
import java.time.Instant;

/** Turns a scenario's fault declaration into the simulator's {@link DmsFault}. */
public final class Faults {

    private Faults() {}

    /** The fault a step arms at virtual time {@code now} ({@code from} is relative to it). */
    public static DmsFault toDmsFault(FaultDecl decl, Instant now) {
        return decl.toDmsFault(now);
    }
}
