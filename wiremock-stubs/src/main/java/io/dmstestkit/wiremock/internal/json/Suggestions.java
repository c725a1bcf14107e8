package io.dmstestkit.wiremock.internal.json;

import io.dmstestkit.simulator.EditDistance;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for names users type: the closest known name, when it is close enough to be a typo. */
public final class Suggestions {

    private Suggestions() {}

    /** The known name closest to {@code typed}, if it is within a typo's reach. */
    public static Optional<String> closest(String typed, Collection<?> known) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        return known.stream()
                .map(String::valueOf)
                .min(Comparator.comparingInt(name -> distance(name, wanted)))
                .filter(name -> distance(name, wanted) <= Math.max(2, typed.length() / 3));
    }

    /** {@code "; did you mean 'x'?"}, or nothing. */
    public static String didYouMean(String typed, Collection<?> known) {
        return closest(typed, known)
                .map(name -> "; did you mean '" + name + "'?")
                .orElse("");
    }

    private static int distance(String name, String wanted) {
        return EditDistance.between(name.toLowerCase(Locale.ROOT), wanted);
    }
}
