package io.dmstestkit.testcore.report;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.JournalEntry;
import io.dmstestkit.simulator.internal.report.HtmlReport;
import io.dmstestkit.simulator.internal.report.ReportSection;
import io.dmstestkit.simulator.internal.report.ResourceFacts;
import io.dmstestkit.simulator.internal.report.RunReport;
import io.dmstestkit.simulator.internal.report.Sections;
import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.DmsTestSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * The HTML report of a test run, for both extensions: one page per report directory and JVM (the run), a
 * section per test. A test is {@link #begin begun} before its body runs and {@link Test#end ended} after;
 * its section shows the calls its session's account made meanwhile (sessions have accounts of their own,
 * so tests running in parallel on a shared simulator keep apart).
 *
 * <p>Why the page is written when a test fails and when the JVM exits, not after every test: rendering
 * grows with the run, and a failing test's message must name a file that already exists.
 *
 * <pre>{@code
 * Optional<TestReports.Test> test = TestReports.begin(session, "CutoverTest.cuts_over", "CutoverTest");
 * // ... run the test body ...
 * test.ifPresent(t -> t.end(failure));     // failure null when it passed; returns the report file
 * }</pre>
 */
@API(
        status = API.Status.INTERNAL,
        consumers = {"io.dmstestkit.junit", "io.dmstestkit.spock"})
public final class TestReports {

    /** The page's file name in the report directory. */
    public static final String FILE_NAME = "dms-testkit-report.html";

    private static final Map<Path, Page> PAGES = new ConcurrentHashMap<>();

    private TestReports() {}

    /**
     * Starts the report section of a test, when its settings, the {@value DmsTestSettings#REPORT_DIR_PROPERTY}
     * system property or {@code junit-platform.properties} ask for a report; empty otherwise.
     */
    public static Optional<Test> begin(DmsTestSession session, String name, String source) {
        return directory(session.settings()).map(dir -> {
            Page page = PAGES.computeIfAbsent(dir.toAbsolutePath().normalize(), Page::new);
            DmsSimulator simulator = session.simulator();
            return new Test(
                    page,
                    session,
                    name,
                    source,
                    lastSequence(simulator),
                    simulator.clock().now(),
                    now());
        });
    }

    /** The report directory these settings ask for, if any. */
    public static Optional<Path> directory(DmsTestSettings settings) {
        return settings.reportDir()
                .or(() -> Optional.ofNullable(System.getProperty(DmsTestSettings.REPORT_DIR_PROPERTY)))
                .or(TestReports::fromJUnitPlatformProperties)
                .filter(dir -> !dir.isBlank())
                .map(Path::of);
    }

    /**
     * What a failed test throws instead of {@code failure}: an {@link AssertionError} whose message is the
     * failure's plus where its report is, with the failure as cause and its stack trace.
     */
    public static AssertionError naming(Throwable failure, String report) {
        String message = failure instanceof AssertionError && failure.getMessage() != null
                ? failure.getMessage()
                : String.valueOf(failure);
        AssertionError named = new AssertionError(message + "\n(DMS report: " + report + ")", failure);
        named.setStackTrace(failure.getStackTrace());
        return named;
    }

    /**
     * Adds a fault exploration's section (its matrix, and the failures with their reproduction lines) to the
     * run's page, when these settings ask for a report; the page is written at once when a case failed.
     *
     * @param matrix header row first: {@code call site}, then one column per fault
     * @param failures the failures with their reproductions, {@code null} when every case was survived
     * @return the report file, with the section's anchor
     */
    public static Optional<String> addExploration(
            DmsTestSettings settings, String name, String summary, List<List<String>> matrix, String failures) {
        return directory(settings).map(dir -> {
            Page page = PAGES.computeIfAbsent(dir.toAbsolutePath().normalize(), Page::new);
            Instant at = Instant.EPOCH;
            int number = page.add(new ReportSection(
                    name,
                    summary,
                    failures == null,
                    failures,
                    at,
                    at,
                    List.of(),
                    ResourceFacts.NONE,
                    List.of(),
                    List.of(),
                    0,
                    matrix));
            if (failures != null) {
                page.write();
            }
            return page.file + "#s" + number;
        });
    }

    /** Writes every page now (the extensions' tests read them before the JVM exits). */
    public static void flush() {
        PAGES.values().forEach(Page::write);
    }

    private static Optional<String> fromJUnitPlatformProperties() {
        try (InputStream in = Thread.currentThread().getContextClassLoader() == null
                ? null
                : Thread.currentThread().getContextClassLoader().getResourceAsStream("junit-platform.properties")) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            return Optional.ofNullable(properties.getProperty(DmsTestSettings.REPORT_DIR_PROPERTY));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read junit-platform.properties", e);
        }
    }

    private static long lastSequence(DmsSimulator simulator) {
        List<JournalEntry> entries = simulator.journal().entries();
        return entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
    }

    private static Instant now() {
        return Clock.systemUTC().instant();
    }

    /** One test's section in the making. */
    public static final class Test {
        private final Page page;
        private final DmsTestSession session;
        private final String name;
        private final String source;
        private final long mark;
        private final Instant virtualStart;
        private final Instant wallStart;

        private Test(
                Page page,
                DmsTestSession session,
                String name,
                String source,
                long mark,
                Instant virtualStart,
                Instant wallStart) {
            this.page = page;
            this.session = session;
            this.name = name;
            this.source = source;
            this.mark = mark;
            this.virtualStart = virtualStart;
            this.wallStart = wallStart;
        }

        /**
         * Adds the test's section; a failed test's page is written at once.
         *
         * @param failure what the test threw, {@code null} when it passed
         * @return the report file, with the section's anchor
         */
        public String end(Throwable failure) {
            DmsSimulator simulator = session.simulator();
            List<JournalEntry> calls = new ArrayList<>();
            for (JournalEntry entry : simulator.journal().page(mark, Integer.MAX_VALUE)) {
                if (entry.account().equals(session.account())) {
                    calls.add(entry);
                }
            }
            Instant virtualEnd = simulator.clock().now();
            String message = failure == null ? null : String.valueOf(failure);
            Sections.Outcome outcome = new Sections.Outcome(
                    name,
                    source + " · " + Duration.between(wallStart, now()).toMillis() + " ms wall time",
                    failure == null,
                    message,
                    List.of());
            int number = page.add(Sections.of(simulator, outcome, calls, virtualStart, virtualEnd));
            if (failure != null) {
                page.write();
            }
            return page.file + "#s" + number;
        }
    }

    /** The page of one report directory: written on failures and when the JVM exits. */
    private static final class Page {
        private final Path file;
        private final List<ReportSection> sections = new ArrayList<>();
        private final Instant started = now();

        Page(Path directory) {
            this.file = directory.resolve(FILE_NAME);
            Runtime.getRuntime().addShutdownHook(new Thread(this::write, "dms-testkit report " + file));
        }

        synchronized int add(ReportSection section) {
            sections.add(section);
            return sections.size();
        }

        synchronized void write() {
            if (!sections.isEmpty()) {
                HtmlReport.write(new RunReport("dms-testkit test run · started " + started, now(), sections), file);
            }
        }
    }
}
