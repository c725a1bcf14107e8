package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.wiremock.internal.json.IncidentJson;
import io.dmstestkit.wiremock.internal.json.Scope;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /__admin/dms/incidents} → 201 {@code {"planned": {...}}}: plans a state fault on a replication
 * config, replication task, data migration, replication instance, endpoint or migration project; the answer shows the incident as planned, defaults filled
 * in. An unknown resource, or an incident that does not apply to it, is a 400 naming the problem.
 */
final class IncidentsTask extends JsonAdminTask {

    private final DmsSimulator simulator;

    IncidentsTask(DmsSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    ResponseDefinition handle(AdminCall call) {
        call.query(Set.of());
        IncidentJson request = call.body(IncidentJson.class);
        Scope scope = Scope.of(request.account(), request.region(), simulator.settings(), "field");
        String resource = request.requireResource();
        DmsIncident incident = request.toIncident();
        // The simulator refuses an unknown resource or an inapplicable incident with a message naming it.
        simulator.planIncident(scope.account(), scope.region(), resource, incident);
        return json(201, Map.of("planned", IncidentJson.of(scope.account(), scope.region(), resource, incident)));
    }
}
