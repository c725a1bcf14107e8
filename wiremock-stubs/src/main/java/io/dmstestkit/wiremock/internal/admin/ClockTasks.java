package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.wiremock.internal.json.AdvanceJson;
import io.dmstestkit.wiremock.internal.json.ClockJson;
import java.util.Set;

/** The simulator's virtual clock over the admin API. */
final class ClockTasks {

    private ClockTasks() {}

    /** {@code GET /__admin/dms/clock} → {@code {"now": "...", "manual": true}}. */
    static final class Read extends JsonAdminTask {
        private final SimulatedClock clock;

        Read(SimulatedClock clock) {
            this.clock = clock;
        }

        @Override
        ResponseDefinition handle(AdminCall call) {
            call.query(Set.of());
            return ok(ClockJson.of(clock));
        }
    }

    /** {@code POST /__admin/dms/clock/advance} with {@code {"duration": "PT30M"}} or {@code {"to": "..."}}. */
    static final class Advance extends JsonAdminTask {
        private final SimulatedClock clock;

        Advance(SimulatedClock clock) {
            this.clock = clock;
        }

        @Override
        ResponseDefinition handle(AdminCall call) {
            call.query(Set.of());
            AdvanceJson request = call.body(AdvanceJson.class);
            clock.advanceTo(request.target(clock.now()));
            return ok(ClockJson.of(clock));
        }
    }
}
