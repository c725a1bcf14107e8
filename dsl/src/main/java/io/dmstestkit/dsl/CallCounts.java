package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.CallCountDecl;
import java.util.Map;
import java.util.Set;

/** Reads {@code exactly: 1}, {@code atLeast: 2} or {@code atMost: 3} into a {@link CallCountDecl}. */
final class CallCounts {

    private CallCounts() {}

    static CallCountDecl fromNamed(Map<String, Object> named, String where) {
        Named.requireOnly(named, Set.of("exactly", "atLeast", "atMost", "resource"), where);
        Integer exactly = Named.optionalInt(named, "exactly", where);
        Integer atLeast = Named.optionalInt(named, "atLeast", where);
        Integer atMost = Named.optionalInt(named, "atMost", where);
        int given = (exactly != null ? 1 : 0) + (atLeast != null ? 1 : 0) + (atMost != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException(where + " needs exactly one of exactly:, atLeast: or atMost:");
        }
        if (exactly != null) {
            return CallCountDecl.exactly(exactly);
        }
        return atLeast != null ? CallCountDecl.atLeast(atLeast) : CallCountDecl.atMost(atMost);
    }
}
