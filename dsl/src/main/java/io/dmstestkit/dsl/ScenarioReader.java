package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.Scenario;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** A front end that reads scenario files of one format (YAML, Groovy) into the scenario model. */
@API(status = API.Status.INTERNAL)
public interface ScenarioReader {

    /** Whether this reader reads files with this name (by extension). */
    boolean reads(String fileName);

    /**
     * Reads one file.
     *
     * @param text the file's content
     * @param fileName the name used in messages and source locations
     * @param overrides parameter values that replace the declared defaults
     * @param includes resolves the files an include names
     * @throws ScenarioLoadException with file:line:column when the file is not a valid scenario
     */
    List<Scenario> read(String text, String fileName, Map<String, String> overrides, ScenarioIncludes includes);
}
