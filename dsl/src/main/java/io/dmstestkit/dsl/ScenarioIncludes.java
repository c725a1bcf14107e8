package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Source;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Loads the scenario an {@code include} names: {@code classpath:blocks/x.dms.yaml}, or a path (relative
 * paths are resolved against the including file, then the working directory).
 */
@API(status = API.Status.EXPERIMENTAL)
@FunctionalInterface
public interface ScenarioIncludes {
    Scenario load(String reference, Map<String, String> parameters, Source includedFrom);
}
