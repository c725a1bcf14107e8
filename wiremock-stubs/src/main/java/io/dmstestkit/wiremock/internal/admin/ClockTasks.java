package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.wiremock.internal.json.AdvanceJson;
import io.dmstestkit.wiremock.internal.json.ClockJson;
import io.dmstestkit.wiremock.internal.json.Scope;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The simulator's virtual clock over the admin API. */
final class ClockTasks {

    private ClockTasks() {}

    /**
     * {@code GET /__admin/dms/clock[?account=…][&region=…]} → {@code {"now": "...", "manual": true,
     * "nextChange": "..." or null}}: the next planned change of every account's resources, or of one account's
     * when the query names it (region defaulting to the simulator's), so a remote wait can jump over empty time.
     */
    static final class Read extends JsonAdminTask {
        private final DmsSimulator simulator;

        Read(DmsSimulator simulator) {
            this.simulator = simulator;
        }

        @Override
        ResponseDefinition handle(AdminCall call) {
            Map<String, String> query = call.query(Set.of("account", "region"));
            Optional<Instant> next;
            if (query.isEmpty()) {
                next = simulator.nextChange();
            } else {
                Scope scope =
                        Scope.of(query.get("account"), query.get("region"), simulator.settings(), "query parameter");
                next = simulator.nextChange(scope.account(), scope.region());
            }
            return ok(ClockJson.of(simulator.clock(), next));
        }
    }

    /** {@code POST /__admin/dms/clock/advance} with {@code {"duration": "PT30M"}} or {@code {"to": "..."}}. */
    static final class Advance extends JsonAdminTask {
        private final DmsSimulator simulator;

        Advance(DmsSimulator simulator) {
            this.simulator = simulator;
        }

        @Override
        ResponseDefinition handle(AdminCall call) {
            call.query(Set.of());
            AdvanceJson request = call.body(AdvanceJson.class);
            simulator.clock().advanceTo(request.target(simulator.clock().now()));
            return ok(ClockJson.of(simulator.clock(), simulator.nextChange()));
        }
    }
}
