package io.dmstestkit.dsl.model;

import io.dmstestkit.simulator.internal.text.Suggestions;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Reads the words scenarios use for enum values, with a "did you mean" when a word is misspelled. */
public final class Words {

    private Words() {}

    static <E extends Enum<E>> E parse(Class<E> type, String text, List<String> words, Function<E, String> word) {
        if (text == null) {
            throw new IllegalArgumentException("a value is required; one of " + String.join(", ", words));
        }
        String normalized = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (E constant : type.getEnumConstants()) {
            String candidate = word.apply(constant).toLowerCase(Locale.ROOT).replace('_', '-');
            String constantName = constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (candidate.equals(normalized) || constantName.equals(normalized)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a valid value; did you mean '" + closest(text, words)
                + "'? Valid values: " + String.join(", ", words));
    }

    /** The word of {@code candidates} nearest to {@code text}. */
    public static String closest(String text, java.util.Collection<String> candidates) {
        return candidates.stream()
                .min(Comparator.comparingInt(
                        c -> Suggestions.distance(c.toLowerCase(Locale.ROOT), text.toLowerCase(Locale.ROOT))))
                .orElse("");
    }
}
