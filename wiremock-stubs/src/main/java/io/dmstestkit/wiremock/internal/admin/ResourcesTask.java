package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.simulator.DmsSimulator;
import java.util.Set;

/**
 * {@code GET /__admin/dms/resources}: every account's resources now, in the wire shapes and under the
 * member names of the Describe answers ({@link DmsSimulator#stateAsJson()}). A snapshot read from the
 * simulator's state, not through DMS calls: it leaves the journal, the armed faults and the clock alone, so
 * it works with any clock and settings.
 */
final class ResourcesTask extends JsonAdminTask {

    private final DmsSimulator simulator;

    ResourcesTask(DmsSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    ResponseDefinition handle(AdminCall call) {
        call.query(Set.of());
        return okJsonText(simulator.stateAsJson());
    }
}
