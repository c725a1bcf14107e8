package io.dmstestkit.dsl;

import io.dmstestkit.dsl.internal.EmbeddedTarget;
import io.dmstestkit.simulator.DmsSimulator;
import org.apiguardian.api.API;

/**
 * The places a scenario can run.
 *
 * <pre>{@code
 * DmsTargets.embedded(simulator)                       // in-process, virtual clock, faults
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsTargets {

    private DmsTargets() {}

    /** The embedded simulator, through an in-process SDK client: the fastest, fully deterministic target. */
    public static DmsTarget embedded(DmsSimulator simulator) {
        return new EmbeddedTarget(simulator);
    }
}
