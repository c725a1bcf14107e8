package io.dmstestkit.dsl.model;

import org.apiguardian.api.API;

/** How many journal calls an {@link Step.ExpectCalls} wants: exactly, at least or at most n. */
@API(status = API.Status.EXPERIMENTAL)
public record CallCountDecl(Kind kind, int count) {

    public CallCountDecl {
        Invariants.required(kind, "a call count's kind", "exactly, atLeast or atMost");
        Invariants.count(count, "a call count");
    }

    public enum Kind {
        EXACTLY,
        AT_LEAST,
        AT_MOST
    }

    public static CallCountDecl exactly(int n) {
        return new CallCountDecl(Kind.EXACTLY, n);
    }

    public static CallCountDecl atLeast(int n) {
        return new CallCountDecl(Kind.AT_LEAST, n);
    }

    public static CallCountDecl atMost(int n) {
        return new CallCountDecl(Kind.AT_MOST, n);
    }

    public String describe() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + count;
    }
}
