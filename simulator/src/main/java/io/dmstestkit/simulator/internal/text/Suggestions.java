package io.dmstestkit.simulator.internal.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * "Did you mean" for every name a user types (operations, options, steps, error codes, query parameters):
 * one rule for when a known name is close enough to be a typo, so every front end suggests alike.
 *
 * <pre>{@code
 * Suggestions.closest("stpo", List.of("start", "stop"));    // Optional[stop]
 * Suggestions.closest("xyzzyq", List.of("start", "stop"));  // Optional.empty: not a typo of either
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class Suggestions {

    private Suggestions() {}

    /**
     * The known name nearest to {@code typed} (case-insensitive edit distance, ties by name), if it is
     * within a typo's reach: at most 2 edits, or a third of the typed length for longer names.
     */
    public static Optional<String> closest(String typed, Collection<?> known) {
        int reach = Math.max(2, typed.length() / 3);
        return known.stream()
                .map(String::valueOf)
                .filter(name -> distance(typed, name) <= reach)
                .min(byDistanceTo(typed));
    }

    /** {@code "; did you mean 'x'?"} when a known name is within a typo's reach, otherwise {@code ""}. */
    public static String didYouMean(String typed, Collection<?> known) {
        return closest(typed, known)
                .map(name -> "; did you mean '" + name + "'?")
                .orElse("");
    }

    /** Orders names nearest to {@code typed} first, ties by name; for ranking, not for suggesting. */
    public static Comparator<String> byDistanceTo(String typed) {
        return Comparator.<String>comparingInt(name -> distance(typed, name)).thenComparing(Comparator.naturalOrder());
    }

    /** Levenshtein distance between {@code a} and {@code b}, ignoring case. */
    public static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
