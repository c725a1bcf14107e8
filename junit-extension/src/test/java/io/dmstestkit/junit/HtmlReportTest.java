package io.dmstestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.junit.fixtures.ReportFixtures;
import io.dmstestkit.testcore.report.TestReports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** {@code @DmsScenario(reportDir = …)}: one page per run, a section per test, failures name the page. */
class HtmlReportTest {

    @Test
    void should_write_a_section_per_test_and_name_the_report_in_the_failure() throws IOException {
        EngineExecutionResults results = EngineRuns.run(ReportFixtures.PassingAndFailing.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(1));
        Path report = Path.of(ReportFixtures.DIRECTORY, TestReports.FILE_NAME).toAbsolutePath();
        Throwable failure = results.testEvents().failed().stream()
                .map(Event::getPayload)
                .flatMap(java.util.Optional::stream)
                .map(p -> ((org.junit.platform.engine.TestExecutionResult) p)
                        .getThrowable()
                        .orElseThrow())
                .findFirst()
                .orElseThrow();
        assertThat(failure)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[replications]")
                .hasMessageContaining("DMS report: " + report + "#s")
                .hasCauseInstanceOf(AssertionError.class);

        TestReports.flush();
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html)
                .contains("PassingAndFailing › replication_reaches_running(DmsTestSession)")
                .contains("PassingAndFailing › expects_the_impossible(DmsTestSession)")
                .contains("class=\"scenario pass\"")
                .contains("class=\"scenario fail\"")
                .contains("data-resource=\"orders\"")
                .contains("StartReplication")
                .doesNotContain("<script src=");
    }
}
