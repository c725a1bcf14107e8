package io.dmstestkit.testcore.exploration;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.testcore.DmsTestSettings;
import io.dmstestkit.testcore.exploration.CaseResult.Outcome;
import io.dmstestkit.testcore.report.TestReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix of an exploration goes to Markdown, and to the HTML run report when the settings ask for one. */
class ExplorationReportsTest {

    private static final CallSite START =
            new CallSite(1, "StartReplication", Optional.of("orders"), 1, 1, Instant.EPOCH, 1, Instant.EPOCH);

    private static final ExplorationMatrix MATRIX = new ExplorationMatrix(
            List.of(START),
            List.of(ExploredFault.FAILED_DEPENDENCY, ExploredFault.THROTTLING),
            Optional.empty(),
            List.of(
                    new CaseResult(
                            ExplorationCase.of(
                                    new FaultAtSite(START, ExploredFault.FAILED_DEPENDENCY, Optional.empty())),
                            Outcome.FAILED,
                            "IllegalStateException: no retry"),
                    new CaseResult(
                            ExplorationCase.of(new FaultAtSite(START, ExploredFault.THROTTLING, Optional.empty())),
                            Outcome.PASSED,
                            "")),
            1);

    @Test
    void adds_the_matrix_and_the_reproductions_to_the_html_run_report(@TempDir Path dir) throws Exception {
        DmsTestSettings settings =
                DmsTestSettings.builder().reportDir(dir.toString()).build();

        Path markdown = ExplorationReports.publish(MATRIX, "CutOverTest.cuts_over", dir.resolve("md"), settings);
        TestReports.flush();

        assertThat(Files.readString(markdown)).contains("| #1 StartReplication orders | FAILED | ok |");
        String html = Files.readString(dir.resolve(TestReports.FILE_NAME));
        assertThat(html)
                .contains("Fault exploration: CutOverTest.cuts_over")
                .contains("1 call sites × 2 faults (seed 1): 2 cases, 1 passed, 0 tolerated, 1 failed, 0 skipped")
                .contains("<table class=\"matrix\">")
                .contains("<tr><td>#1 StartReplication orders</td><td class=\"failed\">FAILED</td>"
                        + "<td class=\"ok\">ok</td></tr>")
                .contains("IllegalStateException: no retry")
                .contains("reproduce: simulator.faults().arm(DmsFault.error(");
    }

    @Test
    void leaves_the_html_report_alone_when_none_is_asked_for(@TempDir Path dir) {
        assertThat(TestReports.addExploration(DmsTestSettings.defaults(), "x", "y", List.of(), null))
                .isEmpty();
        assertThat(ExplorationReports.grid(MATRIX))
                .containsExactly(
                        List.of("call site", "FailedDependency", "Throttling"),
                        List.of("#1 StartReplication orders", "FAILED", "ok"));
    }
}
