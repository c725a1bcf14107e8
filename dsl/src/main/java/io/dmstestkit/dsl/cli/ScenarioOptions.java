package io.dmstestkit.dsl.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code run} and {@code check} share: the files, parameter overrides, and a classpath for
 * {@code classpath:} includes from shared scenario jars.
 */
final class ScenarioOptions {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Scenario files, or directories to search.")
    List<Path> paths;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Override a scenario parameter.")
    Map<String, String> parameters = Map.of();

    @Option(
            names = {"--classpath", "-cp"},
            paramLabel = "JARS_OR_DIRS",
            split = "${sys:path.separator}",
            description = "Jars or folders (separated by '${sys:path.separator}') where classpath: includes are"
                    + " found, e.g. a team's shared scenarios jar.")
    List<Path> classpath = List.of();

    /** Runs {@code loading} with the extra classpath visible to classpath: includes. */
    <T> T withClasspath(Supplier<T> loading) {
        if (classpath.isEmpty()) {
            return loading.get();
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader extra = new URLClassLoader(urls(), previous)) {
            thread.setContextClassLoader(extra);
            return loading.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private URL[] urls() {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            if (!Files.exists(entry)) {
                throw new IllegalArgumentException("--classpath entry " + entry + " does not exist");
            }
            try {
                urls.add(entry.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("--classpath entry " + entry + " is not a file path", e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    @Override
    public String toString() {
        return String.join(
                File.pathSeparator, classpath.stream().map(Path::toString).toList());
    }
}
