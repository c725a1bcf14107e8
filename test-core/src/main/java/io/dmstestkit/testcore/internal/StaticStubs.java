package io.dmstestkit.testcore.internal;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ClasspathFileSource;
import com.github.tomakehurst.wiremock.standalone.JsonFileMappingsSource;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.dmstestkit.wiremock.DmsServer;

/**
 * Puts dms-testkit's canned DMS answers (the mappings shipped in the wiremock-stubs jar under
 * {@value #MAPPINGS}) in front of a server's simulator: their priority (3) beats the simulator's (5), so
 * the operations they stub get canned answers and the rest reach the simulator.
 *
 * <p>Only the normal answers: the library's one-shot fault mappings (WireMock scenarios that refuse the
 * first calls of an operation) would make a test's first calls fail for no reason it can see. Tests arm
 * faults themselves, with the simulator's faults or {@code DmsStubs}.
 *
 * <pre>{@code
 * StaticStubs.load(server);       // DescribeReplications now answers the canned 'orders-cutover'
 * }</pre>
 */
public final class StaticStubs {

    static final String MAPPINGS = "dms-stubs/mappings";

    private StaticStubs() {}

    public static void load(DmsServer server) {
        WireMockServer wireMock = server.wireMock();
        // No FilenameMaker: the source is only read, never written.
        wireMock.loadMappingsUsing(new JsonFileMappingsSource(new ClasspathFileSource(MAPPINGS), null));
        wireMock.listAllStubMappings().getMappings().stream()
                .filter(StaticStubs::isOneShotFault)
                .toList()
                .forEach(wireMock::removeStubMapping);
    }

    /** The library's faults are WireMock scenarios; its normal answers are not. */
    private static boolean isOneShotFault(StubMapping mapping) {
        return mapping.getScenarioName() != null;
    }
}
