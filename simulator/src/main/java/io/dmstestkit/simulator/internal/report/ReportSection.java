package io.dmstestkit.simulator.internal.report;

import java.time.Instant;
import java.util.List;

/**
 * One scenario or test in a report. Times on the timeline and curves are virtual, from
 * {@code virtualStart}.
 *
 * @param failure the failure message, {@code null} when it passed
 * @param journalCalls how many calls the run made, before journal rows were collapsed
 */
public record ReportSection(
        String name,
        String source,
        boolean passed,
        String failure,
        Instant virtualStart,
        Instant virtualEnd,
        List<StepRow> steps,
        ResourceFacts facts,
        List<Marker> markers,
        List<JournalRow> journal,
        long journalCalls) {

    public ReportSection {
        steps = List.copyOf(steps);
        markers = List.copyOf(markers);
        journal = List.copyOf(journal);
    }
}
