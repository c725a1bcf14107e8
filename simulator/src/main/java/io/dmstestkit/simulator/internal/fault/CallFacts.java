package io.dmstestkit.simulator.internal.fault;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a fault may look at to decide whether a call matches: the operation, the caller, the resources
 * the request names, the virtual time, and a way to read a named resource's status.
 */
public record CallFacts(
        String operation,
        String account,
        String region,
        Set<String> resources,
        Instant now,
        Function<String, Optional<String>> statusOf) {}
