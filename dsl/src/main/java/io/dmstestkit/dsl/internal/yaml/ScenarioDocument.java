package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.ScenarioIncludes;
import io.dmstestkit.dsl.ScenarioLoadException;
import io.dmstestkit.dsl.internal.yaml.Node.Entry;
import io.dmstestkit.dsl.internal.yaml.Node.Mapping;
import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one YAML document into a {@link Scenario}. {@code parameters:} is read first, so that
 * {@code ${name}} works anywhere; resources keep the order they are written in, as Java calls do.
 */
final class ScenarioDocument {

    /** The top-level keys, resources in between: scenario, tags, parameters, dataMigrations, replications, steps. */
    static final List<String> KEYS = keys();

    private final Mapping document;
    private final Values values;
    private final Parameters parameters;
    private final ScenarioIncludes includes;
    private final List<Resource> resources = new ArrayList<>();
    private final Map<String, Source> resourceNames = new HashMap<>();
    private final List<Step> steps = new ArrayList<>();
    private final Set<String> tags = new LinkedHashSet<>();

    private ScenarioDocument(Mapping document, Map<String, String> overrides, ScenarioIncludes includes) {
        this.document = document;
        this.parameters = Parameters.declare(
                document.entry("parameters").map(Entry::value).orElse(null), overrides);
        this.values = new Values(parameters);
        this.includes = includes;
    }

    static Scenario read(Node root, Map<String, String> overrides, ScenarioIncludes includes) {
        if (!(root instanceof Mapping document)) {
            throw new ScenarioLoadException(
                    root.source(),
                    "a scenario file is a mapping of keys such as scenario: and steps:, not " + root.describe(),
                    "start the file with scenario: <name>");
        }
        for (Entry entry : document.entries()) {
            if (!KEYS.contains(entry.name())) {
                throw Problems.unknown(entry.key(), "key", null, KEYS);
            }
        }
        return new ScenarioDocument(document, overrides, includes).read();
    }

    private Scenario read() {
        Entry name = document.entry("scenario")
                .orElseThrow(() -> new ScenarioLoadException(
                        document.source(),
                        "the scenario has no name",
                        "start the file with scenario: <name>, e.g. scenario: orders cut-over"));
        ResourceReader resourceReader = new ResourceReader(values);
        for (Entry entry : document.entries()) {
            Node value = entry.value();
            switch (entry.name()) {
                case "steps" -> steps.addAll(new StepReader(values, includes).steps(value));
                case "tags" -> readTags(value);
                case "scenario", "parameters" -> {} // read above
                default -> resourceReader.read(entry.name(), value).forEach(this::addResource);
            }
        }
        return new Scenario(
                values.text(name.value(), "'scenario'"),
                parameters.values(),
                resources,
                steps,
                tags,
                name.key().source());
    }

    private static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("scenario", "tags", "parameters"));
        keys.addAll(YamlVocabulary.resourceKeys());
        keys.add("steps");
        return List.copyOf(keys);
    }

    private void readTags(Node value) {
        if (!Values.isEmpty(value)) {
            values.texts(value, "a tag").forEach(tag -> tags.add(tag.text()));
        }
    }

    private void addResource(Resource resource) {
        Source first = resourceNames.putIfAbsent(resource.name(), resource.source());
        Resource earlier = resources.stream()
                .filter(r -> r.name().equals(resource.name()))
                .findFirst()
                .orElse(null);
        if (earlier != null && !Resource.kind(earlier).equals(Resource.kind(resource))) {
            throw new ScenarioLoadException(
                    resource.source(),
                    "'" + resource.name() + "' is declared as a " + Resource.kind(earlier) + " (line " + first.line()
                            + ") and as a " + Resource.kind(resource),
                    "steps name what they act on by name alone, so replications, data migrations, tasks and"
                            + " instances need distinct names; rename one of them");
        }
        if (first != null) {
            throw new ScenarioLoadException(
                    resource.source(),
                    "'" + resource.name() + "' is declared twice (first at line " + first.line() + ")",
                    "resources need distinct names, whatever their kind; rename one of them");
        }
        resources.add(resource);
    }
}
