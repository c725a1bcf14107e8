package io.dmstestkit.dsl.internal;

import io.dmstestkit.simulator.internal.text.Suggestions;
import java.util.Collection;

/** How messages list the names a scenario declared when a step uses another one. */
public final class Names {

    private Names() {}

    /**
     * {@code ; did you mean 'orders'? (declared: orders, customers)} when a declared name is within a typo's
     * reach (the one rule of {@link Suggestions}), {@code ; declared: …} otherwise, nothing when none is.
     */
    public static String declared(String typed, Collection<String> declared) {
        if (declared.isEmpty()) {
            return "";
        }
        String list = String.join(", ", declared);
        return Suggestions.closest(typed, declared)
                .map(closest -> "; did you mean '" + closest + "'? (declared: " + list + ")")
                .orElse("; declared: " + list);
    }
}
