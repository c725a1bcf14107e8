package io.dmstestkit.dsl.model;

import io.dmstestkit.simulator.DmsFault;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A service fault a scenario arms: the AWS error to answer with and which calls it answers. Mirrors
 * {@link io.dmstestkit.simulator.DmsFault} (and the admin API's fault); optional members are null when not
 * given. A declaration that {@link DmsFault} would refuse is refused here, when the scenario is loaded.
 *
 * @param from how long after the step arming it the fault starts to apply (virtual time); the admin API's
 *     {@code from}, relative to the step because a scenario does not know its start time
 * @param whileStatus the status the fault's {@code resource} must be in (e.g. {@code running})
 * @param account the 12-digit account whose calls it answers (default: the run's own account)
 */
@API(status = API.Status.EXPERIMENTAL)
public record FaultDecl(
        String error,
        String message,
        List<String> operations,
        String resource,
        Integer times,
        Integer onCall,
        Integer afterCalls,
        Double probability,
        Long seed,
        Duration from,
        String whileStatus,
        String account) {

    public FaultDecl {
        Invariants.text(error, "fault: the error", "e.g. fault 'AccessDenied' or fault 'Throttling'");
        error = io.dmstestkit.simulator.DmsErrorCode.resolve(error).code();
        operations = List.copyOf(operations == null ? List.of() : operations);
        if (seed != null && probability == null) {
            throw new IllegalArgumentException("a seed needs a probability; add probability: 0.5, or remove seed");
        }
        if (from != null) {
            Invariants.notNegative(from, "'from'", "e.g. from: 10m");
        }
        if (whileStatus != null) {
            try {
                whileStatus = Status.parse(whileStatus).wireValue();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("whileStatus: " + e.getMessage(), e);
            }
        }
        if (account != null && !account.matches("\\d{12}")) {
            throw new IllegalArgumentException("'account' must be 12 digits, was '" + account + "'; e.g. 123456789012");
        }
        toDmsFault(
                error,
                message,
                operations,
                resource,
                times,
                onCall,
                afterCalls,
                probability,
                seed,
                null,
                whileStatus,
                account);
    }

    /** The fault without the options added later ({@code from}, {@code whileStatus}, {@code account}). */
    public FaultDecl(
            String error,
            String message,
            List<String> operations,
            String resource,
            Integer times,
            Integer onCall,
            Integer afterCalls,
            Double probability,
            Long seed) {
        this(error, message, operations, resource, times, onCall, afterCalls, probability, seed, null, null, null);
    }

    /** The simulator's fault, armed by a step running at virtual time {@code now}. */
    public DmsFault toDmsFault(Instant now) {
        return toDmsFault(
                error,
                message,
                operations,
                resource,
                times,
                onCall,
                afterCalls,
                probability,
                seed,
                from == null ? null : now.plus(from),
                whileStatus,
                account);
    }

    public String describe() {
        return error
                + (operations.isEmpty() ? "" : " on " + String.join(", ", operations))
                + (times != null ? " ×" + times : "");
    }

    // One place turns the declaration into a DmsFault, so that loading checks exactly what arming does.
    @SuppressWarnings("checkstyle:ParameterNumber")
    private static DmsFault toDmsFault(
            String error,
            String message,
            List<String> operations,
            String resource,
            Integer times,
            Integer onCall,
            Integer afterCalls,
            Double probability,
            Long seed,
            Instant from,
            String whileStatus,
            String account) {
        DmsFault.Builder fault = DmsFault.error(error);
        operations.forEach(fault::on);
        if (message != null) {
            fault.message(message);
        }
        if (resource != null) {
            fault.resource(resource);
        }
        if (times != null) {
            fault.times(times);
        }
        if (onCall != null) {
            fault.onCall(onCall);
        }
        if (afterCalls != null) {
            fault.afterCalls(afterCalls);
        }
        if (probability != null) {
            fault.probability(probability, seed == null ? 1 : seed);
        }
        if (from != null) {
            fault.from(from);
        }
        if (whileStatus != null) {
            fault.whileStatus(whileStatus);
        }
        if (account != null) {
            fault.account(account);
        }
        return fault.build();
    }
}
