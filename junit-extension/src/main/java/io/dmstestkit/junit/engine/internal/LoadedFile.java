package io.dmstestkit.junit.engine.internal;

import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestSource;

/**
 * A scenario file after loading: its scenarios, each with an id unique within the file, or the error that
 * kept it from loading. Loading never throws, so one broken file cannot hide the others.
 *
 * <pre>{@code
 * LoadedFile file = LoadedFile.load(new FileLocation.Classpath("scenarios/orders.dms.yaml"));
 * file.error().ifPresent(e -> …);   // or file.scenarios(), file.ids()
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class LoadedFile {

    private final FileLocation location;
    private final List<Scenario> scenarios;
    private final List<String> ids;
    private final RuntimeException error;

    private LoadedFile(FileLocation location, List<Scenario> scenarios, RuntimeException error) {
        this.location = location;
        this.scenarios = List.copyOf(scenarios);
        this.ids = idsOf(this.scenarios);
        this.error = error;
    }

    public static LoadedFile load(FileLocation location) {
        try {
            return new LoadedFile(location, location.load(), null);
        } catch (RuntimeException e) { // a load error or an unreadable file: either way, this file's test fails
            return new LoadedFile(location, List.of(), e);
        }
    }

    public FileLocation location() {
        return location;
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** The scenarios' ids, in file order: their names, with {@code #2}, {@code #3} … for repeated names. */
    public List<String> ids() {
        return ids;
    }

    public Optional<RuntimeException> error() {
        return Optional.ofNullable(error);
    }

    /** The scenario written at a line: the last one that starts at or before it. */
    public Optional<String> idAt(int line) {
        String found = null;
        for (int i = 0; i < scenarios.size(); i++) {
            Source source = scenarios.get(i).source();
            if (source.isKnown() && source.line() <= line) {
                found = ids.get(i);
            }
        }
        return Optional.ofNullable(found);
    }

    /** Where the load error is, when it is in this file; {@link Source#UNKNOWN} otherwise (e.g. in an included file). */
    public Source errorAt() {
        if (error instanceof ScenarioLoadException loadError
                && loadError.source() != null
                && location.fileName().equals(loadError.source().file())) {
            return loadError.source();
        }
        return Source.UNKNOWN;
    }

    /** The test source of the load error: the file at the error's line, or the file alone. */
    public TestSource errorSource() {
        return location.sourceAt(errorAt());
    }

    private static List<String> idsOf(List<Scenario> scenarios) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            int count = seen.merge(scenario.name(), 1, Integer::sum);
            ids.add(count == 1 ? scenario.name() : scenario.name() + " #" + count);
        }
        return List.copyOf(ids);
    }
}
