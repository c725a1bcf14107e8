package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.simulator.FaultPlan;
import io.dmstestkit.wiremock.internal.json.AdminRequestException;
import io.dmstestkit.wiremock.internal.json.ArmedFaultJson;
import io.dmstestkit.wiremock.internal.json.FaultJson;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The simulator's service faults over the admin API. */
final class FaultTasks {

    private FaultTasks() {}

    /** {@code POST /__admin/dms/faults} → 201 {@code {"id": "fault-1"}}. */
    static final class Arm extends JsonAdminTask {
        private final FaultPlan faults;

        Arm(FaultPlan faults) {
            this.faults = faults;
        }

        @Override
        ResponseDefinition handle(AdminCall call) {
            call.query(Set.of());
            String id = faults.arm(call.body(FaultJson.class).toFault());
            return json(201, Map.of("id", id));
        }
    }

    /** {@code GET /__admin/dms/faults} → {@code {"faults": [...]}} with how often each matched and fired. */
    static final class Listing extends JsonAdminTask {
        private final FaultPlan faults;

        Listing(FaultPlan faults) {
            this.faults = faults;
        }

        @Override
        ResponseDefinition handle(AdminCall call) {
            call.query(Set.of());
            return ok(Map.of(
                    "faults", faults.list().stream().map(ArmedFaultJson::of).toList()));
        }
    }

    /** {@code DELETE /__admin/dms/faults/{id}}; 404 naming the armed ids when there is no such fault. */
    static final class Disarm extends JsonAdminTask {
        private final FaultPlan faults;

        Disarm(FaultPlan faults) {
            this.faults = faults;
        }

        @Override
        ResponseDefinition handle(AdminCall call) {
            call.query(Set.of());
            String id = call.pathParam("id");
            if (!faults.disarm(id)) {
                String armed = faults.list().stream()
                        .map(FaultPlan.ArmedFaultStatus::id)
                        .collect(Collectors.joining(", "));
                throw AdminRequestException.notFound(
                        "no armed fault has the id '" + id + "'; armed: " + (armed.isEmpty() ? "none" : armed));
            }
            return ok(Map.of("disarmed", id));
        }
    }

    /** {@code DELETE /__admin/dms/faults}: disarms them all. */
    static final class DisarmAll extends JsonAdminTask {
        private final FaultPlan faults;

        DisarmAll(FaultPlan faults) {
            this.faults = faults;
        }

        @Override
        ResponseDefinition handle(AdminCall call) {
            call.query(Set.of());
            int count = faults.list().size();
            faults.disarmAll();
            return ok(Map.of("disarmed", count));
        }
    }
}
