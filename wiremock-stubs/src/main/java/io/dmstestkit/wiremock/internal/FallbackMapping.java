package io.dmstestkit.wiremock.internal;

import com.github.tomakehurst.wiremock.extension.MappingsLoaderExtension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;

/**
 * Loads {@link SimulatorStub#fallback} into a server that is a DMS endpoint only, on start and on every
 * reset to default mappings, so that no request gets WireMock's plain-text "Request was not matched".
 */
public final class FallbackMapping implements MappingsLoaderExtension {

    @Override
    public String getName() {
        return "dms-not-a-dms-call";
    }

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {
        StubMapping mapping = SimulatorStub.fallback(SimulatorStub.TRANSFORMER_NAME);
        if (stubMappings.get(mapping.getId()).isPresent()) {
            stubMappings.editMapping(mapping);
        } else {
            stubMappings.addMapping(mapping);
        }
    }
}
