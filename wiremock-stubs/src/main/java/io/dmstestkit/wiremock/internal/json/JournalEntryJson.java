package io.dmstestkit.wiremock.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.dmstestkit.simulator.JournalEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One journal entry as {@code GET /__admin/dms/journal} shows it: times as ISO-8601, the request as JSON
 * when it parses (as a string otherwise), and {@code null} for an absent error code or fault id.
 */
public record JournalEntryJson(
        long sequence,
        String operation,
        String account,
        String region,
        String virtualTime,
        String wallTime,
        List<String> resources,
        JsonNode request,
        int status,
        String errorCode,
        String faultId) {

    public static JournalEntryJson of(JournalEntry entry) {
        return new JournalEntryJson(
                entry.sequence(),
                entry.operation(),
                entry.account(),
                entry.region(),
                entry.virtualTime().toString(),
                entry.wallTime().toString(),
                entry.resources().stream().sorted().toList(),
                AdminJson.jsonOrText(entry.request()),
                entry.status(),
                entry.errorCode().orElse(null),
                entry.faultId().orElse(null));
    }

    /** Back to the simulator's record; a JSON request comes back as compact JSON text. */
    public JournalEntry toEntry() {
        String requestText = request == null ? "" : request.isTextual() ? request.asText() : request.toString();
        return new JournalEntry(
                sequence,
                Instant.parse(virtualTime),
                Instant.parse(wallTime),
                operation,
                account,
                region,
                resources == null ? Set.of() : Set.copyOf(resources),
                requestText,
                status,
                Optional.ofNullable(errorCode),
                Optional.ofNullable(faultId));
    }
}
