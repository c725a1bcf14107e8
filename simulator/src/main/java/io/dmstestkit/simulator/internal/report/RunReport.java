package io.dmstestkit.simulator.internal.report;

import java.time.Instant;
import java.util.List;

/**
 * What happened in one run (a {@code dms-testkit run}, a JUnit or Spock test run): one section per
 * scenario or test.
 */
public record RunReport(String title, Instant generatedAt, List<ReportSection> sections) {

    public RunReport {
        sections = List.copyOf(sections);
    }

    public long failed() {
        return sections.stream().filter(s -> !s.passed()).count();
    }
}
