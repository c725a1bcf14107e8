package io.dmstestkit.dsl.internal;

import io.dmstestkit.dsl.model.FaultDecl;
import io.dmstestkit.simulator.DmsFault;

/** Turns a scenario's fault declaration into the simulator's {@link DmsFault}. */
public final class Faults {

    private Faults() {}

    public static DmsFault toDmsFault(FaultDecl decl) {
        DmsFault.Builder fault = DmsFault.error(decl.error());
        decl.operations().forEach(fault::on);
        if (decl.message() != null) {
            fault.message(decl.message());
        }
        if (decl.resource() != null) {
            fault.resource(decl.resource());
        }
        if (decl.times() != null) {
            fault.times(decl.times());
        }
        if (decl.onCall() != null) {
            fault.onCall(decl.onCall());
        }
        if (decl.afterCalls() != null) {
            fault.afterCalls(decl.afterCalls());
        }
        if (decl.probability() != null) {
            fault.probability(decl.probability(), decl.seed() == null ? 1 : decl.seed());
        }
        return fault.build();
    }
}
