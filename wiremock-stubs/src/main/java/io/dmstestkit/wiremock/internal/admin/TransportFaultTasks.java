package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.wiremock.internal.json.AdminRequestException;
import io.dmstestkit.wiremock.internal.transport.ArmedTransportFault;
import io.dmstestkit.wiremock.internal.transport.TransportFaultDefinition;
import io.dmstestkit.wiremock.internal.transport.TransportFaultStubs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Transport faults (WireMock faults and delays in front of the simulator) over the admin API. */
final class TransportFaultTasks {

    private TransportFaultTasks() {}

    /** {@code POST /__admin/dms/transport-faults} → 201 {@code {"id": "transport-fault-1"}}. */
    static final class Arm extends JsonAdminTask {
        @Override
        ResponseDefinition handle(AdminCall call) {
            call.query(Set.of());
            TransportFaultDefinition definition = call.body(TransportFaultDefinition.class);
            return json(201, Map.of("id", TransportFaultStubs.arm(call.admin(), definition)));
        }
    }

    /** {@code GET /__admin/dms/transport-faults} → {@code {"transportFaults": [...]}}. */
    static final class Listing extends JsonAdminTask {
        @Override
        ResponseDefinition handle(AdminCall call) {
            call.query(Set.of());
            return ok(Map.of(
                    "transportFaults",
                    TransportFaultStubs.list(call.admin()).stream()
                            .map(Listing::json)
                            .toList()));
        }

        private static Map<String, Object> json(ArmedTransportFault armed) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", armed.id());
            json.put("description", armed.definition().describe());
            json.put("remaining", armed.remaining().orElse(null));
            json.put("transportFault", armed.definition());
            return json;
        }
    }

    /** {@code DELETE /__admin/dms/transport-faults/{id}}; 404 when there is no such fault. */
    static final class Disarm extends JsonAdminTask {
        @Override
        ResponseDefinition handle(AdminCall call) {
            call.query(Set.of());
            String id = call.pathParam("id");
            if (!TransportFaultStubs.disarm(call.admin(), id)) {
                String armed = TransportFaultStubs.list(call.admin()).stream()
                        .map(ArmedTransportFault::id)
                        .collect(Collectors.joining(", "));
                throw AdminRequestException.notFound("no armed transport fault has the id '" + id + "'; armed: "
                        + (armed.isEmpty() ? "none" : armed));
            }
            return ok(Map.of("disarmed", id));
        }
    }

    /** {@code DELETE /__admin/dms/transport-faults}: removes them all. */
    static final class DisarmAll extends JsonAdminTask {
        @Override
        ResponseDefinition handle(AdminCall call) {
            call.query(Set.of());
            return ok(Map.of("disarmed", TransportFaultStubs.disarmAll(call.admin())));
        }
    }
}
