package io.dmstestkit.dsl;

import io.dmstestkit.simulator.FailureMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The statuses seen of one replication or data migration, each with the virtual time since an origin, as
 * failure messages show them: {@code 00:00:00 created → 00:00:02 initializing}. Only changes are kept.
 *
 * <pre>{@code
 * StatusHistory history = new StatusHistory(clock.now());
 * history.observed("running", clock.now());
 * history.lines();   // ["00:00:00 running"]
 * }</pre>
 */
@API(
        status = API.Status.INTERNAL,
        consumers = {"io.dmstestkit.junit", "io.dmstestkit.spock"})
public final class StatusHistory {

    private final Instant origin;
    private final List<String> lines = new ArrayList<>();
    private String last;
    private boolean seenAny;

    public StatusHistory(Instant origin) {
        this.origin = origin;
    }

    /** Remembers a status seen at {@code at}, if it changed since the last read. */
    public synchronized void observed(String status, Instant at) {
        if (!seenAny || !Objects.equals(last, status)) {
            lines.add(FailureMessage.clock(Duration.between(origin, at)) + " " + (status == null ? "(none)" : status));
            last = status;
            seenAny = true;
        }
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
