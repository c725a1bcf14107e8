package io.dmstestkit.junit.engine.internal;

import org.apiguardian.api.API;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/**
 * Builds the engine's descriptor tree: engine → one container per scenario file (or a failing test for a
 * file that does not load) → one test per scenario. Post-discovery filters (tags, …) are applied to this
 * tree by the launcher.
 *
 * <pre>{@code
 * TestDescriptor engine = ScenarioDiscovery.discover(request, uniqueId, "dms-testkit scenarios", folders);
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class ScenarioDiscovery {

    private ScenarioDiscovery() {}

    public static TestDescriptor discover(
            EngineDiscoveryRequest request, UniqueId uniqueId, String displayName, ScanFolders scanFolders) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, displayName);
        EngineDiscoveryRequestResolver.<EngineDescriptor>builder()
                .addSelectorResolver(context ->
                        new ScenarioFileResolver(context.getEngineDescriptor().getUniqueId(), scanFolders))
                .build()
                .resolve(request, engine);
        return engine;
    }
}
