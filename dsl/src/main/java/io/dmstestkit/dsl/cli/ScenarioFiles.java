package io.dmstestkit.dsl.cli;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.model.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads the scenario files named on the command line (files or directories), keeping load errors as results. */
final class ScenarioFiles {

    /** One file's scenarios, or the error that kept it from loading. */
    record Loaded(Path file, List<Scenario> scenarios, ScenarioLoadException error) {}

    /** How the loader says a {@code classpath:} resource is missing. */
    private static final String CLASSPATH_NOT_FOUND = "no classpath resource";

    private ScenarioFiles() {}

    static List<Loaded> load(List<Path> paths, Map<String, String> parameters) {
        List<Loaded> loaded = new ArrayList<>();
        for (Path path : paths) {
            List<Path> files;
            try {
                files = ScenarioLoader.discover(path);
            } catch (ScenarioLoadException e) {
                loaded.add(new Loaded(path, List.of(), e));
                continue;
            }
            for (Path file : files) {
                try {
                    loaded.add(new Loaded(file, ScenarioLoader.load(file, parameters), null));
                } catch (ScenarioLoadException e) {
                    loaded.add(new Loaded(file, List.of(), withCommandLineHint(e)));
                }
            }
        }
        return loaded;
    }

    /** A {@code classpath:} include that is not found: on the command line, the fix is {@code --classpath}. */
    private static ScenarioLoadException withCommandLineHint(ScenarioLoadException e) {
        if (e.problem() == null || !e.problem().startsWith(CLASSPATH_NOT_FOUND)) {
            return e;
        }
        return new ScenarioLoadException(
                e.source(),
                e.problem(),
                "check the name, and give the jar or folder that holds it with --classpath <jar>",
                e);
    }

    /** Parameter names given on the command line that no loaded scenario declares. */
    static Set<String> undeclared(Map<String, String> parameters, List<Loaded> loaded) {
        Set<String> unknown = new LinkedHashSet<>(parameters.keySet());
        loaded.stream()
                .flatMap(l -> l.scenarios().stream())
                .forEach(s -> unknown.removeAll(s.parameters().keySet()));
        return unknown;
    }
}
