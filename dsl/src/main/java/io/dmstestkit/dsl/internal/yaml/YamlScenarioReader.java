package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.ScenarioIncludes;
import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.ScenarioReader;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Source;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code *.dms.yaml} scenario files: the data-only front end, safe to share, mapping onto the
 * same model records as the Java and Groovy DSLs with the same words. Each YAML document
 * ({@code ---}) is one scenario. Every problem is a {@link ScenarioLoadException} with file:line:column.
 *
 * <pre>
 * scenario: orders cut-over
 * replications:
 *   orders: { type: full-load-and-cdc, tables: { public.orders: 2000000 } }
 * steps:
 *   - start: orders
 *   - await: { replication: orders, fullLoad: 100%, within: 2h }
 *   - stop: orders
 *   - expect: { replication: orders, status: stopped, stopReason: NORMAL }
 * </pre>
 */
public final class YamlScenarioReader implements ScenarioReader {

    @Override
    public boolean reads(String fileName) {
        return isYamlScenario(fileName);
    }

    /** Whether {@code fileName} names a YAML scenario file ({@code *.dms.yaml}, {@code *.dms.yml}). */
    public static boolean isYamlScenario(String fileName) {
        return fileName.endsWith(".dms.yaml") || fileName.endsWith(".dms.yml");
    }

    @Override
    public List<Scenario> read(String text, String fileName, Map<String, String> overrides, ScenarioIncludes includes) {
        try {
            return documents(text, fileName).stream()
                    .map(document -> ScenarioDocument.read(document, overrides, includes))
                    .toList();
        } catch (ScenarioLoadException e) {
            throw e;
        } catch (RuntimeException e) {
            // a check the reader did not anticipate: still a load error, never a raw exception
            throw new ScenarioLoadException(
                    new Source(fileName, 1, 1),
                    "cannot read the scenario: " + e.getMessage(),
                    "please report this message to dms-testkit: the YAML reader should have said where",
                    e);
        }
    }

    /** The non-empty YAML documents: a leading or trailing {@code ---} adds no scenario. */
    private static List<Node> documents(String text, String fileName) {
        List<Node> documents = YamlTree.parse(text, fileName).stream()
                .filter(document -> !Values.isEmpty(document))
                .toList();
        if (documents.isEmpty()) {
            throw new ScenarioLoadException(
                    new Source(fileName, 1, 1), "the file is empty", "a scenario file starts with scenario: <name>");
        }
        return documents;
    }
}
