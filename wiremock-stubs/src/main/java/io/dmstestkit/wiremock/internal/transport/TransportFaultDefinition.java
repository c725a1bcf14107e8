package io.dmstestkit.wiremock.internal.transport;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.github.tomakehurst.wiremock.http.Fault;
import io.dmstestkit.simulator.DmsOperations;
import io.dmstestkit.simulator.internal.text.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A transport fault in front of the simulator, as the admin API reads it and as the stubs' metadata keeps
 * it. What happens uses WireMock's own words: {@code fault} (a {@link Fault} name),
 * {@code fixedDelayMilliseconds} or {@code delayDistribution}; exactly one of them. Which calls: the
 * {@code operation}/{@code operations} named (any DMS call when none) and the {@code account}. When: the
 * first {@code times} matching calls after skipping {@code afterCalls}, or every one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransportFaultDefinition(
        String operation,
        List<String> operations,
        String account,
        String fault,
        Integer fixedDelayMilliseconds,
        DelayDistributionJson delayDistribution,
        Long seed,
        Integer times,
        Integer afterCalls) {

    static final int MAX_DELAY_MS = 600_000;
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    /** The operations named, whichever field named them; empty for any DMS call. */
    public List<String> targetOperations() {
        List<String> all = new ArrayList<>();
        if (operation != null) {
            all.add(operation);
        }
        if (operations != null) {
            all.addAll(operations);
        }
        return all;
    }

    /** Checks every field; throws {@link IllegalArgumentException} naming the first problem. */
    public TransportFaultDefinition validated() {
        require(operation == null || operations == null, "give 'operation' or 'operations', not both");
        targetOperations().forEach(DmsOperations::requireKnown);
        require(
                account == null || ACCOUNT_ID.matcher(account).matches(),
                "'account' must be 12 digits, was '" + account + "'");
        int kinds = (fault == null ? 0 : 1)
                + (fixedDelayMilliseconds == null ? 0 : 1)
                + (delayDistribution == null ? 0 : 1);
        require(
                kinds == 1,
                "give exactly one of 'fault' (" + faultNames() + "), 'fixedDelayMilliseconds' or 'delayDistribution'");
        if (fault != null) {
            wireMockFault();
        }
        require(
                fixedDelayMilliseconds == null
                        || (fixedDelayMilliseconds >= 0 && fixedDelayMilliseconds <= MAX_DELAY_MS),
                "'fixedDelayMilliseconds' must be between 0 and 600000 (10 minutes), was " + fixedDelayMilliseconds);
        if (delayDistribution != null) {
            delayDistribution.validate();
        }
        require(times == null || times >= 1, "'times' must be 1 or more, was " + times);
        require(times == null || times <= 1_000, "'times' is limited to 1000 (one stub per call), was " + times);
        require(
                afterCalls == null || (afterCalls >= 0 && afterCalls <= 1_000),
                "'afterCalls' must be 0 to 1000, was " + afterCalls);
        require(seed == null || delayDistribution != null, "'seed' only applies to a 'delayDistribution'");
        require(
                seed == null || times != null,
                "WireMock's random delays cannot be seeded; with 'seed', give 'times' too: the delays of those calls are then"
                        + " drawn up front from the seeded generator");
        return this;
    }

    /** The WireMock fault named in {@code fault}. */
    Fault wireMockFault() {
        try {
            return Fault.valueOf(fault);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'fault' must be one of " + faultNames() + ", was '" + fault + "'"
                    + Suggestions.didYouMean(
                            fault, Arrays.stream(Fault.values()).map(Enum::name).toList()));
        }
    }

    int skippedCalls() {
        return afterCalls == null ? 0 : afterCalls;
    }

    public String describe() {
        String what = fault != null
                ? fault
                : fixedDelayMilliseconds != null
                        ? "fixed delay " + fixedDelayMilliseconds + " ms"
                        : delayDistribution.describe();
        StringBuilder text = new StringBuilder(what).append(" on ");
        text.append(targetOperations().isEmpty() ? "any operation" : String.join("|", targetOperations()));
        if (account != null) {
            text.append(" in account ").append(account);
        }
        if (times != null) {
            text.append(", ").append(times).append(times == 1 ? " time" : " times");
        }
        if (skippedCalls() > 0) {
            text.append(", after ").append(skippedCalls()).append(" calls");
        }
        if (seed != null) {
            text.append(" (seed ").append(seed).append(')');
        }
        return text.toString();
    }

    private static String faultNames() {
        return String.join(", ", Arrays.stream(Fault.values()).map(Enum::name).toList());
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(problem);
        }
    }
}
