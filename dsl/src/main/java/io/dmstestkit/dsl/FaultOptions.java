package io.dmstestkit.dsl;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads a fault's Groovy named arguments ({@code on:, times:, message:, …}) into a {@link FaultSpec}. */
final class FaultOptions {

    static final Set<String> NAMES = Set.of(
            "on",
            "message",
            "resource",
            "times",
            "onCall",
            "afterCalls",
            "probability",
            "seed",
            "from",
            "whileStatus",
            "account");

    private FaultOptions() {}

    static FaultSpec fromNamed(Map<String, Object> named, String error) {
        String where = "fault " + error;
        Named.requireOnly(named, NAMES, where);
        FaultSpec spec = new FaultSpec(error);
        Object on = named.get("on");
        if (on instanceof List<?> operations) {
            operations.forEach(op -> spec.on(String.valueOf(op)));
        } else if (on != null) {
            spec.on(on.toString());
        }
        if (named.containsKey("message")) {
            spec.message(Named.optionalString(named, "message"));
        }
        if (named.containsKey("resource")) {
            spec.resource(Named.optionalString(named, "resource"));
        }
        if (named.containsKey("times")) {
            spec.times(Named.optionalInt(named, "times", where));
        }
        if (named.containsKey("onCall")) {
            spec.onCall(Named.optionalInt(named, "onCall", where));
        }
        if (named.containsKey("afterCalls")) {
            spec.afterCalls(Named.optionalInt(named, "afterCalls", where));
        }
        if (named.containsKey("seed") && !named.containsKey("probability")) {
            throw new IllegalArgumentException(
                    where + ": a seed needs a probability; add probability: 0.5, or remove seed");
        }
        if (named.containsKey("probability")) {
            Integer seed = Named.optionalInt(named, "seed", where);
            spec.probability(
                    Named.optionalDouble(named, "probability", where), seed == null ? FaultSpec.DEFAULT_SEED : seed);
        }
        if (named.containsKey("from")) {
            spec.from(Named.optionalDuration(named, "from"));
        }
        if (named.containsKey("whileStatus")) {
            spec.whileStatus(Named.optionalString(named, "whileStatus"));
        }
        if (named.containsKey("account")) {
            spec.account(Named.optionalString(named, "account"));
        }
        return spec;
    }
}
