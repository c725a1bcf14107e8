package io.dmstestkit.junit.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs the scenario engine through {@code EngineTestKit}, as JUnit tests its own engines, and reads the results. */
final class ScenarioEngineRuns {

    static final String PASSING = "enginefixtures/passing";
    static final String FULL_LOAD = PASSING + "/orders-full-load.dms.yaml";
    static final String TWO_SCENARIOS = PASSING + "/two-scenarios.dms.groovy";
    static final String FAILING = "enginefixtures/failing/orders-too-impatient.dms.yaml";
    static final String BROKEN = "enginefixtures/broken/unknown-step.dms.yaml";

    private ScenarioEngineRuns() {}

    static EngineTestKit.Builder engine() {
        return EngineTestKit.engine(DmsScenarioTestEngine.ENGINE_ID);
    }

    /** The test descriptors (not containers) under a discovered or executed tree. */
    static List<TestDescriptor> tests(TestDescriptor root) {
        return root.getDescendants().stream()
                .filter(TestDescriptor::isTest)
                .map(TestDescriptor.class::cast)
                .toList();
    }

    static TestDescriptor test(TestDescriptor root, String displayName) {
        return tests(root).stream()
                .filter(test -> test.getDisplayName().equals(displayName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no test named '" + displayName + "' in " + tests(root)));
    }

    /** Asserts a classpath resource source at a line, whatever the column. */
    static void assertResourceAt(TestSource source, String resource, int line) {
        assertThat(source).isInstanceOfSatisfying(ClasspathResourceSource.class, classpath -> {
            assertThat(classpath.getClasspathResourceName()).isEqualTo(resource);
            assertThat(classpath.getPosition()).map(FilePosition::getLine).contains(line);
        });
    }

    static TestSource sourceOf(Events events, String displayName) {
        return events.filter(event -> event.getTestDescriptor().getDisplayName().equals(displayName))
                .map(Event::getTestDescriptor)
                .findFirst()
                .flatMap(TestDescriptor::getSource)
                .orElseThrow(() -> new AssertionError("no event with a source for '" + displayName + "'"));
    }

    /** The key-value pairs published for a test, in publishing order. */
    static List<Map<String, String>> reportEntries(Events events, String displayName) {
        return events.reportingEntryPublished().stream()
                .filter(event -> event.getTestDescriptor().getDisplayName().equals(displayName))
                .flatMap(event -> Stream.of(event.getRequiredPayload(ReportEntry.class)))
                .map(ReportEntry::getKeyValuePairs)
                .toList();
    }
}
