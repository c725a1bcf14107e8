package io.dmstestkit.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.dmstestkit.junit.fixtures.Fixture;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs fixture classes through the Jupiter engine, as JUnit tests its own extensions, and reads what they reported. */
final class EngineRuns {

    private EngineRuns() {}

    /** Runs the classes one after the other (the engine's default). */
    static EngineExecutionResults run(Class<?>... testClasses) {
        return builder(testClasses).execute();
    }

    /** Runs the classes, and the tests in them, concurrently. */
    static EngineExecutionResults runInParallel(Class<?>... testClasses) {
        return builder(testClasses)
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "8")
                .execute();
    }

    private static EngineTestKit.Builder builder(Class<?>... testClasses) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(Fixture.ENABLED, "true")
                .selectors(Arrays.stream(testClasses)
                        .map(c -> selectClass(c))
                        .toArray(org.junit.platform.engine.DiscoverySelector[]::new));
    }

    /** Every value published under {@code key} with {@code TestReporter}, in publishing order. */
    static List<String> reported(EngineExecutionResults results, String key) {
        return entries(results.allEvents()).stream()
                .map(entry -> entry.get(key))
                .filter(value -> value != null)
                .toList();
    }

    /** Values published under {@code key}, by the display name of the test that published them. */
    static Map<String, String> reportedByTest(EngineExecutionResults results, String key) {
        return results.allEvents().reportingEntryPublished().stream()
                .filter(event -> event.getRequiredPayload(ReportEntry.class)
                        .getKeyValuePairs()
                        .containsKey(key))
                .collect(Collectors.toMap(
                        event -> event.getTestDescriptor().getUniqueId().toString(),
                        event -> event.getRequiredPayload(ReportEntry.class)
                                .getKeyValuePairs()
                                .get(key)));
    }

    private static List<Map<String, String>> entries(Events events) {
        return events.reportingEntryPublished().stream()
                .map(Event::getPayload)
                .flatMap(java.util.Optional::stream)
                .map(ReportEntry.class::cast)
                .map(ReportEntry::getKeyValuePairs)
                .toList();
    }
}
