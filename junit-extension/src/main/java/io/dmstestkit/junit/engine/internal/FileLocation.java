package io.dmstestkit.junit.engine.internal;

import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Source;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * Where a scenario file lives — on the classpath or in the file system — and everything that depends on
 * it: how to load it, its unique id segment, its test sources and the selector that finds it again.
 *
 * <pre>{@code
 * FileLocation orders = new FileLocation.Classpath("scenarios/orders.dms.yaml");
 * orders.sourceAt(scenario.source());     // ClasspathResourceSource scenarios/orders.dms.yaml, line 2
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public sealed interface FileLocation {

    /** The unique id segment type of a scenario within its file. */
    String SCENARIO_SEGMENT = "scenario";

    /** This file's unique id under the engine's (or, in a suite, the engine's place in the suite). */
    UniqueId idUnder(UniqueId engine);

    /** How the file is called in reports: the resource name, or the path as it was selected. */
    String displayName();

    /** The name the loader gives the file in {@link Source}s and messages. */
    String fileName();

    /** The file, without a position. */
    TestSource source();

    /** The file at a scenario's (or an error's) line and column; the file alone when the line is unknown. */
    TestSource sourceAt(Source position);

    /** A selector that resolves to this file again (for unique ids). */
    DiscoverySelector selector();

    /** Loads the file's scenarios, with default parameters. */
    List<Scenario> load();

    /** The file a unique id segment names, if it names one. */
    static Optional<FileLocation> of(UniqueId.Segment segment) {
        return switch (segment.getType()) {
            case Classpath.SEGMENT -> Optional.of(new Classpath(segment.getValue()));
            case FileSystem.SEGMENT -> Optional.of(new FileSystem(Path.of(segment.getValue())));
            default -> Optional.empty();
        };
    }

    private static Optional<FilePosition> position(Source source) {
        if (source == null || !source.isKnown()) {
            return Optional.empty();
        }
        return Optional.of(
                source.column() > 0
                        ? FilePosition.from(source.line(), source.column())
                        : FilePosition.from(source.line()));
    }

    /** A classpath resource such as {@code scenarios/orders.dms.yaml}: its source is a {@code ClasspathResourceSource}. */
    record Classpath(String resource) implements FileLocation {
        static final String SEGMENT = "resource";

        public Classpath {
            resource = ClasspathFolders.normalize(resource);
        }

        @Override
        public UniqueId idUnder(UniqueId engine) {
            return engine.append(SEGMENT, resource);
        }

        @Override
        public String displayName() {
            return resource;
        }

        @Override
        public String fileName() {
            return resource;
        }

        @Override
        public TestSource source() {
            return ClasspathResourceSource.from(resource);
        }

        @Override
        public TestSource sourceAt(Source position) {
            return position(position)
                    .map(filePosition -> ClasspathResourceSource.from(resource, filePosition))
                    .orElseGet(() -> ClasspathResourceSource.from(resource));
        }

        @Override
        public DiscoverySelector selector() {
            return DiscoverySelectors.selectClasspathResource(resource);
        }

        @Override
        public List<Scenario> load() {
            return ScenarioLoader.loadResource(resource, Map.of());
        }
    }

    /** A file selected by path (a file or directory selector): its source is a {@code FileSource}. */
    record FileSystem(Path path) implements FileLocation {
        static final String SEGMENT = "file";

        @Override
        public UniqueId idUnder(UniqueId engine) {
            return engine.append(SEGMENT, path.toAbsolutePath().normalize().toString());
        }

        @Override
        public String displayName() {
            return path.toString();
        }

        @Override
        public String fileName() {
            return path.toString();
        }

        @Override
        public TestSource source() {
            return FileSource.from(path.toFile());
        }

        @Override
        public TestSource sourceAt(Source position) {
            return position(position)
                    .map(filePosition -> FileSource.from(path.toFile(), filePosition))
                    .orElseGet(() -> FileSource.from(path.toFile()));
        }

        @Override
        public DiscoverySelector selector() {
            return DiscoverySelectors.selectFile(
                    path.toAbsolutePath().normalize().toString());
        }

        @Override
        public List<Scenario> load() {
            return ScenarioLoader.load(path, Map.of());
        }
    }
}
