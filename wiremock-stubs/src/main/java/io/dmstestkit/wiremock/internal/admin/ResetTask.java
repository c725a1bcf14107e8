package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.wiremock.internal.transport.TransportFaultStubs;
import java.util.Map;
import java.util.Set;

/** {@code POST /__admin/dms/reset}: drops every resource, service fault, journal entry and transport fault. */
final class ResetTask extends JsonAdminTask {

    private final DmsSimulator simulator;

    ResetTask(DmsSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    ResponseDefinition handle(AdminCall call) {
        call.query(Set.of());
        simulator.reset();
        int transportFaults = TransportFaultStubs.disarmAll(call.admin());
        return ok(Map.of(
                "message",
                "dropped every resource, service fault and journal entry",
                "transportFaultsRemoved",
                transportFaults));
    }
}
