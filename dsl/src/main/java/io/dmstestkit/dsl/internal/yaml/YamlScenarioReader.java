package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.ScenarioIncludes;
import io.dmstestkit.dsl.ScenarioReader;
import io.dmstestkit.dsl.model.Scenario;
import java.util.List;
import java.util.Map;

/** Reads {@code *.dms.yaml} scenario files. */
public final class YamlScenarioReader implements ScenarioReader {

    @Override
    public boolean reads(String fileName) {
        return fileName.endsWith(".dms.yaml") || fileName.endsWith(".dms.yml");
    }

    @Override
    public List<Scenario> read(String text, String fileName, Map<String, String> overrides, ScenarioIncludes includes) {
        throw new UnsupportedOperationException("not yet");
    }
}
