package io.dmstestkit.benchmarks.coldstart;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.apiguardian.api.API;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one test class with the JUnit Platform launcher, as a build tool's fresh test JVM does, and exits 0
 * only when a test ran and none failed: the process {@link ColdStart} times.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.dmstestkit.benchmarks.coldstart.RunOneTestClass \
 *     io.dmstestkit.benchmarks.coldstart.FirstDmsScenarioTest
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class RunOneTestClass {

    private RunOneTestClass() {}

    public static void main(String[] args) throws ClassNotFoundException {
        Class<?> testClass = Class.forName(args[0]);
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(
                LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(testClass))
                        .build(),
                summary);
        TestExecutionSummary result = summary.getSummary();
        if (result.getTestsSucceededCount() == 0 || result.getTotalFailureCount() > 0) {
            result.printFailuresTo(new java.io.PrintWriter(System.err, true), 20);
            System.exit(1);
        }
    }
}
