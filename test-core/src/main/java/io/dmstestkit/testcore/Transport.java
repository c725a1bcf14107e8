package io.dmstestkit.testcore;

import org.apiguardian.api.API;

/**
 * How the injected SDK clients reach the simulator.
 *
 * <pre>{@code
 * DmsTestSettings.builder().transport(Transport.HTTP).build();    // a real socket on a free port
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public enum Transport {
    /**
     * The sync client hands requests straight to the simulator, with no socket: the fastest path. What
     * needs a real endpoint (the async client, the endpoint {@code URI}, the admin client, system
     * properties) starts a server on first use.
     */
    IN_PROCESS,
    /** Every client talks HTTP to a server on a free loopback port, as code under test would in production. */
    HTTP
}
