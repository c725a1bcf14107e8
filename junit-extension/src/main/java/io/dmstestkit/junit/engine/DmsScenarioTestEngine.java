package io.dmstestkit.junit.engine;

import io.dmstestkit.junit.engine.internal.ScanFolders;
import io.dmstestkit.junit.engine.internal.ScenarioDiscovery;
import io.dmstestkit.junit.engine.internal.ScenarioEngineContext;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.config.PrefixedConfigurationParameters;
import org.junit.platform.engine.support.hierarchical.ForkJoinPoolHierarchicalTestExecutorService;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestExecutorService;

/**
 * A JUnit Platform test engine that runs scenario files ({@code *.dms.yaml}, {@code *.dms.yml},
 * {@code *.dms.groovy}) as tests: one container per file, one test per scenario, each scenario on an
 * embedded simulator of its own. Sources are {@code ClasspathResourceSource}s (or {@code FileSource}s) with
 * the scenario's line, so IDEs jump to it; scenario {@code tags} become JUnit tags.
 *
 * <p>What it discovers:
 * <ul>
 *   <li>a classpath resource, file, directory, package or unique id: exactly that (a file position selects
 *       the scenario written at that line);
 *   <li>a whole classpath root (an IDE's "run all tests", the console launcher's {@code --scan-classpath}):
 *       only the files under the folder(s) named by {@value #ROOT_PROPERTY_NAME} (default
 *       {@value #DEFAULT_ROOT}), so fixtures and include-only building blocks elsewhere never run by
 *       accident.
 * </ul>
 *
 * <p>Maven Surefire and Gradle select test <em>classes</em> only, so point the engine at your folder with a
 * suite class (junit-platform-suite), or use {@link DmsScenarios#dynamicTests(String)}:
 *
 * <pre>{@code
 * @Suite
 * @IncludeEngines("dms-scenarios")
 * @SelectClasspathResource("scenarios")
 * class ScenarioFilesTest {}
 * }</pre>
 *
 * <p>Scenarios run in parallel by default (each has its own simulator, so they cannot see each other); set
 * {@value #PARALLEL_ENABLED_PROPERTY_NAME} to {@code false} to run them one at a time, and tune the pool
 * with the {@value #PARALLEL_CONFIG_PREFIX}{@code *} parameters, named as Jupiter's
 * ({@code strategy}, {@code fixed.parallelism}, {@code dynamic.factor} …).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsScenarioTestEngine extends HierarchicalTestEngine<ScenarioEngineContext> {

    /** The engine id, for {@code @IncludeEngines} and {@code EngineTestKit.engine(…)}. */
    public static final String ENGINE_ID = "dms-scenarios";

    /**
     * Configuration parameter: the classpath folder(s), comma-separated, scanned when a whole classpath root
     * (or the default package) is selected; {@code /} scans the whole root.
     */
    public static final String ROOT_PROPERTY_NAME = "dms.scenarios.root";

    /** The folder scanned by default: {@code src/test/resources/scenarios/} in a Maven or Gradle project. */
    public static final String DEFAULT_ROOT = "scenarios";

    /** Configuration parameter: whether scenarios run concurrently ({@code true} by default). */
    public static final String PARALLEL_ENABLED_PROPERTY_NAME = "dms.scenarios.execution.parallel.enabled";

    /** Prefix of the parameters that size the pool, e.g. {@code dms.scenarios.execution.parallel.config.strategy}. */
    public static final String PARALLEL_CONFIG_PREFIX = "dms.scenarios.execution.parallel.config.";

    private static final String DISPLAY_NAME = "dms-testkit scenarios";

    @Override
    public String getId() {
        return ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("io.dmstestkit");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("dms-testkit-junit-extension");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        ConfigurationParameters parameters = request.getConfigurationParameters();
        ScanFolders folders =
                ScanFolders.parse(parameters.get(ROOT_PROPERTY_NAME).orElse(DEFAULT_ROOT));
        return ScenarioDiscovery.discover(request, uniqueId, DISPLAY_NAME, folders);
    }

    @Override
    protected HierarchicalTestExecutorService createExecutorService(ExecutionRequest request) {
        ConfigurationParameters parameters = request.getConfigurationParameters();
        if (parameters.getBoolean(PARALLEL_ENABLED_PROPERTY_NAME).orElse(true)) {
            return new ForkJoinPoolHierarchicalTestExecutorService(
                    new PrefixedConfigurationParameters(parameters, PARALLEL_CONFIG_PREFIX));
        }
        return super.createExecutorService(request);
    }

    @Override
    protected ScenarioEngineContext createExecutionContext(ExecutionRequest request) {
        return new ScenarioEngineContext(request.getEngineExecutionListener());
    }
}
