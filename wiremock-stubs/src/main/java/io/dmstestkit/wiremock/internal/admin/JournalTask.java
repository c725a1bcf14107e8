package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.simulator.CallPattern;
import io.dmstestkit.simulator.Journal;
import io.dmstestkit.simulator.JournalEntry;
import io.dmstestkit.wiremock.internal.json.AdminRequestException;
import io.dmstestkit.wiremock.internal.json.JournalEntryJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /__admin/dms/journal[?operation=…][&account=…][&after=SEQ][&limit=N]} → {@code {"entries":
 * [...], "next": SEQ|null, "dropped": N}}, oldest first. Without {@code limit}, every entry kept; with it,
 * one page: pass {@code next} as {@code after} for the following one. {@code dropped} counts the calls
 * the journal let go to stay within its bounds, and {@code note} says so in words when there are any.
 */
final class JournalTask extends JsonAdminTask {

    /** The largest page a request may ask for. */
    static final int MAX_LIMIT = 10_000;

    private final Journal journal;

    JournalTask(Journal journal) {
        this.journal = journal;
    }

    @Override
    ResponseDefinition handle(AdminCall call) {
        Map<String, String> query = call.query(Set.of("operation", "account", "after", "limit"));
        String operation = query.get("operation");
        CallPattern pattern = operation == null ? CallPattern.anyDmsCall() : CallPattern.dmsCall(operation);
        if (query.containsKey("account")) {
            pattern = pattern.withAccount(query.get("account"));
        }
        long after = number(query, "after", 0, Long.MAX_VALUE, 0);
        int limit = (int) number(query, "limit", 1, MAX_LIMIT, Integer.MAX_VALUE);
        List<JournalEntry> page = journal.page(pattern, after, limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entries", page.stream().map(JournalEntryJson::of).toList());
        body.put(
                "next",
                page.size() == limit && limit != Integer.MAX_VALUE
                        ? page.get(page.size() - 1).sequence()
                        : null);
        long dropped = journal.dropped();
        body.put("dropped", dropped);
        if (dropped > 0) {
            body.put(
                    "note",
                    dropped + " older calls were dropped to keep the journal within " + journal.capacity()
                            + " calls and " + journal.maxBytes() + " bytes");
        }
        return ok(body);
    }

    private static long number(Map<String, String> query, String name, long min, long max, long absent) {
        String text = query.get(name);
        if (text == null) {
            return absent;
        }
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw AdminRequestException.badRequest("query parameter '" + name + "' must be a whole number from " + min
                + " to " + max + ", was '" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'");
    }
}
