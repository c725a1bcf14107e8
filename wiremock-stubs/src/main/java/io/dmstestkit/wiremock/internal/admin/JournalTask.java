package io.dmstestkit.wiremock.internal.admin;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.dmstestkit.simulator.CallPattern;
import io.dmstestkit.simulator.Journal;
import io.dmstestkit.wiremock.internal.json.JournalEntryJson;
import java.util.Map;
import java.util.Set;

/** {@code GET /__admin/dms/journal[?operation=…][&account=…]} → {@code {"entries": [...]}}, oldest first. */
final class JournalTask extends JsonAdminTask {

    private final Journal journal;

    JournalTask(Journal journal) {
        this.journal = journal;
    }

    @Override
    ResponseDefinition handle(AdminCall call) {
        Map<String, String> query = call.query(Set.of("operation", "account"));
        String operation = query.get("operation");
        CallPattern pattern = operation == null ? CallPattern.anyDmsCall() : CallPattern.dmsCall(operation);
        if (query.containsKey("account")) {
            pattern = pattern.withAccount(query.get("account"));
        }
        return ok(Map.of(
                "entries",
                journal.find(pattern).stream().map(JournalEntryJson::of).toList()));
    }
}
