package io.dmstestkit.testcore.exploration;

import org.apiguardian.api.API;

/**
 * The catalogue of faults an exploration stages at each call site: the service faults DMS answers with,
 * transport faults of the network in between, and state faults that strike the run at the virtual time of
 * the call.
 *
 * <pre>{@code
 * @DmsFaultExploration(faults = {ExploredFault.FAILED_DEPENDENCY, ExploredFault.THROTTLING})
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public enum ExploredFault {
    RESOURCE_NOT_FOUND(Kind.SERVICE, "ResourceNotFound"),
    INVALID_RESOURCE_STATE(Kind.SERVICE, "InvalidResourceState"),
    ACCESS_DENIED(Kind.SERVICE, "AccessDenied"),
    FAILED_DEPENDENCY(Kind.SERVICE, "FailedDependency"),
    THROTTLING(Kind.SERVICE, "Throttling"),
    /** The connection is reset instead of an answer (WireMock over HTTP, the in-process client otherwise). */
    CONNECTION_RESET(Kind.TRANSPORT, "connectionReset"),
    /** The connection closes without an answer (WireMock over HTTP, the in-process client otherwise). */
    EMPTY_RESPONSE(Kind.TRANSPORT, "emptyResponse"),
    /**
     * DMS answers (the call takes effect) a minute late, past the client's attempt timeout: the attempt fails
     * with {@code ApiCallAttemptTimeoutException}. In virtual time, so in-process only: over HTTP it would
     * wait in wall time.
     */
    ATTEMPT_TIMEOUT(Kind.TRANSPORT, "attemptTimeout"),
    /** The run going at the call's virtual time fails with {@code Stop Reason FATAL_ERROR}. */
    RUN_FAILS_FATAL(Kind.STATE, "FATAL_ERROR"),
    /** The run going at the call's virtual time fails with {@code Stop Reason RECOVERABLE_ERROR}. */
    RUN_FAILS_RECOVERABLE(Kind.STATE, "RECOVERABLE_ERROR"),
    /** The first table of the run goes to {@code Table error} at the call's virtual time. */
    TABLE_ERROR(Kind.STATE, "tableError"),
    /** CDC latency spikes to 10 minutes for 15 minutes from the call's virtual time. */
    CDC_LATENCY_SPIKE(Kind.STATE, "latencySpike");

    /** Where a fault strikes. */
    public enum Kind {
        /** DMS answers the call with an AWS error. */
        SERVICE,
        /** The network between client and DMS breaks. */
        TRANSPORT,
        /** The replication itself goes wrong at the call's virtual time. */
        STATE
    }

    private final Kind kind;
    private final String shortName;

    ExploredFault(Kind kind, String shortName) {
        this.kind = kind;
        this.shortName = shortName;
    }

    public Kind kind() {
        return kind;
    }

    /** The word of the fault in the DSL: an error code's short name, a transport fault or an incident. */
    public String shortName() {
        return shortName;
    }
}
