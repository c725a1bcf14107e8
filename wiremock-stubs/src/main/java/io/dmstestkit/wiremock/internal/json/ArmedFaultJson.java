package io.dmstestkit.wiremock.internal.json;

import io.dmstestkit.simulator.FaultPlan;

/** One armed service fault as {@code GET /__admin/dms/faults} lists it. */
public record ArmedFaultJson(String id, String description, long matchedCalls, long firedCalls, FaultJson fault) {

    public static ArmedFaultJson of(FaultPlan.ArmedFaultStatus status) {
        return new ArmedFaultJson(
                status.id(),
                status.fault().describe(),
                status.matchedCalls(),
                status.firedCalls(),
                FaultJson.of(status.fault()));
    }

    public FaultPlan.ArmedFaultStatus toStatus() {
        return new FaultPlan.ArmedFaultStatus(id, fault.toFault(), matchedCalls, firedCalls);
    }
}
