package io.dmstestkit.dsl.internal;

import io.dmstestkit.dsl.ScenarioIncludes;
import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.internal.yaml.YamlScenarioReader;
import org.apiguardian.api.API;

/**
 * Checks the name an {@code include} gives before anything is resolved or read: it must name a scenario
 * file, and a YAML scenario may include YAML files only, so that a YAML file stays data only however its
 * building blocks are written.
 *
 * <pre>{@code
 * ScenarioIncludes includes = IncludeNames.checked(resolver, true);
 * includes.load("blocks/helper.dms.groovy", Map.of(), at);  // refused: a YAML scenario includes YAML only
 * includes.load("/etc/passwd", Map.of(), at);                // refused: not a scenario file
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class IncludeNames {

    private static final String CLASSPATH = "classpath:";

    private IncludeNames() {}

    /** {@code includes}, refusing names that are not scenario files ({@code yamlOnly}: not YAML files). */
    public static ScenarioIncludes checked(ScenarioIncludes includes, boolean yamlOnly) {
        return (reference, parameters, includedFrom) -> {
            String name = reference.startsWith(CLASSPATH) ? reference.substring(CLASSPATH.length()) : reference;
            if (name.indexOf('\0') >= 0 || !ScenarioLoader.isScenarioFile(name)) {
                throw new ScenarioLoadException(
                        includedFrom,
                        "'" + printable(reference) + "' is not a scenario file",
                        yamlOnly
                                ? "include *.dms.yaml files: a path relative to this file, or classpath:<resource>"
                                : "include *.dms.yaml or *.dms.groovy files: a path relative to this file, or"
                                        + " classpath:<resource>");
            }
            if (yamlOnly && !YamlScenarioReader.isYamlScenario(name)) {
                throw new ScenarioLoadException(
                        includedFrom,
                        "a YAML scenario includes YAML files only, not '" + printable(reference) + "'",
                        "YAML scenarios are data only; write the block as *.dms.yaml, or include it from a"
                                + " *.dms.groovy scenario");
            }
            return includes.load(reference, parameters, includedFrom);
        };
    }

    /** The name as it can be shown in a message: control characters escaped, at most 200 characters. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return name.codePointCount(0, name.length()) > 200 ? shown + "…" : shown.toString();
    }
}
