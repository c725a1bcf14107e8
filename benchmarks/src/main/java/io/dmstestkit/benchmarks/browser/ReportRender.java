package io.dmstestkit.benchmarks.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dmstestkit.simulator.internal.report.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.apiguardian.api.API;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The render time of large HTML run reports in a real browser (issue 16): a run of 200 scenarios and a
 * simulated day of polling ({@link LargeReports}) are written to files and opened in headless Chromium
 * through Selenium, with the driver setup of the browser tests. A load's render time runs from navigation
 * start to the performance mark {@code report-rendered} the report's script sets once the first frame after
 * it has been laid out and painted. After one warm-up load, the median of {@code loads} loads and the file
 * sizes go to {@code report.json}. Without Chromium or chromedriver it prints one line and writes nothing.
 *
 * <p>Chromium and chromedriver are looked up as the browser tests do: the system properties
 * {@code dms.chromium} and {@code dms.chromedriver}, the environment ({@code DMS_CHROMIUM},
 * {@code DMS_CHROMEDRIVER}), then {@code /usr/bin}.
 *
 * <p>With the system property {@code dms.report.profile=true} it also records one more load of each page
 * in Chrome's performance log (trace category {@code devtools.timeline}) and prints where the browser spent
 * its time: parsing, style, layout, paint, script. With {@code dms.report.baseline=true} it loads the
 * 200-scenario page in turns with a copy that renders every section at once, and prints both medians.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.dmstestkit.benchmarks.browser.ReportRender 5 benchmarks/results/facts
 * java -Ddms.report.profile=true -cp benchmarks/target/benchmarks.jar io.dmstestkit.benchmarks.browser.ReportRender 1
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class ReportRender {

    static final int SCENARIOS = 200;
    private static final long RENDER_TIMEOUT_MILLIS = 120_000;

    /** Resolves (Selenium's async-script callback) once the page has set its {@code data-rendered} mark. */
    private static final String AWAIT_RENDER_MARK = "var done = arguments[arguments.length - 1];"
            + "(function check() {"
            + " if (document.documentElement.getAttribute('data-rendered') !== null) { done(); }"
            + " else { setTimeout(check, 10); } })();";

    private static final String TIMINGS = "var n = performance.getEntriesByType('navigation')[0];"
            + " var m = performance.getEntriesByName('report-rendered')[0];"
            + " return [m.startTime, n.domContentLoadedEventEnd, n.loadEventEnd,"
            + " document.getElementsByTagName('*').length];";

    /** Trace events that only wrap others: summing them would count their children twice. */
    private static final java.util.Set<String> NESTING =
            java.util.Set.of("RunTask", "ThreadControllerImpl::RunTask", "RunMicrotasks", "FunctionCall");

    private ReportRender() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int loads = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path facts = args.length > 1 ? Path.of(args[1]) : null;
        Path pages = args.length > 2 ? Path.of(args[2]) : Path.of("benchmarks", "target", "report-render");
        Path chromium = binary("dms.chromium", "DMS_CHROMIUM", "/usr/bin/chromium");
        Path chromedriver = binary("dms.chromedriver", "DMS_CHROMEDRIVER", "/usr/bin/chromedriver");
        Optional<String> missing = !Files.isExecutable(chromium)
                ? Optional.of("no Chromium at " + chromium)
                : !Files.isExecutable(chromedriver)
                        ? Optional.of("no chromedriver at " + chromedriver)
                        : Optional.empty();
        if (missing.isPresent()) {
            System.out.println("[report] not measured: " + missing.get() + " (install the Debian packages chromium"
                    + " and chromium-driver, or set DMS_CHROMIUM and DMS_CHROMEDRIVER)");
            return;
        }
        Files.createDirectories(pages);
        long generating = System.nanoTime();
        Path scenarios = HtmlReport.write(LargeReports.scenarios(SCENARIOS), pages.resolve("scenarios.html"));
        Path day = HtmlReport.write(LargeReports.simulatedDay(), pages.resolve("day.html"));
        System.out.printf(
                "[report] generated %s (%,d bytes) and %s (%,d bytes) in %d ms%n",
                scenarios, Files.size(scenarios), day, Files.size(day), (System.nanoTime() - generating) / 1_000_000);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("loads", loads);
        result.put("scenarios", SCENARIOS);
        result.put("dayDescribes", LargeReports.DAY_POLLS);
        boolean profile = Boolean.getBoolean("dms.report.profile");
        try (Browser browser = new Browser(chromium, chromedriver, profile)) {
            measure(browser, "scenarios", scenarios, loads, result);
            measure(browser, "day", day, loads, result);
            if (profile) {
                browser.profile(scenarios);
                browser.profile(day);
            }
            if (Boolean.getBoolean("dms.report.baseline")) {
                compareWithEagerRendering(browser, scenarios, loads);
            }
        }
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result);
        System.out.println("[report] " + json);
        if (facts != null) {
            Files.createDirectories(facts);
            Files.writeString(facts.resolve("report.json"), json, StandardCharsets.UTF_8);
        }
    }

    /** One warm-up load, then {@code loads} measured ones; medians as {@code <name>RenderMillis} etc. */
    private static void measure(Browser browser, String name, Path page, int loads, Map<String, Object> result)
            throws IOException, InterruptedException {
        browser.load(page);
        List<Long> render = new ArrayList<>();
        List<Long> domContentLoaded = new ArrayList<>();
        List<Long> loaded = new ArrayList<>();
        long nodes = 0;
        for (int i = 0; i < loads; i++) {
            List<?> timings = browser.load(page);
            render.add(Math.round(((Number) timings.get(0)).doubleValue()));
            domContentLoaded.add(Math.round(((Number) timings.get(1)).doubleValue()));
            loaded.add(Math.round(((Number) timings.get(2)).doubleValue()));
            nodes = ((Number) timings.get(3)).longValue();
        }
        result.put(name + "Bytes", Files.size(page));
        result.put(name + "RenderMillis", median(render));
        result.put(name + "DomContentLoadedMillis", median(domContentLoaded));
        result.put(name + "LoadEventMillis", median(loaded));
        result.put(name + "Elements", nodes);
        result.put(name + "RenderAllMillis", render);
        System.out.printf(
                "[report] %s: render %s ms (median %d), %,d bytes, %,d elements%n",
                name, render, median(render), Files.size(page), nodes);
    }

    /**
     * Loads the page and a copy that renders every section at once (no {@code content-visibility}) in turns,
     * so that a busy machine slows both alike, and prints both medians and their ratio.
     */
    private static void compareWithEagerRendering(Browser browser, Path page, int loads)
            throws IOException, InterruptedException {
        Path eager = page.resolveSibling("eager-" + page.getFileName());
        Files.writeString(
                eager,
                Files.readString(page, StandardCharsets.UTF_8).replace("content-visibility:auto;", ""),
                StandardCharsets.UTF_8);
        List<Long> lazy = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        browser.load(eager);
        for (int i = 0; i < loads; i++) {
            all.add(Math.round(((Number) browser.load(eager).get(0)).doubleValue()));
            lazy.add(Math.round(((Number) browser.load(page).get(0)).doubleValue()));
        }
        System.out.printf(
                "[report] side by side: every section rendered at once %s ms (median %d), off-screen sections"
                        + " skipped %s ms (median %d): %.1f× faster%n",
                all, median(all), lazy, median(lazy), (double) median(all) / median(lazy));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static Path binary(String property, String variable, String fallback) {
        String value = System.getProperty(property);
        if (value != null && !value.isBlank()) {
            return Path.of(value);
        }
        return Path.of(System.getenv().getOrDefault(variable, fallback));
    }

    /** Headless Chromium with the options of the browser tests' {@code HeadlessChromium}. */
    private static final class Browser implements AutoCloseable {
        private final ChromeDriver driver;
        private final Path profile;

        Browser(Path chromium, Path chromedriver, boolean performanceLog) throws IOException {
            profile = Files.createTempDirectory("dms-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium.toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1200,1000",
                    "--user-data-dir=" + profile);
            if (performanceLog) {
                LoggingPreferences logs = new LoggingPreferences();
                logs.enable(LogType.PERFORMANCE, Level.ALL);
                options.setCapability("goog:loggingPrefs", logs);
                options.setExperimentalOption(
                        "perfLoggingPrefs", Map.of("enableNetwork", false, "traceCategories", "devtools.timeline"));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver.toFile())
                    .usingAnyFreePort()
                    .build();
            driver = new ChromeDriver(service, options);
        }

        /** Opens the page afresh and waits for its render mark; returns the timings of {@link #TIMINGS}. */
        List<?> load(Path page) {
            driver.get("about:blank");
            driver.get(page.toAbsolutePath().toUri().toString());
            // The page polls for its own mark, so the harness neither sleeps nor round-trips per poll.
            driver.manage().timeouts().scriptTimeout(Duration.ofMillis(RENDER_TIMEOUT_MILLIS));
            try {
                driver.executeAsyncScript(AWAIT_RENDER_MARK);
            } catch (ScriptTimeoutException e) {
                throw new IllegalStateException(
                        page + " did not set its render mark in " + RENDER_TIMEOUT_MILLIS / 1000 + " s", e);
            }
            return (List<?>) driver.executeScript(TIMINGS);
        }

        /** Loads the page once more and prints the 12 trace events that took the most time, in total. */
        void profile(Path page) throws InterruptedException, IOException {
            driver.manage().logs().get(LogType.PERFORMANCE); // drops what earlier loads logged
            List<?> timings = load(page);
            driver.get("about:blank"); // ends the trace of the page
            ObjectMapper json = new ObjectMapper();
            Map<String, Double> millisByName = new java.util.HashMap<>();
            Map<String, Integer> countByName = new java.util.HashMap<>();
            for (LogEntry entry :
                    driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
                JsonNode message = json.readTree(entry.getMessage()).path("message");
                if (!"Tracing.dataCollected".equals(message.path("method").asText())) {
                    continue;
                }
                JsonNode event = message.path("params");
                String name = event.path("name").asText();
                if ("X".equals(event.path("ph").asText()) && !NESTING.contains(name)) {
                    millisByName.merge(name, event.path("dur").asDouble() / 1000, Double::sum);
                    countByName.merge(name, 1, Integer::sum);
                }
            }
            System.out.printf("[report] profile of %s (render mark at %s ms):%n", page.getFileName(), timings.get(0));
            millisByName.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .limit(12)
                    .forEach(e -> System.out.printf(
                            "[report]   %-28s %8.1f ms in %,d events%n",
                            e.getKey(), e.getValue(), countByName.get(e.getKey())));
        }

        @Override
        public void close() {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // a leftover temp profile is harmless
            }
        }
    }
}
