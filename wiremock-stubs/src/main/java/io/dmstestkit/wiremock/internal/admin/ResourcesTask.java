package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.simulator.DmsSimulator;
import java.util.Set;

/** {@code GET /__admin/dms/resources}: the simulated resources per account and region (see {@link ResourceDump}). */
final class ResourcesTask extends JsonAdminTask {

    private final DmsSimulator simulator;

    ResourcesTask(DmsSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    ResponseDefinition handle(AdminCall call) {
        call.query(Set.of());
        return ok(new ResourceDump(simulator).dump());
    }
}
