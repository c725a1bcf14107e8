package io.dmstestkit.dsl.model;

import io.dmstestkit.simulator.internal.text.Suggestions;
import java.util.List;
import java.util.Locale;

/** The statuses DMS reports for a schema-conversion request; scenarios write them in any case. */
final class SchemaRequestStatus {

    static final List<String> ALL = List.of("RECEIVED", "IN_PROGRESS", "SUCCESS", "FAILED", "CANCELING", "CANCELED");

    private SchemaRequestStatus() {}

    /** The status in DMS's spelling ({@code success} → {@code SUCCESS}); refused, with the valid ones, if unknown. */
    static String parse(String text) {
        Invariants.text(text, "the request status", "e.g. SUCCESS or FAILED");
        String status = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (!ALL.contains(status)) {
            throw new IllegalArgumentException("'" + text + "' is not a status of a schema-conversion request; "
                    + Suggestions.closest(status, ALL)
                            .map(s -> "did you mean '" + s + "'? ")
                            .orElse("")
                    + "Valid values: " + String.join(", ", ALL));
        }
        return status;
    }
}
