package io.dmstestkit.dsl.internal.groovy;

import io.dmstestkit.dsl.ScenarioIncludes;
import io.dmstestkit.dsl.ScenarioReader;
import io.dmstestkit.dsl.model.Scenario;
import java.util.List;
import java.util.Map;

/** Reads {@code *.dms.groovy} scenario files. */
public final class GroovyScenarioReader implements ScenarioReader {

    @Override
    public boolean reads(String fileName) {
        return fileName.endsWith(".dms.groovy");
    }

    @Override
    public List<Scenario> read(String text, String fileName, Map<String, String> overrides, ScenarioIncludes includes) {
        throw new UnsupportedOperationException("not yet");
    }
}
