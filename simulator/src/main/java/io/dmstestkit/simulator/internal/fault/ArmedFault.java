package io.dmstestkit.simulator.internal.fault;

import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.FaultPlan;
import io.dmstestkit.simulator.internal.ServiceError;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * One armed {@link DmsFault} with its counters. Not thread-safe on its own: the {@link FaultPlan} that
 * holds it serializes every check.
 */
public final class ArmedFault {

    private final String id;
    private final DmsFault fault;
    private final Random random;
    private final Pattern resourcePattern;
    private long matchedCalls;
    private long firedCalls;

    /** A fault that fired: its id (for the journal) and the error to answer with. */
    public record Firing(String faultId, ServiceError error) {}

    public ArmedFault(String id, DmsFault fault) {
        this.id = id;
        this.fault = fault;
        this.random = new Random(fault.seed());
        this.resourcePattern = fault.resource().map(ArmedFault::glob).orElse(null);
    }

    public String id() {
        return id;
    }

    public FaultPlan.ArmedFaultStatus status() {
        return new FaultPlan.ArmedFaultStatus(id, fault, matchedCalls, firedCalls);
    }

    /** Counts the call if it matches, and answers whether this fault fires for it. */
    public Optional<Firing> consider(CallFacts call) {
        if (!matches(call)) {
            return Optional.empty();
        }
        matchedCalls++;
        if (!firesOnThisCall() || !drawsFailure()) {
            return Optional.empty();
        }
        firedCalls++;
        return Optional.of(new Firing(id, new ServiceError(fault.errorCode(), fault.httpStatus(), fault.message())));
    }

    private boolean matches(CallFacts call) {
        if (!fault.operations().isEmpty() && !fault.operations().contains(call.operation())) {
            return false;
        }
        if (fault.account().isPresent() && !fault.account().get().equals(call.account())) {
            return false;
        }
        if (fault.from().isPresent() && call.now().isBefore(fault.from().get())) {
            return false;
        }
        if (resourcePattern != null
                && call.resources().stream()
                        .noneMatch(r -> resourcePattern.matcher(r).matches())) {
            return false;
        }
        return fault.whileStatus().isEmpty() || statusMatches(call);
    }

    private boolean statusMatches(CallFacts call) {
        String wanted = fault.whileStatus().get();
        return call.resources().stream()
                .filter(r -> resourcePattern.matcher(r).matches())
                .map(call.statusOf())
                .flatMap(Optional::stream)
                .anyMatch(wanted::equalsIgnoreCase);
    }

    private boolean firesOnThisCall() {
        if (fault.onCall().isPresent()) {
            return matchedCalls == fault.onCall().get();
        }
        if (matchedCalls <= fault.afterCalls()) {
            return false;
        }
        return fault.times().isEmpty() || firedCalls < fault.times().get();
    }

    private boolean drawsFailure() {
        return fault.probability().isEmpty()
                || random.nextDouble() < fault.probability().get();
    }

    /** {@code *} any run of characters, {@code ?} one character; the rest literal. */
    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
