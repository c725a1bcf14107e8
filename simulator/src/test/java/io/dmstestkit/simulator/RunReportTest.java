package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.internal.report.HtmlReport;
import io.dmstestkit.simulator.internal.report.JournalRow;
import io.dmstestkit.simulator.internal.report.ReportSection;
import io.dmstestkit.simulator.internal.report.RunReport;
import io.dmstestkit.simulator.internal.report.Sections;
import io.dmstestkit.simulator.internal.report.StepRow;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;

/** The run report built from a real simulator run through the SDK, and rendered to HTML. */
class RunReportTest {

    private final DmsSimulator simulator =
            DmsSimulator.builder().clock(SimulatedClock.manual()).build();
    private final ReplicationFixture fixture = ReplicationFixture.of(simulator);

    @Test
    void should_show_the_lanes_curves_fault_markers_and_journal_of_a_run() {
        Instant start = simulator.clock().now();
        String arn = fixture.createConfig("orders", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationConfigArn();
        fixture.start(arn, "start-replication");
        fixture.jumpUntil(arn, r -> r.replicationStats().fullLoadProgressPercent() == 100, "100% loaded");
        simulator
                .faults()
                .arm(DmsFault.error("AccessDenied").on("StopReplication").build());
        assertThatThrownBy(() -> fixture.stop(arn)).isInstanceOf(DatabaseMigrationException.class);

        ReportSection section = section("orders cutover", start);
        String html = HtmlReport.render(new RunReport("run", Instant.EPOCH, List.of(section)));

        assertThat(section.facts().lanes()).singleElement().satisfies(lane -> {
            assertThat(lane.resource()).isEqualTo("orders");
            assertThat(lane.changes()).extracting(StatusChange::status).contains("provisioning_capacity", "running");
        });
        assertThat(html).contains("data-lanes=\"1\"", "data-measure=\"full load\" data-series=\"1\"");
        assertThat(html).contains("data-status=\"provisioning_capacity\"", "data-status=\"running\"");
        assertThat(section.markers()).anySatisfy(m -> assertThat(m.label()).contains("StopReplication → 400"));
        assertThat(html).contains("class=\"marker fault\"", "AccessDeniedFault");
        assertThat(section.journal()).extracting(JournalRow::operation).contains("StartReplication", "StopReplication");
        assertThat(html).doesNotContain("http://", "https://").contains("<style>", "<script>");
    }

    @Test
    void should_collapse_a_simulated_day_of_polling_into_few_rows() {
        Instant start = simulator.clock().now();
        String arn = fixture.createConfig("orders", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationConfigArn();
        fixture.start(arn, "start-replication");
        for (int poll = 0; poll < 5_760; poll++) {
            fixture.describe(arn);
            simulator.clock().advance(Duration.ofSeconds(15));
        }

        ReportSection section = section("a day of polling", start);
        String html = HtmlReport.render(new RunReport("run", Instant.EPOCH, List.of(section)));

        assertThat(section.journalCalls()).isGreaterThanOrEqualTo(5_760);
        assertThat(section.journal()).hasSizeLessThan(10);
        assertThat(section.journal()).anySatisfy(row -> assertThat(row.count()).isEqualTo(5_760));
        assertThat(pointsPerSeries(html))
                .allSatisfy(points -> assertThat(points).isLessThanOrEqualTo(121));
        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(200_000);
    }

    @Test
    void should_keep_200_scenarios_under_5_mb() {
        Instant start = simulator.clock().now();
        String arn = fixture.createConfig("orders", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationConfigArn();
        fixture.start(arn, "start-replication");
        fixture.jumpUntil(arn, r -> r.replicationStats().fullLoadProgressPercent() == 100, "100% loaded");
        fixture.stop(arn);
        // 200 runs of a full scenario: one real section, repeated (each run's section has this size)
        List<ReportSection> sections = java.util.Collections.nCopies(200, section("scenario", start));

        String html = HtmlReport.render(new RunReport("200 scenarios", Instant.EPOCH, sections));

        assertThat(html).contains("200 passed, 0 failed");
        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(5 * 1024 * 1024);
    }

    @Test
    void should_escape_what_the_run_reports() {
        Instant now = simulator.clock().now();
        ReportSection section = Sections.withoutFacts(
                new Sections.Outcome(
                        "<script>alert(1)</script>",
                        "x.dms.yaml:3",
                        false,
                        "expected <running>",
                        List.of(new StepRow("await", "FAILED", now, Duration.ZERO, Duration.ZERO, "boom"))),
                now,
                now);

        String html = HtmlReport.render(new RunReport("run", Instant.EPOCH, List.of(section)));

        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)", "expected &lt;running&gt;");
        assertThat(html).contains("0 passed, 1 failed");
    }

    private ReportSection section(String name, Instant start) {
        Instant end = simulator.clock().now();
        return Sections.of(
                simulator,
                new Sections.Outcome(name, "test", true, null, List.of()),
                simulator.journal().entries(),
                start,
                end);
    }

    private static List<Integer> pointsPerSeries(String html) {
        Matcher matcher = Pattern.compile("data-points=\"(\\d+)\"").matcher(html);
        List<Integer> counts = new ArrayList<>();
        while (matcher.find()) {
            counts.add(Integer.parseInt(matcher.group(1)));
        }
        return counts;
    }
}
