package io.dmstestkit.simulator.internal.report;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.JournalEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the section of one scenario or test from what every producer has: the simulator, the calls the
 * run made (a slice of the journal), its steps and outcome, and its virtual start and end.
 *
 * <pre>{@code
 * ReportSection section = Sections.of(simulator, outcome, calls, start, end);
 * }</pre>
 */
public final class Sections {

    private Sections() {}

    /** What a run itself knows of its outcome: name, where it came from, pass/fail, steps. */
    public record Outcome(String name, String source, boolean passed, String failure, List<StepRow> steps) {}

    public static ReportSection of(
            DmsSimulator simulator, Outcome outcome, List<JournalEntry> calls, Instant virtualStart, Instant end) {
        ResourceFacts facts = ResourceFacts.NONE;
        for (Map.Entry<List<String>, Set<String>> scope : scopes(calls).entrySet()) {
            String account = scope.getKey().get(0);
            String region = scope.getKey().get(1);
            facts = facts.plus(simulator.reportFacts(account, region, scope.getValue(), virtualStart, end));
        }
        List<Marker> markers = new ArrayList<>(JournalRows.faultMarkers(calls));
        markers.addAll(JournalRows.incidentMarkers(facts));
        markers.sort(Comparator.comparing(Marker::at));
        return new ReportSection(
                outcome.name(),
                outcome.source(),
                outcome.passed(),
                outcome.failure(),
                virtualStart,
                end,
                outcome.steps(),
                facts,
                markers,
                JournalRows.of(calls),
                calls.size());
    }

    /** A section of a run that had no simulator to ask (a plain endpoint): outcome and steps only. */
    public static ReportSection withoutFacts(Outcome outcome, Instant virtualStart, Instant end) {
        return new ReportSection(
                outcome.name(),
                outcome.source(),
                outcome.passed(),
                outcome.failure(),
                virtualStart,
                end,
                outcome.steps(),
                ResourceFacts.NONE,
                List.of(),
                List.of(),
                0);
    }

    /** The accounts and regions the calls used, each with the resource names and ARNs the calls named. */
    private static Map<List<String>, Set<String>> scopes(List<JournalEntry> calls) {
        Map<List<String>, Set<String>> scopes = new LinkedHashMap<>();
        for (JournalEntry call : calls) {
            scopes.computeIfAbsent(List.of(call.account(), call.region()), k -> new LinkedHashSet<>())
                    .addAll(call.resources());
        }
        return scopes;
    }
}
