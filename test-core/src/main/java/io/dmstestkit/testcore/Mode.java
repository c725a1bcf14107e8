package io.dmstestkit.testcore;

import org.apiguardian.api.API;

/**
 * What answers the DMS calls.
 *
 * <pre>{@code
 * DmsTestSettings.builder().mode(Mode.STATIC_STUBS).transport(Transport.HTTP).build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public enum Mode {
    /** The stateful simulator answers every call. */
    SIMULATED,
    /**
     * dms-testkit's canned WireMock answers ({@code dms-stubs/mappings} of the wiremock-stubs jar, without its one-shot faults) answer
     * the operations they stub, in front of the simulator, which answers the rest. Stubs of your own go in
     * through {@code session.server().wireMock()} and {@code DmsStubs}. Needs {@link Transport#HTTP}: stubs
     * live in the HTTP server.
     */
    STATIC_STUBS
}
