package io.dmstestkit.dsl;

import io.dmstestkit.dsl.internal.Callers;
import io.dmstestkit.dsl.model.CallCountDecl;
import io.dmstestkit.dsl.model.ReplicationType;
import io.dmstestkit.dsl.model.StartType;
import io.dmstestkit.dsl.model.Status;
import io.dmstestkit.dsl.model.StopReason;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The words of the scenario DSL, for {@code import static io.dmstestkit.dsl.Dsl.*} in Java; Groovy
 * scenario files see them without an import.
 *
 * <pre>{@code
 * Scenario s = scenario("orders").replication("orders", r -> r.type(FULL_LOAD)).start("orders").build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
@SuppressWarnings("checkstyle:ConstantName") // AccessDenied etc. read as the DMS error names they are
public final class Dsl {

    public static final ReplicationType FULL_LOAD = ReplicationType.FULL_LOAD;
    public static final ReplicationType CDC = ReplicationType.CDC;
    public static final ReplicationType FULL_LOAD_AND_CDC = ReplicationType.FULL_LOAD_AND_CDC;

    public static final StartType START_REPLICATION = StartType.START_REPLICATION;
    public static final StartType RESUME_PROCESSING = StartType.RESUME_PROCESSING;
    public static final StartType RELOAD_TARGET = StartType.RELOAD_TARGET;

    public static final Status CREATED = Status.CREATED;
    public static final Status READY = Status.READY;
    public static final Status STARTING = Status.STARTING;
    public static final Status RUNNING = Status.RUNNING;
    public static final Status STOPPING = Status.STOPPING;
    public static final Status STOPPED = Status.STOPPED;
    public static final Status FAILED = Status.FAILED;
    public static final Status PROVISIONING_CAPACITY = Status.PROVISIONING_CAPACITY;

    public static final StopReason NORMAL = StopReason.NORMAL;
    public static final StopReason FULL_LOAD_ONLY_FINISHED = StopReason.FULL_LOAD_ONLY_FINISHED;
    public static final StopReason FATAL_ERROR = StopReason.FATAL_ERROR;
    public static final StopReason RECOVERABLE_ERROR = StopReason.RECOVERABLE_ERROR;
    public static final StopReason STOPPED_AT_SERVER_TIME = StopReason.STOPPED_AT_SERVER_TIME;

    public static final String ResourceNotFound = "ResourceNotFound";
    public static final String InvalidResourceState = "InvalidResourceState";
    public static final String AccessDenied = "AccessDenied";
    public static final String FailedDependency = "FailedDependency";
    public static final String Throttling = "Throttling";
    public static final String ResourceQuotaExceeded = "ResourceQuotaExceeded";
    public static final String InvalidOperation = "InvalidOperation";
    public static final String KMSKeyNotAccessible = "KMSKeyNotAccessible";

    private Dsl() {}

    /** Starts a scenario built in code; includes resolve from the classpath and working directory. */
    public static ScenarioSpec scenario(String name) {
        return scenario(name, Map.of());
    }

    /** Starts a scenario with parameter overrides (for scenarios that declare parameters). */
    public static ScenarioSpec scenario(String name, Map<String, String> parameterOverrides) {
        return new ScenarioSpec(name, Callers.source(), parameterOverrides, ScenarioLoader.defaultIncludes());
    }

    public static Percent percent(int value) {
        return new Percent(value);
    }

    public static CallCountDecl exactly(int n) {
        return CallCountDecl.exactly(n);
    }

    public static CallCountDecl atLeast(int n) {
        return CallCountDecl.atLeast(n);
    }

    public static CallCountDecl atMost(int n) {
        return CallCountDecl.atMost(n);
    }
}
