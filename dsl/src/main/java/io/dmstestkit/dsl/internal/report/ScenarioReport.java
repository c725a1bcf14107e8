package io.dmstestkit.dsl.internal.report;

import io.dmstestkit.dsl.ScenarioResult;
import io.dmstestkit.dsl.StepResult;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.JournalEntry;
import io.dmstestkit.simulator.internal.report.HtmlReport;
import io.dmstestkit.simulator.internal.report.ReportSection;
import io.dmstestkit.simulator.internal.report.RunReport;
import io.dmstestkit.simulator.internal.report.Sections;
import io.dmstestkit.simulator.internal.report.StepRow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects one section per scenario run into a report. With a simulator to ask, each run's section shows
 * its resources and calls: the calls the simulator journaled while it ran (runs are sequential here).
 *
 * <pre>{@code
 * ScenarioReport report = new ScenarioReport("dms-testkit run", simulator);
 * long mark = report.mark();
 * report.add(runner.run(scenario), "orders.dms.yaml", mark);
 * report.write(Path.of("report.html"));
 * }</pre>
 */
public final class ScenarioReport {

    private final String title;
    private final DmsSimulator simulator;
    private final List<ReportSection> sections = new ArrayList<>();

    /** A report; {@code simulator} is null when the runs went to a target whose facts cannot be read. */
    public ScenarioReport(String title, DmsSimulator simulator) {
        this.title = title;
        this.simulator = simulator;
    }

    /** The journal position before a run: pass it to {@link #add} after the run. */
    public long mark() {
        List<JournalEntry> entries =
                simulator == null ? List.of() : simulator.journal().entries();
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
    }

    public synchronized void add(ScenarioResult result, String source, long mark) {
        Instant end = simulator == null
                ? Instant.EPOCH.plus(result.virtualTime())
                : simulator.clock().now();
        Instant start = end.minus(result.virtualTime());
        Sections.Outcome outcome = new Sections.Outcome(
                result.scenario().name(),
                source,
                result.passed(),
                result.failure().orElse(null),
                steps(result, start));
        sections.add(
                simulator == null
                        ? Sections.withoutFacts(outcome, start, end)
                        : Sections.of(
                                simulator, outcome, simulator.journal().page(mark, Integer.MAX_VALUE), start, end));
    }

    /** A scenario file that did not load: a failed section with the loader's message. */
    public synchronized void addLoadError(String name, String source, String message) {
        Instant now = simulator == null ? Instant.EPOCH : simulator.clock().now();
        sections.add(Sections.withoutFacts(new Sections.Outcome(name, source, false, message, List.of()), now, now));
    }

    public synchronized Path write(Path file) {
        return HtmlReport.write(new RunReport(title, Clock.systemUTC().instant(), sections), file);
    }

    /** The steps with their virtual start: each begins where the one before ended. */
    private static List<StepRow> steps(ScenarioResult result, Instant start) {
        List<StepRow> rows = new ArrayList<>();
        Instant at = start;
        for (StepResult step : result.steps()) {
            rows.add(new StepRow(
                    step.step().describe(),
                    step.outcome().name(),
                    at,
                    step.virtualTime(),
                    step.wallTime(),
                    step.failure()));
            at = at.plus(step.virtualTime());
        }
        return rows;
    }
}
