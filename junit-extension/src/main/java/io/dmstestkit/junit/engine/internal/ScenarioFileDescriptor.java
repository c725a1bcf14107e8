package io.dmstestkit.junit.engine.internal;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A scenario file that loaded: a container whose children are its scenarios. Children are added by the
 * resolver (all of them, or only the one a file position or unique id selects).
 *
 * <pre>
 * [engine:dms-scenarios]/[resource:scenarios/orders.dms.yaml]
 * </pre>
 */
@API(status = API.Status.INTERNAL)
public final class ScenarioFileDescriptor extends AbstractTestDescriptor implements Node<ScenarioEngineContext> {

    private final LoadedFile file;

    ScenarioFileDescriptor(UniqueId uniqueId, LoadedFile file) {
        super(uniqueId, file.location().displayName(), file.location().source());
        this.file = file;
    }

    /** The descriptor of a file: a container of scenarios, or a failing test when the file does not load. */
    static TestDescriptor of(UniqueId uniqueId, LoadedFile file) {
        return file.error().isPresent()
                ? new LoadFailureDescriptor(uniqueId, file)
                : new ScenarioFileDescriptor(uniqueId, file);
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    /** A new descriptor for the scenario with this id, if the file has one. */
    Optional<ScenarioDescriptor> scenario(String id) {
        int index = file.ids().indexOf(id);
        return index < 0
                ? Optional.empty()
                : Optional.of(new ScenarioDescriptor(
                        getUniqueId().append(FileLocation.SCENARIO_SEGMENT, id),
                        file.scenarios().get(index),
                        file.location()));
    }

    /** Selectors for the scenario written at a line, or for all scenarios when the line is before the first. */
    Set<DiscoverySelector> scenariosAt(Optional<Integer> line) {
        return line.flatMap(file::idAt)
                .map(id -> Set.of(selectorFor(id)))
                .orElseGet(() -> file.ids().stream()
                        .map(this::selectorFor)
                        .collect(Collectors.toCollection(LinkedHashSet::new))); // children in file order
    }

    private DiscoverySelector selectorFor(String id) {
        return DiscoverySelectors.selectUniqueId(getUniqueId().append(FileLocation.SCENARIO_SEGMENT, id));
    }
}
