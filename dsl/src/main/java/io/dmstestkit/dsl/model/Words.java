package io.dmstestkit.dsl.model;

import io.dmstestkit.simulator.internal.text.Suggestions;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Reads the words scenarios use for enum values, with a "did you mean" when a word is misspelled. */
final class Words {

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
        throw new IllegalArgumentException("'" + text + "' is not a valid value; " + didYouMean(text, words)
                + "Valid values: " + String.join(", ", words));
    }

    /** {@code did you mean 'x'? } when a word is within a typo's reach (the one rule of {@link Suggestions}). */
    static String didYouMean(String text, Collection<String> words) {
        return Suggestions.closest(text, words)
                .map(closest -> "did you mean '" + closest + "'? ")
                .orElse("");
    }
}
