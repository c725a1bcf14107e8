package io.dmstestkit.simulator.internal.report;

import java.time.Instant;
import java.util.List;

/**
 * One scenario or test in a report. Times on the timeline and curves are virtual, from
 * {@code virtualStart}.
 *
 * @param failure the failure message, {@code null} when it passed
 * @param journalCalls how many calls the run made, before journal rows were collapsed
 * @param matrix a fault exploration's matrix, header row first (call site, then one column per fault); empty
 *     for other sections
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
        long journalCalls,
        List<List<String>> matrix) {

    public ReportSection {
        steps = List.copyOf(steps);
        markers = List.copyOf(markers);
        journal = List.copyOf(journal);
        matrix = matrix.stream().map(List::copyOf).toList();
    }

    /** A section without an exploration matrix: a scenario or an ordinary test. */
    public ReportSection(
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
        this(
                name,
                source,
                passed,
                failure,
                virtualStart,
                virtualEnd,
                steps,
                facts,
                markers,
                journal,
                journalCalls,
                List.of());
    }
}
