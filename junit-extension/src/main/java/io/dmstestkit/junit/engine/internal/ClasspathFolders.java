package io.dmstestkit.junit.engine.internal;

import io.dmstestkit.dsl.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Finds scenario files (as classpath resource names) under a folder, in directories and jars alike.
 * Written against the JDK rather than JUnit's newer resource scanning, so the engine also works with the
 * older JUnit Platform versions that frameworks such as Spring Boot pin.
 *
 * <pre>{@code
 * ClasspathFolders.scenarioFiles(loader, "scenarios");   // [scenarios/a.dms.yaml, scenarios/sub/b.dms.groovy]
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class ClasspathFolders {

    private ClasspathFolders() {}

    /** The class loader scenario resources are read with, the same one {@link ScenarioLoader} uses. */
    public static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : ClasspathFolders.class.getClassLoader();
    }

    /** A folder or resource name as class loaders want it: no leading or trailing slash, {@code ""} for the root. */
    public static String normalize(String name) {
        String trimmed = name.trim().replace('\\', '/');
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.equals(".") ? "" : trimmed;
    }

    /** The scenario files under a folder, recursively, in every classpath root the loader sees; sorted. */
    public static List<String> scenarioFiles(ClassLoader loader, String folder) {
        String normalized = normalize(folder);
        TreeSet<String> names = new TreeSet<>();
        try {
            for (URL url : Collections.list(loader.getResources(normalized))) {
                names.addAll(inLocation(url, normalized));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list classpath folder '" + normalized + "'", e);
        }
        return List.copyOf(names);
    }

    /** The scenario files under a folder of one classpath root, a directory or a jar; sorted. */
    public static List<String> scenarioFiles(URI classpathRoot, String folder) {
        if (!"file".equals(classpathRoot.getScheme())) {
            return List.of(); // e.g. jrt: the JDK holds no scenarios
        }
        String normalized = normalize(folder);
        Path root = Path.of(classpathRoot);
        if (Files.isDirectory(root)) {
            return inDirectory(normalized.isEmpty() ? root : root.resolve(normalized), normalized);
        }
        return Files.isRegularFile(root) ? inJar(root, normalized) : List.of();
    }

    private static List<String> inLocation(URL url, String folder) {
        try {
            return switch (url.getProtocol()) {
                case "file" -> inDirectory(Path.of(url.toURI()), folder);
                case "jar" ->
                    inJar(
                            Path.of(((JarURLConnection) url.openConnection())
                                    .getJarFileURL()
                                    .toURI()),
                            folder);
                default -> List.of(); // e.g. jrt: the JDK holds no scenarios
            };
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list scenario files in " + url, e);
        }
    }

    private static List<String> inDirectory(Path directory, String folder) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        String prefix = folder.isEmpty() ? "" : folder + "/";
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file ->
                            ScenarioLoader.isScenarioFile(file.getFileName().toString()))
                    .map(file -> prefix + directory.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list scenario files in " + directory, e);
        }
    }

    private static List<String> inJar(Path jar, String folder) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream()
                    .filter(entry -> !entry.isDirectory())
                    .map(entry -> entry.getName())
                    .filter(name -> name.startsWith(prefix))
                    .filter(name -> ScenarioLoader.isScenarioFile(name.substring(name.lastIndexOf('/') + 1)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list scenario files in " + jar, e);
        }
    }
}
