package io.dmstestkit.wiremock.internal;

import com.github.tomakehurst.wiremock.standalone.MappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.stubbing.StubMappings;
import java.util.List;

/**
 * A mappings source that reads and writes no files. WireMock's default reads
 * {@code src/test/resources/mappings} of the working directory, which would put a project's unrelated
 * stubs (catch-alls included) in front of the simulator.
 */
public final class NoFileMappings implements MappingsSource {

    @Override
    public void loadMappingsInto(StubMappings stubMappings) {}

    @Override
    public void save(List<StubMapping> stubMappings) {}

    @Override
    public void save(StubMapping stubMapping) {}

    @Override
    @SuppressWarnings("removal")
    public void remove(StubMapping stubMapping) {}

    @Override
    public void removeAll() {}
}
