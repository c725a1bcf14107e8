package io.dmstestkit.junit.engine.internal;

import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioLoader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Turns JUnit's selectors into scenario files and scenarios. Folders, packages and classpath roots become
 * one selector per scenario file; a file becomes its descriptor, whose scenarios are then selected by
 * unique id (all of them, or the one at the selected line). Every selector that names a scenario file
 * yields a test, even when the file is missing or broken: a failing test says why.
 */
final class ScenarioFileResolver implements SelectorResolver {

    private final UniqueId engineId;
    private final ScanFolders scanFolders;

    ScenarioFileResolver(UniqueId engineId, ScanFolders scanFolders) {
        this.engineId = engineId;
        this.scanFolders = scanFolders;
    }

    @Override
    public Resolution resolve(ClasspathRootSelector selector, Context context) {
        return resources(scanFolders.folders().stream()
                .flatMap(folder -> ClasspathFolders.scenarioFiles(selector.getClasspathRoot(), folder).stream())
                .toList());
    }

    @Override
    public Resolution resolve(PackageSelector selector, Context context) {
        String packageName = selector.getPackageName();
        // the default package is the whole classpath: scanned like a root, only in the configured folders
        return packageName.isEmpty() ? scanConfiguredFolders() : folder(packageName.replace('.', '/'));
    }

    @Override
    public Resolution resolve(ClasspathResourceSelector selector, Context context) {
        String name = ClasspathFolders.normalize(selector.getClasspathResourceName());
        if (!ScenarioLoader.isScenarioFile(name)) {
            return folder(name); // e.g. @SelectClasspathResource("scenarios") in a suite
        }
        return file(new FileLocation.Classpath(name), selector.getPosition(), context);
    }

    @Override
    public Resolution resolve(FileSelector selector, Context context) {
        Path path = Path.of(selector.getRawPath());
        if (path.getFileName() == null
                || !ScenarioLoader.isScenarioFile(path.getFileName().toString())) {
            return unresolved();
        }
        return file(new FileLocation.FileSystem(path), selector.getPosition(), context);
    }

    @Override
    public Resolution resolve(DirectorySelector selector, Context context) {
        try {
            return selectors(ScenarioLoader.discover(Path.of(selector.getRawPath())).stream()
                    .map(file -> DiscoverySelectors.selectFile(file.toString()))
                    .toList());
        } catch (ScenarioLoadException noSuchDirectory) {
            return unresolved();
        }
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId uniqueId = selector.getUniqueId();
        if (!uniqueId.hasPrefix(engineId)) {
            return unresolved();
        }
        List<UniqueId.Segment> segments = uniqueId.getSegments()
                .subList(engineId.getSegments().size(), uniqueId.getSegments().size());
        if (segments.isEmpty()) {
            return scanConfiguredFolders(); // the engine itself: everything a classpath scan would find
        }
        Optional<FileLocation> file = FileLocation.of(segments.get(0));
        if (file.isEmpty()) {
            return unresolved();
        }
        if (segments.size() == 1) {
            return Resolution.selectors(Set.of(file.get().selector()));
        }
        if (segments.size() == 2 && segments.get(1).getType().equals(FileLocation.SCENARIO_SEGMENT)) {
            return scenario(file.get(), segments.get(1).getValue(), context);
        }
        return unresolved();
    }

    private Resolution file(FileLocation location, Optional<FilePosition> position, Context context) {
        Optional<TestDescriptor> file = context.addToParent(parent -> Optional.of(fileUnder(parent, location)));
        return file.map(descriptor -> descriptor instanceof ScenarioFileDescriptor scenarios
                        ? Match.exact(scenarios, () -> scenarios.scenariosAt(position.map(FilePosition::getLine)))
                        : Match.exact(descriptor))
                .map(Resolution::match)
                .orElse(unresolved());
    }

    /** The file's descriptor, loaded once however many selectors name it. */
    private static TestDescriptor fileUnder(TestDescriptor parent, FileLocation location) {
        UniqueId id = location.idUnder(parent.getUniqueId());
        return parent.getChildren().stream()
                .filter(child -> child.getUniqueId().equals(id))
                .findFirst()
                .map(TestDescriptor.class::cast)
                .orElseGet(() -> ScenarioFileDescriptor.of(id, LoadedFile.load(location)));
    }

    private static Resolution scenario(FileLocation location, String id, Context context) {
        return context.addToParent(
                        location::selector,
                        parent -> parent instanceof ScenarioFileDescriptor file ? file.scenario(id) : Optional.empty())
                .map(Match::exact)
                .map(Resolution::match)
                .orElse(unresolved());
    }

    private Resolution scanConfiguredFolders() {
        return resources(scanFolders.folders().stream()
                .flatMap(folder -> ClasspathFolders.scenarioFiles(ClasspathFolders.loader(), folder).stream())
                .toList());
    }

    private static Resolution folder(String folder) {
        return resources(ClasspathFolders.scenarioFiles(ClasspathFolders.loader(), folder));
    }

    private static Resolution resources(Collection<String> names) {
        return selectors(names.stream()
                .sorted()
                .distinct()
                .map(DiscoverySelectors::selectClasspathResource)
                .toList());
    }

    private static Resolution selectors(List<? extends DiscoverySelector> selectors) {
        Set<DiscoverySelector> inOrder = new LinkedHashSet<>(selectors); // files run in name order
        return inOrder.isEmpty() ? unresolved() : Resolution.selectors(inOrder);
    }
}
