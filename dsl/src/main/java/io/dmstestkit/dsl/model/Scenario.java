package io.dmstestkit.dsl.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A scenario: what to create, what to do, what must come out. Built by the Java, Groovy or YAML front
 * end; run by {@link io.dmstestkit.dsl.ScenarioRunner}.
 *
 * @param name what the scenario is called in reports
 * @param parameters the effective parameter values it was built with (defaults, then overrides)
 * @param resources the replications and data migrations created before the steps
 * @param steps what happens, in order
 * @param tags labels for selecting scenarios (e.g. {@code smoke})
 * @param source where the scenario starts
 */
@API(status = API.Status.EXPERIMENTAL)
public record Scenario(
        String name,
        Map<String, String> parameters,
        List<Resource> resources,
        List<Step> steps,
        Set<String> tags,
        Source source) {

    public Scenario {
        Invariants.text(name, "the scenario's name", "e.g. scenario(\"orders cut-over\")");
        Map<String, Resource> names = new java.util.HashMap<>();
        for (Resource resource : resources) {
            Resource first = names.putIfAbsent(resource.name(), resource);
            if (first != null && !Resource.kind(first).equals(Resource.kind(resource))) {
                throw new IllegalArgumentException(Resource.kindClash(first, resource));
            }
            if (first != null) {
                throw new IllegalArgumentException("'" + resource.name() + "' is declared twice (again at "
                        + resource.source() + "); replications and data migrations need distinct names");
            }
        }
        parameters = Map.copyOf(parameters);
        resources = List.copyOf(resources);
        steps = List.copyOf(steps);
        tags = Set.copyOf(tags);
    }

    /** The resource of this name, among this scenario's and those of the scenarios it includes. */
    public Optional<Resource> resource(String resourceName) {
        for (Resource resource : resources) {
            if (resource.name().equals(resourceName)) {
                return Optional.of(resource);
            }
        }
        for (Step step : steps) {
            if (step instanceof Step.Include include) {
                Optional<Resource> found = include.included().resource(resourceName);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
