package io.dmstestkit.wiremock.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.internal.report.HtmlReport;
import io.dmstestkit.simulator.internal.report.RunReport;
import io.dmstestkit.simulator.internal.report.Sections;
import io.dmstestkit.wiremock.DmsServer;
import io.dmstestkit.wiremock.HttpTestClients;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;

/**
 * The run report of real SDK calls over HTTP, opened in headless Chromium: what a person sees, drawn and
 * filtered. One browser at a time (the {@code chromium} lock): two on a small machine only slow both down.
 */
@ResourceLock(HeadlessChromium.LOCK)
class ReportBrowserTest {

    private static HeadlessChromium browser;
    private static DmsServer server;
    private static DatabaseMigrationClient client;

    @BeforeAll
    static void open_a_report_of_a_real_run() {
        browser = HeadlessChromium.startOrSkip(ReportBrowserTest.class);
        server = DmsServer.builder().clock(SimulatedClock.manual()).start();
        client = HttpTestClients.syncClient(server.baseUri());
        Replications replications = new Replications(client, server.simulator());
        Instant start = server.simulator().clock().now();
        String orders = replications.create("orders");
        String invoices = replications.create("invoices");
        replications.start(orders);
        replications.start(invoices);
        replications.jumpUntil(orders, r -> r.replicationStats().fullLoadProgressPercent() == 100);
        server.simulator()
                .faults()
                .arm(DmsFault.error("AccessDenied").on("StopReplication").build());
        assertThatThrownBy(() -> replications.stop(orders)).isInstanceOf(DatabaseMigrationException.class);
        var section = Sections.of(
                server.simulator(),
                new Sections.Outcome("orders and invoices", "ReportBrowserTest", true, null, List.of()),
                server.simulator().journal().entries(),
                start,
                server.simulator().clock().now());
        Path report = HtmlReport.write(
                new RunReport("dms-testkit run", Instant.parse("2026-01-01T00:00:00Z"), List.of(section)),
                Path.of("target", "browser", "report.html"));
        browser.driver.get(report.toAbsolutePath().toUri().toString());
    }

    @AfterAll
    static void close() {
        for (AutoCloseable open : new AutoCloseable[] {browser, client, server}) {
            if (open != null) {
                try {
                    open.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Test
    void should_draw_a_lane_per_replication_with_its_statuses() {
        List<WebElement> lanes = browser.driver.findElements(By.cssSelector("svg.timeline g.lane"));

        assertThat(lanes)
                .extracting(lane -> lane.getAttribute("data-resource"))
                .containsExactlyInAnyOrder("orders", "invoices");
        assertThat(browser.driver.findElements(By.cssSelector("svg.timeline rect.segment")))
                .extracting(segment -> segment.getAttribute("data-status"))
                .contains("provisioning_capacity", "running");
        assertThat(browser.driver
                        .findElement(By.cssSelector("svg.timeline rect.segment"))
                        .getSize()
                        .getWidth())
                .isPositive();
    }

    @Test
    void should_draw_a_series_per_replication_with_as_many_points_as_it_says() {
        WebElement chart = browser.driver.findElement(By.cssSelector("svg.chart[data-measure='full load']"));
        List<WebElement> series = chart.findElements(By.cssSelector("polyline.series"));

        assertThat(chart.getAttribute("data-series")).isEqualTo("2");
        assertThat(series).hasSize(2);
        for (WebElement line : series) {
            long drawn = (Long) browser.script("return arguments[0].points.numberOfItems;", line);
            assertThat(drawn).isEqualTo(Long.parseLong(line.getAttribute("data-points")));
            assertThat(drawn).isGreaterThan(2);
        }
        assertThat(browser.driver.findElements(By.cssSelector("line.marker.fault")))
                .isNotEmpty();
    }

    @Test
    void should_mark_when_it_has_rendered_for_the_render_benchmark() {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> browser.script("return document.documentElement.getAttribute('data-rendered');") != null);

        Object marks = browser.script("return performance.getEntriesByName('report-rendered').length;");
        assertThat(marks).isEqualTo(1L);
        assertThat(browser.driver
                        .findElement(By.cssSelector("section.scenario"))
                        .getCssValue("content-visibility"))
                .isEqualTo("auto");
    }

    @Test
    void should_filter_the_journal_as_one_types() {
        WebElement filter = browser.driver.findElement(By.cssSelector("input.journal-filter"));
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("table.journal tbody tr"));
        assertThat(rows).hasSizeGreaterThan(3);
        browser.screenshot("report");

        filter.sendKeys("AccessDeniedFault");
        List<WebElement> shown = rows.stream().filter(WebElement::isDisplayed).toList();

        assertThat(shown)
                .singleElement()
                .satisfies(row -> assertThat(row.getText()).contains("StopReplication", "400"));
        filter.clear();
        filter.sendKeys(" ");
        assertThat(rows.stream().filter(WebElement::isDisplayed)).hasSize(rows.size());
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
