package io.dmstestkit.junit.engine;

import static io.dmstestkit.junit.engine.ScenarioEngineRuns.BROKEN;
import static io.dmstestkit.junit.engine.ScenarioEngineRuns.FAILING;
import static io.dmstestkit.junit.engine.ScenarioEngineRuns.FULL_LOAD;
import static io.dmstestkit.junit.engine.ScenarioEngineRuns.PASSING;
import static io.dmstestkit.junit.engine.ScenarioEngineRuns.TWO_SCENARIOS;
import static io.dmstestkit.junit.engine.ScenarioEngineRuns.assertResourceAt;
import static io.dmstestkit.junit.engine.ScenarioEngineRuns.engine;
import static io.dmstestkit.junit.engine.ScenarioEngineRuns.reportEntries;
import static io.dmstestkit.junit.engine.ScenarioEngineRuns.sourceOf;
import static io.dmstestkit.junit.engine.ScenarioEngineRuns.test;
import static io.dmstestkit.junit.engine.ScenarioEngineRuns.tests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.dmstestkit.dsl.ScenarioFailedError;
import io.dmstestkit.dsl.ScenarioLoadException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class DmsScenarioTestEngineTest {

    @Test
    void should_run_each_scenario_of_a_selected_folder_as_a_test() {
        EngineExecutionResults results =
                engine().selectors(selectClasspathResource(PASSING)).execute();

        results.testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(3).failed(0));
        results.containerEvents().assertStatistics(stats -> stats.started(3).succeeded(3)); // engine + 2 files
    }

    @Test
    void should_give_each_file_and_scenario_a_classpath_source_at_its_line() {
        TestDescriptor engine =
                engine().selectors(selectClasspathResource(PASSING)).discover().getEngineDescriptor();

        assertThat(engine.getChildren())
                .extracting(TestDescriptor::getSource)
                .containsExactly(
                        java.util.Optional.of(ClasspathResourceSource.from(FULL_LOAD)),
                        java.util.Optional.of(ClasspathResourceSource.from(TWO_SCENARIOS)));
        assertResourceAt(test(engine, "orders full load").getSource().orElseThrow(), FULL_LOAD, 2);
        assertResourceAt(test(engine, "cdc starts").getSource().orElseThrow(), TWO_SCENARIOS, 2);
        assertResourceAt(test(engine, "cdc stops").getSource().orElseThrow(), TWO_SCENARIOS, 11);
        assertThat(tests(engine))
                .extracting(TestDescriptor::getDisplayName)
                .containsExactly("orders full load", "cdc starts", "cdc stops"); // file order
    }

    @Test
    void should_fail_a_scenario_with_the_runners_message_naming_the_failing_steps_line() {
        EngineExecutionResults results =
                engine().selectors(selectClasspathResource(FAILING)).execute();

        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                displayName("orders too impatient"),
                                finishedWithFailure(
                                        instanceOf(ScenarioFailedError.class),
                                        message(m -> m.startsWith("Scenario 'orders too impatient' failed: ")
                                                && m.contains("did not reach status 'running' within 1m (virtual)")
                                                && m.contains("at " + FAILING + ":9")))));
        assertResourceAt(sourceOf(results.testEvents(), "orders too impatient"), FAILING, 2);
    }

    @Test
    void should_report_a_file_that_does_not_load_as_a_test_failing_at_the_error() {
        EngineExecutionResults results =
                engine().selectors(selectClasspathResource(BROKEN)).execute();

        results.testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                displayName(BROKEN),
                                finishedWithFailure(
                                        instanceOf(ScenarioLoadException.class),
                                        message(m -> m.startsWith(BROKEN + ":6:") && m.contains("'strat'")))));
        assertResourceAt(sourceOf(results.testEvents(), BROKEN), BROKEN, 6);
    }

    @Test
    void should_report_a_missing_file_as_a_failing_test_rather_than_running_nothing() {
        engine().selectors(selectClasspathResource("enginefixtures/no-such-file.dms.yaml"))
                .execute()
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(ScenarioLoadException.class),
                                message(m ->
                                        m.contains("no classpath resource 'enginefixtures/no-such-file.dms.yaml'")))));
    }

    @Test
    void should_turn_scenario_tags_into_junit_tags_that_filters_select() {
        TestDescriptor engine =
                engine().selectors(selectClasspathResource(PASSING)).discover().getEngineDescriptor();
        assertThat(test(engine, "orders full load").getTags()).containsExactly(TestTag.create("smoke"));
        assertThat(test(engine, "cdc stops").getTags()).containsExactly(TestTag.create("nightly"));

        EngineExecutionResults smoke = engine().selectors(selectClasspathResource("enginefixtures"))
                .filters(TagFilter.includeTags("smoke"))
                .execute();

        // the smoke scenarios, passing and failing; neither the untagged ones nor the broken file
        smoke.testEvents()
                .assertStatistics(stats -> stats.started(2).succeeded(1).failed(1));
        assertThat(smoke.testEvents().started().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactlyInAnyOrder("orders full load", "orders too impatient");
    }

    @Test
    void should_run_only_the_scenario_written_at_a_selected_line() {
        EngineExecutionResults results = engine().selectors(
                        selectClasspathResource(TWO_SCENARIOS, FilePosition.from(19)))
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(results.testEvents().started().map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly("cdc stops");
    }

    @Test
    void should_run_a_scenario_again_by_its_unique_id() {
        TestDescriptor discovered =
                engine().selectors(selectClasspathResource(PASSING)).discover().getEngineDescriptor();
        UniqueId cdcStarts = test(discovered, "cdc starts").getUniqueId();
        assertThat(cdcStarts)
                .isEqualTo(UniqueId.forEngine("dms-scenarios")
                        .append("resource", TWO_SCENARIOS)
                        .append("scenario", "cdc starts"));

        EngineExecutionResults results =
                engine().selectors(selectUniqueId(cdcStarts)).execute();

        results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
        assertThat(results.testEvents().started().map(e -> e.getTestDescriptor().getUniqueId()))
                .containsExactly(cdcStarts);
    }

    @Test
    void should_scan_only_the_configured_folders_of_a_classpath_root() throws URISyntaxException {
        ClasspathRootSelector testClasses =
                selectClasspathRoots(Set.of(classpathRootOf(PASSING))).get(0);

        engine().selectors(testClasses)
                .configurationParameter(DmsScenarioTestEngine.ROOT_PROPERTY_NAME, PASSING + ", no-such-folder")
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void should_scan_the_scenarios_folder_of_a_jar_by_default(@TempDir Path directory) throws IOException {
        Path jar = directory.resolve("team-scenarios.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("scenarios/"));
            put(out, "scenarios/cutover/in-a-jar.dms.yaml", "scenario: in a jar\nsteps:\n  - advance: 1m\n");
            put(out, "fixtures/not-scanned.dms.yaml", "scenario: not scanned\n");
        }

        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            EngineExecutionResults results = withContextClassLoader(
                    loader,
                    () -> engine().selectors(selectClasspathRoots(Set.of(jar)).get(0))
                            .execute());

            results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
            assertResourceAt(sourceOf(results.testEvents(), "in a jar"), "scenarios/cutover/in-a-jar.dms.yaml", 1);
        }
    }

    @Test
    void should_find_the_scenario_files_of_a_package() {
        engine().selectors(selectPackage("enginefixtures.passing"))
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void should_run_files_and_directories_selected_by_path_with_file_sources() {
        Path folder = Path.of("src", "test", "resources", "enginefixtures", "passing");

        EngineExecutionResults directory =
                engine().selectors(selectDirectory(folder.toFile())).execute();
        directory.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(sourceOf(directory.testEvents(), "cdc stops"))
                .isEqualTo(FileSource.from(
                        folder.resolve("two-scenarios.dms.groovy").toFile(),
                        org.junit.platform.engine.support.descriptor.FilePosition.from(11)));

        EngineExecutionResults oneScenario = engine().selectors(
                        selectFile(folder.resolve("two-scenarios.dms.groovy").toString(), FilePosition.from(5)))
                .execute();
        assertThat(oneScenario
                        .testEvents()
                        .started()
                        .map(e -> e.getTestDescriptor().getDisplayName()))
                .containsExactly("cdc starts");
    }

    @Test
    void should_publish_each_steps_virtual_and_wall_time() {
        EngineExecutionResults results =
                engine().selectors(selectClasspathResource(FULL_LOAD)).execute();

        List<Map<String, String>> entries = reportEntries(results.allEvents(), "orders full load");
        assertThat(entries).hasSize(4); // three steps, then the scenario
        assertThat(entries.get(1))
                .containsEntry("step", "await orders status stopped within 2h")
                .containsEntry("at", FULL_LOAD + ":10:5")
                .containsEntry("outcome", "passed")
                .hasEntrySatisfying("virtualTime", time -> assertThat(time).isNotEqualTo("0s"))
                .hasEntrySatisfying("wallTime", time -> assertThat(time).endsWith("ms"));
        assertThat(entries.get(3))
                .containsEntry("scenario", "orders full load")
                .containsEntry("outcome", "passed")
                .containsEntry("target", "embedded simulator")
                .containsKeys("virtualTime", "wallTime");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false"})
    void should_run_in_parallel_or_one_at_a_time_as_configured(String parallel) {
        engine().selectors(selectClasspathResource(PASSING), selectClasspathResource(FAILING))
                .configurationParameter(DmsScenarioTestEngine.PARALLEL_ENABLED_PROPERTY_NAME, parallel)
                .configurationParameter(DmsScenarioTestEngine.PARALLEL_CONFIG_PREFIX + "strategy", "fixed")
                .configurationParameter(DmsScenarioTestEngine.PARALLEL_CONFIG_PREFIX + "fixed.parallelism", "4")
                .execute()
                .testEvents()
                .assertStatistics(stats -> stats.started(4).succeeded(3).failed(1));
    }

    @Test
    void should_find_nothing_for_the_class_selectors_that_build_tools_send() {
        // Maven Surefire and Gradle select classes only: scenario files never run by surprise there
        engine().selectors(selectClass(DmsScenarioTestEngineTest.class))
                .execute()
                .allEvents()
                .assertStatistics(stats -> stats.started(1).finished(1)); // the engine alone
    }

    private static void put(JarOutputStream jar, String name, String text) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(text.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }

    private static <T> T withContextClassLoader(ClassLoader loader, Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    private static Path classpathRootOf(String folder) throws URISyntaxException {
        Path path = Path.of(Objects.requireNonNull(
                        DmsScenarioTestEngineTest.class.getClassLoader().getResource(folder))
                .toURI());
        for (String ignored : folder.split("/")) {
            path = path.getParent();
        }
        return path;
    }
}
