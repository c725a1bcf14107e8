package io.dmstestkit.wiremock.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.wiremock.DmsServer;
import io.dmstestkit.wiremock.HttpTestClients;
import java.time.Duration;
import java.util.List;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;

/**
 * The live dashboard of a standalone server in headless Chromium: SDK calls show up on screen, and the
 * page's own buttons and forms drive the server through its admin API. Each test has its own server; the
 * browser is shared. Waits are bounded polls of what the page shows (it refreshes itself every second and
 * right after each action), never sleeps.
 */
@ResourceLock(HeadlessChromium.LOCK)
class DashboardBrowserTest {

    private static final Duration ON_SCREEN = Duration.ofSeconds(20);

    private static HeadlessChromium browser;

    @AutoClose
    private final DmsServer server =
            DmsServer.builder().clock(SimulatedClock.manual()).start();

    @AutoClose
    private final DatabaseMigrationClient client = HttpTestClients.syncClient(server.baseUri());

    private final Replications replications = new Replications(client, server.simulator());

    @BeforeAll
    static void start_the_browser() {
        browser = HeadlessChromium.startOrSkip(DashboardBrowserTest.class);
    }

    @AfterAll
    static void close_the_browser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void open_the_dashboard() {
        browser.driver.get(server.baseUri().resolve("/__admin/dms/ui").toString());
        seeOnScreen(() -> assertThat(text("#status")).startsWith("live"));
    }

    @AfterEach
    void no_console_errors_then_leave_before_the_server_stops() {
        List<String> errors = browser.consoleErrors();
        // the page would go on polling a stopping server and log its 503s into the next test
        browser.driver.get("about:blank");
        browser.consoleErrors();
        assertThat(errors).isEmpty();
    }

    @Test
    void should_move_a_replication_from_provisioning_capacity_to_running_when_the_page_advances_the_clock() {
        replications.start(replications.create("orders"));
        seeOnScreen(() -> assertThat(statusOf("orders")).isEqualTo("initializing"));

        advanceFromThePage("PT5M");
        seeOnScreen(() -> assertThat(statusOf("orders")).isEqualTo("provisioning_capacity"));

        advanceFromThePage("PT15M");
        seeOnScreen(() -> {
            assertThat(statusOf("orders")).isEqualTo("running");
            assertThat(laneOf("orders")).contains("provisioning_capacity", "running");
        });
        assertThat(text("#clock")).isEqualTo(server.simulator().clock().now().toString());
        browser.screenshot("dashboard");
    }

    @Test
    void should_fail_the_next_sdk_call_with_a_fault_armed_from_the_form() {
        String orders = replications.create("orders");
        type("#fault-operation", "StartReplication");
        type("#fault-error", "AccessDenied");
        type("#fault-times", "1");
        browser.driver.findElement(By.id("fault-arm")).click();
        seeOnScreen(() -> assertThat(browser.driver.findElements(By.cssSelector("#faults tbody tr")))
                .singleElement()
                .satisfies(row -> assertThat(row.getText()).contains("AccessDenied")));

        DatabaseMigrationException failure =
                catchThrowableOfType(DatabaseMigrationException.class, () -> replications.start(orders));

        assertThat(failure.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedFault");
        assertThat(failure.statusCode()).isEqualTo(400);
        seeOnScreen(() -> {
            assertThat(text("#faults tbody tr td.fired")).isEqualTo("1");
            assertThat(journalRows())
                    .anySatisfy(row -> assertThat(row).contains("StartReplication", "400", "AccessDeniedFault"));
        });
        replications.start(orders);
    }

    @Test
    void should_show_the_calls_in_the_live_journal_and_filter_them() {
        replications.create("orders");
        replications.create("invoices");
        seeOnScreen(() -> assertThat(journalRows())
                .filteredOn(row -> row.contains("CreateReplicationConfig"))
                .hasSize(2));

        type("#journal-filter", "invoices CreateReplicationConfig");

        assertThat(journalRows()).hasSize(6);
        List<WebElement> shown = browser.driver.findElements(By.cssSelector("#journal tbody tr")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
        assertThat(shown)
                .singleElement()
                .satisfies(row -> assertThat(row.getText()).contains("CreateReplicationConfig", "invoices", "200"));
        assertThat(text("#journal-shown")).isEqualTo("1 of 6 calls");
    }

    private void advanceFromThePage(String duration) {
        WebElement field = browser.driver.findElement(By.id("advance-duration"));
        field.clear();
        field.sendKeys(duration);
        browser.driver.findElement(By.id("advance-button")).click();
    }

    private void type(String css, String text) {
        WebElement field = browser.driver.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }

    /** The status shown for a replication, read in one script so a refresh cannot replace the row midway. */
    private String statusOf(String name) {
        return (String) browser.script(
                "var row = document.querySelector(\"#resources tbody tr[data-kind='Replications'][data-name='\""
                        + " + arguments[0] + \"']\");"
                        + " return row ? row.querySelector('td.status').textContent : null;",
                name);
    }

    /** The statuses drawn in a resource's timeline lane, in order. */
    @SuppressWarnings("unchecked")
    private List<String> laneOf(String name) {
        return (List<String>) browser.script(
                "return Array.from(document.querySelectorAll(\"#timelines g.lane[data-resource='\" + arguments[0]"
                        + " + \"'] rect.segment\"), s => s.getAttribute('data-status'));",
                name);
    }

    @SuppressWarnings("unchecked")
    private List<String> journalRows() {
        return (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('#journal tbody tr'), r => r.textContent);");
    }

    private String text(String css) {
        return (String) browser.script("return document.querySelector(arguments[0]).textContent;", css);
    }

    /** Waits, bounded, until the page shows what the assertion expects (the page refreshes every second). */
    private static void seeOnScreen(ThrowingRunnable assertion) {
        await().atMost(ON_SCREEN)
                .pollInterval(Duration.ofMillis(100))
                // a refresh may replace an element between finding and reading it
                .ignoreExceptionsInstanceOf(StaleElementReferenceException.class)
                .untilAsserted(assertion);
    }
}
