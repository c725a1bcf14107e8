package io.dmstestkit.dsl.internal.run;

import io.dmstestkit.dsl.DmsTarget;
import io.dmstestkit.dsl.internal.Names;
import io.dmstestkit.simulator.FailureMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The state of one scenario run: the target session, the resources created (by scenario name), and the
 * status changes observed, with their virtual times, for failure messages.
 */
public final class RunContext {

    private final DmsTarget.Session session;
    private final Instant start;
    private final Map<String, Handle> handles = new LinkedHashMap<>();
    private final Map<String, List<String>> histories = new LinkedHashMap<>();
    private final Map<String, String> lastStatus = new LinkedHashMap<>();

    public RunContext(DmsTarget.Session session) {
        this.session = session;
        this.start = session.now();
    }

    public DmsTarget.Session session() {
        return session;
    }

    public Duration sinceStart() {
        return Duration.between(start, session.now());
    }

    public void add(Handle handle) {
        handles.put(handle.resource().name(), handle);
    }

    /** The resource a step names; refused, with the declared names, when the scenario declares no such resource. */
    public Handle handle(String name) {
        Handle handle = handles.get(name);
        if (handle == null) {
            throw new IllegalArgumentException("'" + name + "' is not a replication or data migration of this scenario"
                    + Names.declared(name, handles.keySet()));
        }
        return handle;
    }

    /** Remembers a status seen now, if it changed since the last read. */
    public void observed(String name, String status) {
        if (!Objects.equals(lastStatus.put(name, status), status)) {
            histories
                    .computeIfAbsent(name, k -> new ArrayList<>())
                    .add(FailureMessage.clock(sinceStart()) + " " + status);
        }
    }

    public List<String> history(String name) {
        return histories.getOrDefault(name, List.of());
    }
}
