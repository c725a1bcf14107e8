package io.dmstestkit.junit.engine;

import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.junit.engine.internal.ClasspathFolders;
import io.dmstestkit.junit.engine.internal.FileLocation;
import io.dmstestkit.junit.engine.internal.LoadedFile;
import io.dmstestkit.junit.engine.internal.ScenarioExecution;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Scenario files as Jupiter dynamic tests, for teams that prefer a {@code @TestFactory} to the
 * {@link DmsScenarioTestEngine}: it runs wherever Jupiter runs (Maven, Gradle, IDEs) with nothing else to
 * configure. Each file is a container, each scenario a test on an embedded simulator of its own; test
 * sources are {@code classpath:/…?line=N} URIs, so IDEs jump to the scenario.
 *
 * <pre>{@code
 * class ScenarioFilesTest {
 *     @TestFactory
 *     Stream<DynamicNode> scenarios() {
 *         return DmsScenarios.dynamicTests("scenarios/");   // src/test/resources/scenarios/**
 *     }
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsScenarios {

    private DmsScenarios() {}

    /**
     * A container per scenario file under a classpath folder (recursively, in every jar and directory of
     * the classpath, sorted by name), holding a test per scenario. A file that does not load is a test that
     * fails with the load error, at its line. A single scenario file may be named instead of a folder.
     *
     * @throws IllegalArgumentException when there is no scenario file there: a misspelt folder would
     *     otherwise pass with no tests
     */
    public static Stream<DynamicNode> dynamicTests(String classpathFolder) {
        String folder = ClasspathFolders.normalize(classpathFolder);
        List<String> files = ScenarioLoader.isScenarioFile(folder)
                ? List.of(folder)
                : ClasspathFolders.scenarioFiles(ClasspathFolders.loader(), folder);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No scenario files (*.dms.yaml, *.dms.yml, *.dms.groovy) under classpath"
                    + " folder '" + classpathFolder + "'.\n  Check the name: it is relative to the classpath root,"
                    + " e.g. 'scenarios/' for src/test/resources/scenarios/.");
        }
        return files.stream().map(DmsScenarios::file);
    }

    private static DynamicNode file(String resource) {
        LoadedFile file = LoadedFile.load(new FileLocation.Classpath(resource));
        if (file.error().isPresent()) {
            RuntimeException error = file.error().get();
            return DynamicTest.dynamicTest(resource, uri(resource, file.errorAt()), () -> {
                throw error;
            });
        }
        List<Scenario> scenarios = file.scenarios();
        return DynamicContainer.dynamicContainer(
                resource,
                uri(resource, Source.UNKNOWN),
                scenarios.stream()
                        .map(scenario -> DynamicTest.dynamicTest(
                                scenario.name(),
                                uri(resource, scenario.source()),
                                () -> ScenarioExecution.run(scenario).assertPassed())));
    }

    /** {@code classpath:/scenarios/orders.dms.yaml?line=7}: Jupiter turns it into a ClasspathResourceSource. */
    private static URI uri(String resource, Source at) {
        try {
            return new URI("classpath", null, "/" + resource, at.isKnown() ? "line=" + at.line() : null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of resource '" + resource + "'", e);
        }
    }
}
