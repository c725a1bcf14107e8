package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.FaultDecl;
import io.dmstestkit.dsl.model.Status;
import io.dmstestkit.simulator.DmsOperations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Which calls a service fault answers, and how often.
 *
 * <pre>{@code
 * .fault("AccessDenied", f -> f.on("StopReplication").times(1).message("not authorized to stop"))
 * }</pre>
 * In Groovy: {@code fault AccessDenied, on: 'StopReplication', times: 1, message: 'not authorized to stop'}
 */
@API(status = API.Status.EXPERIMENTAL)
public final class FaultSpec {

    /** The seed of a probability given without one, in every front end. */
    static final long DEFAULT_SEED = 1;

    private final String error;
    private final List<String> operations = new ArrayList<>();
    private String message;
    private String resource;
    private Integer times;
    private Integer onCall;
    private Integer afterCalls;
    private Double probability;
    private Long seed;
    private Duration from;
    private String whileStatus;
    private String account;

    FaultSpec(String error) {
        this.error = error;
    }

    public FaultSpec on(String... operationNames) {
        Arrays.stream(operationNames).map(DmsOperations::requireKnown).forEach(operations::add);
        return this;
    }

    public FaultSpec message(String message) {
        this.message = message;
        return this;
    }

    /** Only calls naming this resource: a scenario name, an ARN or a glob. */
    public FaultSpec resource(String resource) {
        this.resource = resource;
        return this;
    }

    public FaultSpec times(int n) {
        this.times = n;
        return this;
    }

    public FaultSpec onCall(int n) {
        this.onCall = n;
        return this;
    }

    public FaultSpec afterCalls(int n) {
        this.afterCalls = n;
        return this;
    }

    /** Strikes each matching call with this probability, from a fixed seed, so runs repeat themselves. */
    public FaultSpec probability(double probability, long seed) {
        this.probability = probability;
        this.seed = seed;
        return this;
    }

    /** As {@link #probability(double, long)} with seed 1, the seed the Groovy named form uses too. */
    public FaultSpec probability(double probability) {
        return probability(probability, DEFAULT_SEED);
    }

    /** Applies only from this long after the step (virtual time) on: {@code from(Duration.ofMinutes(10))}. */
    public FaultSpec from(Duration delay) {
        this.from = delay;
        return this;
    }

    /** Applies only while the fault's {@link #resource} is in this status, e.g. {@code running}. */
    public FaultSpec whileStatus(Status status) {
        this.whileStatus = status.wireValue();
        return this;
    }

    public FaultSpec whileStatus(String status) {
        return whileStatus(Status.parse(status));
    }

    /** Answers the calls of this 12-digit account instead of the run's own. */
    public FaultSpec account(String accountId) {
        this.account = accountId;
        return this;
    }

    FaultDecl build() {
        // the declaration checks itself, so a mistake is reported where it was written
        return new FaultDecl(
                error,
                message,
                operations,
                resource,
                times,
                onCall,
                afterCalls,
                probability,
                seed,
                from,
                whileStatus,
                account);
    }
}
