package io.dmstestkit.simulator;

import io.dmstestkit.simulator.internal.text.Suggestions;
import java.util.Comparator;
import java.util.List;

/** Builds the message of a failed journal verification: what was expected, what was seen, the closest calls. */
final class Verifications {

    private static final int CLOSEST_SHOWN = 5;

    private Verifications() {}

    static String message(CallCount count, CallPattern pattern, List<JournalEntry> matched, List<JournalEntry> all) {
        StringBuilder text = new StringBuilder()
                .append("Expected ")
                .append(count)
                .append(" call(s) of ")
                .append(pattern)
                .append(", but the simulator answered ")
                .append(matched.size())
                .append('.');
        List<JournalEntry> shown = matched.isEmpty() ? closest(pattern, all) : matched;
        if (shown.isEmpty()) {
            text.append("\n  the journal is empty: no DMS call reached this simulator");
            text.append("\n  hint: is the client's endpointOverride pointing at this simulator?");
        } else {
            text.append(matched.isEmpty() ? "\n  closest calls seen:" : "\n  matching calls:");
            shown.stream()
                    .limit(CLOSEST_SHOWN)
                    .forEach(entry -> text.append("\n    ").append(entry.describe()));
        }
        return text.toString();
    }

    /** Calls of the same operation first (latest last), then those whose operation name is nearest. */
    private static List<JournalEntry> closest(CallPattern pattern, List<JournalEntry> all) {
        String operation = pattern.operation().orElse("");
        return all.stream()
                .sorted(Comparator.comparingInt((JournalEntry e) -> Suggestions.distance(e.operation(), operation))
                        .thenComparing(
                                Comparator.comparingLong(JournalEntry::sequence).reversed()))
                .limit(CLOSEST_SHOWN)
                .toList();
    }
}
