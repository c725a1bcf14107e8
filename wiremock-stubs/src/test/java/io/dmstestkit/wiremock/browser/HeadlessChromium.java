package io.dmstestkit.wiremock.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium through Selenium for the browser tests, one browser per test class. The Debian
 * packages' binaries are used explicitly (no Selenium Manager: it would download a browser). Without them
 * the tests skip, and {@link SkippedBrowserTests} prints one line at the end saying which and how to
 * enable them. The binaries are looked up in the system properties {@code dms.chromium} and
 * {@code dms.chromedriver}, then the environment ({@code DMS_CHROMIUM}, {@code DMS_CHROMEDRIVER}), then
 * {@code /usr/bin}.
 *
 * <pre>{@code
 * static HeadlessChromium browser;
 * @BeforeAll static void start() { browser = HeadlessChromium.startOrSkip(MyBrowserTest.class); }
 * }</pre>
 */
final class HeadlessChromium implements AutoCloseable {

    /** The resource lock of every browser test class: one browser at a time on a small machine. */
    static final String LOCK = "chromium";

    final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Where the browser and its driver are expected, from the given properties and environment. */
    record Binaries(Path chromium, Path chromedriver) {

        static Binaries lookUp(Map<?, ?> properties, Map<String, String> environment) {
            return new Binaries(
                    find(properties, environment, "dms.chromium", "DMS_CHROMIUM", "/usr/bin/chromium"),
                    find(properties, environment, "dms.chromedriver", "DMS_CHROMEDRIVER", "/usr/bin/chromedriver"));
        }

        static Binaries here() {
            return lookUp(System.getProperties(), System.getenv());
        }

        /** What is missing to run browser tests, if anything. */
        Optional<String> missing() {
            if (!Files.isExecutable(chromium)) {
                return Optional.of("no Chromium at " + chromium);
            }
            if (!Files.isExecutable(chromedriver)) {
                return Optional.of("no chromedriver at " + chromedriver);
            }
            return Optional.empty();
        }

        private static Path find(
                Map<?, ?> properties,
                Map<String, String> environment,
                String property,
                String variable,
                String fallback) {
            Object value = properties.get(property);
            if (value instanceof String path && !path.isBlank()) {
                return Path.of(path);
            }
            return Path.of(environment.getOrDefault(variable, fallback));
        }
    }

    /** A browser, or the test class is skipped (a JUnit assumption) when Chromium or its driver is missing. */
    static HeadlessChromium startOrSkip(Class<?> testClass) {
        Binaries binaries = Binaries.here();
        Optional<String> missing = binaries.missing();
        missing.ifPresent(reason -> SkippedBrowserTests.record(testClass.getSimpleName(), reason));
        Assumptions.assumeTrue(missing.isEmpty(), () -> missing.get());
        try {
            Path profile = Files.createTempDirectory("dms-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(binaries.chromium().toFile());
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
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(binaries.chromedriver().toFile())
                    .usingAnyFreePort()
                    .build();
            return new HeadlessChromium(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console messages of level SEVERE (errors) since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves a screenshot of the page under {@code target/screenshots}. */
    Path screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            return Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a script in the page and returns its value. */
    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
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
