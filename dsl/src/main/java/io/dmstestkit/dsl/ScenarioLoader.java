package io.dmstestkit.dsl;

import io.dmstestkit.dsl.internal.IncludeNames;
import io.dmstestkit.dsl.internal.groovy.GroovyScenarioReader;
import io.dmstestkit.dsl.internal.yaml.YamlScenarioReader;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Loads scenario files: {@code *.dms.yaml} (data only, safe to share) and {@code *.dms.groovy}. Files
 * over {@link #MAX_FILE_BYTES} are refused before parsing; includes are resolved against the including
 * file, the classpath ({@code classpath:}) or the working directory, with cycles refused.
 *
 * <p>What an include may name is checked before anything is read: a scenario file name (a YAML file
 * includes YAML files only, so that YAML stays data only) and a regular file (not a device or a pipe).
 * The includes of a loaded file stay inside its project: the outermost folder above it holding a build
 * file or a repository ({@code pom.xml}, {@code build.gradle}, {@code settings.gradle}, {@code .git}),
 * else the working directory when the file lies in it, else the file's own folder. {@code classpath:}
 * includes stay inside the classpath. Scenarios built in code include what their code names.
 *
 * <pre>{@code
 * List<Scenario> scenarios = ScenarioLoader.load(Path.of("examples/scenarios/happy-path.dms.yaml"), Map.of());
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ScenarioLoader {

    /** Scenario files are small; a larger file is a mistake or an attack, refused before it is parsed. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    static final int MAX_INCLUDE_DEPTH = 16;
    private static final String CLASSPATH = "classpath:";
    private static final List<String> PROJECT_MARKERS =
            List.of("pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts", ".git");
    private static final List<ScenarioReader> READERS = List.of(new YamlScenarioReader(), new GroovyScenarioReader());

    private ScenarioLoader() {}

    /** Whether a file name is a scenario file ({@code .dms.yaml}, {@code .dms.yml}, {@code .dms.groovy}). */
    public static boolean isScenarioFile(String fileName) {
        return READERS.stream().anyMatch(reader -> reader.reads(fileName));
    }

    /** The scenario files under a directory (recursively, sorted), or the file itself. */
    public static List<Path> discover(Path fileOrDirectory) {
        if (!Files.exists(fileOrDirectory)) {
            throw new ScenarioLoadException(
                    Source.of(fileOrDirectory.toString(), 0), "no such file or directory", null);
        }
        if (Files.isRegularFile(fileOrDirectory)) {
            return List.of(fileOrDirectory);
        }
        try (Stream<Path> files = Files.walk(fileOrDirectory)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> isScenarioFile(path.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the scenarios of one file, with parameter overrides. */
    public static List<Scenario> load(Path file, Map<String, String> overrides) {
        Path absolute = file.toAbsolutePath().normalize();
        return read(
                readFile(file),
                file.toString(),
                overrides,
                new Includes(absolute.getParent(), null, List.of(absolute.toString()), rootFor(absolute.getParent())));
    }

    /** Loads the scenarios of a classpath resource, e.g. {@code scenarios/happy-path.dms.yaml}. */
    public static List<Scenario> loadResource(String resource, Map<String, String> overrides) {
        return read(
                readResource(resource, Source.of(resource, 0)),
                resource,
                overrides,
                new Includes(null, folderOf(resource), List.of(CLASSPATH + resource), rootFor(workingDirectory())));
    }

    /** Reads scenario text directly (for tests and tools); {@code fileName} picks the format. */
    public static List<Scenario> read(String text, String fileName, Map<String, String> overrides) {
        return read(text, fileName, overrides, defaultIncludes());
    }

    /** The include resolver used by scenarios built in code: classpath or working directory. */
    public static ScenarioIncludes defaultIncludes() {
        return new Includes(null, null, List.of(), null);
    }

    private static List<Scenario> read(
            String text, String fileName, Map<String, String> overrides, ScenarioIncludes includes) {
        if (text.length() > MAX_FILE_BYTES) {
            throw new ScenarioLoadException(
                    Source.of(fileName, 0),
                    "the file is larger than " + MAX_FILE_BYTES / 1024 + " KiB",
                    "scenario files are small; split it or check that it is the right file");
        }
        ScenarioReader reader = READERS.stream()
                .filter(r -> r.reads(fileName))
                .findFirst()
                .orElseThrow(() -> new ScenarioLoadException(
                        Source.of(fileName, 0),
                        "not a scenario file name",
                        "name scenario files *.dms.yaml or *.dms.groovy"));
        return reader.read(
                text, fileName, overrides, IncludeNames.checked(includes, reader instanceof YamlScenarioReader));
    }

    /**
     * The folder the includes of a file in {@code folder} must stay in: its project, so that
     * {@code ../blocks/x.dms.yaml} works between the project's folders (see the class comment).
     */
    private static Path rootFor(Path folder) {
        Path project = null;
        for (Path candidate = folder; candidate != null; candidate = candidate.getParent()) {
            if (isProject(candidate)) {
                project = candidate;
            }
        }
        if (project != null) {
            return project;
        }
        Path workingDirectory = workingDirectory();
        return folder.startsWith(workingDirectory) ? workingDirectory : folder;
    }

    private static boolean isProject(Path folder) {
        return PROJECT_MARKERS.stream().anyMatch(marker -> Files.exists(folder.resolve(marker)));
    }

    private static Path workingDirectory() {
        return Path.of("").toAbsolutePath().normalize();
    }

    private static String readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            // Read no more than the limit allows, whatever the file claims to be.
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new ScenarioLoadException(
                        Source.of(file.toString(), 0),
                        "the file is larger than " + MAX_FILE_BYTES / 1024 + " KiB",
                        "scenario files are small; split it or check that it is the right file");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioLoadException(
                    Source.of(file.toString(), 0), "cannot read the file: " + e.getMessage(), null, e);
        }
    }

    private static String readResource(String resource, Source from) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ScenarioLoadException(
                        from,
                        "no classpath resource '" + resource + "'",
                        "check the name and that the jar holding it is a dependency");
            }
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classpath folder of a resource, {@code dms-scenarios/cutover} for {@code dms-scenarios/cutover/a.dms.yaml}. */
    private static String folderOf(String resource) {
        int slash = resource.lastIndexOf('/');
        return slash < 0 ? "" : resource.substring(0, slash);
    }

    /**
     * Resolves includes relative to a directory or, for a file read from the classpath, to its classpath
     * folder (so {@code ../blocks/x.dms.yaml} inside a jar names the jar's own block), remembering the
     * chain to refuse cycles.
     */
    private record Includes(Path directory, String classpathFolder, List<String> chain, Path root)
            implements ScenarioIncludes {

        @Override
        public Scenario load(String given, Map<String, String> parameters, Source includedFrom) {
            String reference = inClasspathFolder(given, includedFrom);
            boolean classpath = reference.startsWith(CLASSPATH);
            String resource = classpath ? reference.substring(CLASSPATH.length()) : null;
            Path path = classpath ? null : insideRoot(resolve(reference), given, includedFrom);
            String key = classpath ? reference : path.toString();
            if (chain.contains(key)) {
                throw new ScenarioLoadException(
                        includedFrom,
                        "include cycle: " + String.join(" → ", chain) + " → " + key,
                        "a building block must not include itself, directly or through others");
            }
            if (chain.size() >= MAX_INCLUDE_DEPTH) {
                throw new ScenarioLoadException(includedFrom, "includes nested deeper than " + MAX_INCLUDE_DEPTH, null);
            }
            List<String> longer = new ArrayList<>(chain);
            longer.add(key);
            List<Scenario> scenarios = classpath
                    ? ScenarioLoader.read(
                            readResource(resource, includedFrom),
                            resource,
                            parameters,
                            new Includes(null, folderOf(resource), longer, root))
                    : ScenarioLoader.read(
                            readIncluded(path, includedFrom),
                            path.toString(),
                            parameters,
                            new Includes(path.getParent(), null, longer, root));
            if (scenarios.size() != 1) {
                throw new ScenarioLoadException(
                        includedFrom,
                        "'" + reference + "' defines " + scenarios.size()
                                + " scenarios; an included file must define exactly one",
                        null);
            }
            return scenarios.get(0);
        }

        /** A relative reference from a classpath file, as a {@code classpath:} reference; others unchanged. */
        private String inClasspathFolder(String reference, Source includedFrom) {
            if (classpathFolder == null
                    || reference.startsWith(CLASSPATH)
                    || Path.of(reference).isAbsolute()) {
                return reference;
            }
            java.net.URI resolved = java.net
                    .URI
                    .create("cp:/" + classpathFolder + (classpathFolder.isEmpty() ? "" : "/"))
                    .resolve(reference.replace('\\', '/'))
                    .normalize();
            String resource = resolved.getPath().substring(1);
            if (resource.startsWith("../")) {
                throw new ScenarioLoadException(
                        includedFrom,
                        "'" + reference + "' leaves the classpath root (from " + classpathFolder + "/)",
                        "give a path inside the jar, or classpath:<resource>");
            }
            return CLASSPATH + resource;
        }

        private Path resolve(String reference) {
            Path candidate = Path.of(reference);
            if (!candidate.isAbsolute() && directory != null && Files.exists(directory.resolve(candidate))) {
                return directory.resolve(candidate).normalize();
            }
            return candidate.toAbsolutePath().normalize();
        }

        private Path insideRoot(Path path, String given, Source includedFrom) {
            if (root != null && !path.startsWith(root)) {
                throw new ScenarioLoadException(
                        includedFrom,
                        "'" + given + "' is " + path + ", outside the scenario root " + root,
                        "include files of the same project, or share them on the classpath: classpath:<resource>");
            }
            return path;
        }

        private static String readIncluded(Path path, Source includedFrom) {
            if (!Files.exists(path)) {
                throw new ScenarioLoadException(
                        includedFrom,
                        "the included file '" + path + "' does not exist",
                        "give a path relative to the including file, or classpath:<resource>");
            }
            if (!Files.isRegularFile(path)) { // a directory, a device or a pipe: never read it
                throw new ScenarioLoadException(
                        includedFrom,
                        "the included file '" + path + "' is not a regular file",
                        "include a *.dms.yaml or *.dms.groovy file");
            }
            return readFile(path);
        }
    }
}
