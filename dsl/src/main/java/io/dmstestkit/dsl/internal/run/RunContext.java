package io.dmstestkit.dsl.internal.run;

import io.dmstestkit.dsl.DmsTarget;
import io.dmstestkit.dsl.StatusHistory;
import io.dmstestkit.dsl.internal.Names;
import io.dmstestkit.dsl.internal.await.TimeBudget;
import io.dmstestkit.dsl.model.SchemaRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of one scenario run: the target session, the resources created (by scenario name), the status
 * changes observed, with their virtual times, for failure messages, and the run's wall-time budget.
 */
public final class RunContext {

    private final DmsTarget.Session session;
    private final Instant start;
    private final TimeBudget budget;
    private final Map<String, Handle> handles = new LinkedHashMap<>();
    private final Map<String, StatusHistory> histories = new LinkedHashMap<>();
    private final Map<String, Map<SchemaRequest, String>> schemaRequests = new LinkedHashMap<>();

    public RunContext(DmsTarget.Session session) {
        this(session, TimeBudget.unlimited());
    }

    public RunContext(DmsTarget.Session session, TimeBudget budget) {
        this.session = session;
        this.start = session.now();
        this.budget = budget;
    }

    public DmsTarget.Session session() {
        return session;
    }

    public TimeBudget budget() {
        return budget;
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
            throw new IllegalArgumentException(
                    "'" + name + "' is not a replication, task, instance or data migration of this scenario"
                            + Names.declared(name, handles.keySet()));
        }
        return handle;
    }

    /** Whether the run created a resource of this name (a task's instance may be created for it). */
    public boolean has(String name) {
        return handles.containsKey(name);
    }

    /** The statuses seen of one resource since the run started. */
    public StatusHistory statuses(String name) {
        return histories.computeIfAbsent(name, k -> new StatusHistory(start));
    }

    /** Remembers a status seen now, if it changed since the last read. */
    public void observed(String name, String status) {
        statuses(name).observed(status, session.now());
    }

    public List<String> history(String name) {
        StatusHistory history = histories.get(name);
        return history == null ? List.of() : history.lines();
    }

    /** Remembers a schema-conversion request the scenario started on a target; the last is the default. */
    public void startedSchemaRequest(String target, SchemaRequest kind, String requestId) {
        schemaRequests.computeIfAbsent(target, k -> new LinkedHashMap<>()).remove(kind);
        schemaRequests.get(target).put(kind, requestId);
    }

    /**
     * The request of this kind the scenario last started on a target, or the last of any kind when
     * {@code kind} is null; refused, saying what was started, when there is none.
     */
    public Map.Entry<SchemaRequest, String> schemaRequest(String target, SchemaRequest kind) {
        Map<SchemaRequest, String> started = schemaRequests.getOrDefault(target, Map.of());
        Map.Entry<SchemaRequest, String> found = kind == null
                ? started.entrySet().stream().reduce((first, second) -> second).orElse(null)
                : started.containsKey(kind) ? Map.entry(kind, started.get(kind)) : null;
        if (found == null) {
            throw new IllegalArgumentException("no metadata-model " + (kind == null ? "request" : kind.words())
                    + " was started on '" + target + "' yet"
                    + (started.isEmpty()
                            ? ""
                            : " (started: "
                                    + started.keySet().stream()
                                            .map(SchemaRequest::words)
                                            .toList() + ")")
                    + "; start one first, e.g. convertMetadataModel '" + target + "'");
        }
        return found;
    }
}
