package io.dmstestkit.wiremock.browser;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Says in one line, at the end of the test run, which browser tests were skipped and how to enable them:
 * a machine without Chromium still passes the build, and its developer learns why those tests did not run.
 * Registered through {@code META-INF/services}.
 */
public final class SkippedBrowserTests implements TestExecutionListener {

    private static final Set<String> SKIPPED = new TreeSet<>();
    private static String reason = "";

    static synchronized void record(String testClass, String why) {
        SKIPPED.add(testClass);
        reason = why;
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        summary().ifPresent(System.out::println);
    }

    static synchronized Optional<String> summary() {
        return line(SKIPPED, reason);
    }

    /** The one line for these skipped test classes, if any were. */
    static Optional<String> line(Set<String> skipped, String reason) {
        if (skipped.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("[dms-testkit] browser tests skipped (" + String.join(", ", new TreeSet<>(skipped)) + "): "
                + reason + "; enable them with: apt-get install chromium chromium-driver");
    }
}
