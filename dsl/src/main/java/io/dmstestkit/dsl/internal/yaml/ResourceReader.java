package io.dmstestkit.dsl.internal.yaml;

import io.dmstestkit.dsl.internal.yaml.Node.Entry;
import io.dmstestkit.dsl.model.Resource;
import java.util.List;

/**
 * Reads a resource key ({@code replications:}, {@code dataMigrations:}, …): names mapped to options,
 * each declared by the ScenarioSpec method Java and Groovy call ({@link SpecCalls#resource}), so the
 * options, defaults and checks are the spec's own.
 *
 * <pre>
 * replications:
 *   orders: { type: full-load-and-cdc, tables: { public.orders: 2000000 }, maxCapacityUnits: 16 }
 * </pre>
 */
final class ResourceReader {

    private final Values values;
    private final SpecCalls calls;

    ResourceReader(Values values) {
        this.values = values;
        this.calls = new SpecCalls(values);
    }

    List<Resource> read(String key, Node node) {
        String method = YamlVocabulary.resourceMethod(key);
        return values.mapping(node, "'" + key + "'", key + ": { orders: { … } }").entries().stream()
                .map(entry -> resource(method, entry))
                .toList();
    }

    private Resource resource(String method, Entry entry) {
        String name = values.text(entry.key(), "a name");
        return calls.resource(method, name, entry.value(), entry.key().source());
    }
}
