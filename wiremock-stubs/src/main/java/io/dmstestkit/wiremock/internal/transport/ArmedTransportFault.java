package io.dmstestkit.wiremock.internal.transport;

import java.util.Optional;

/**
 * A transport fault armed in a WireMock server, read back from its stubs.
 *
 * @param remaining how many more calls it fails; empty when it fails every matching call
 */
public record ArmedTransportFault(String id, TransportFaultDefinition definition, Optional<Integer> remaining) {}
