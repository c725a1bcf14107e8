package io.dmstestkit.simulator.internal.state;

import java.time.Instant;

/**
 * A stored resource that has a user-chosen name beside its ARN and a status that may change with
 * virtual time. Faults use it to target a resource by name and to apply "while status is …".
 */
public interface NamedResource {
    String arn();

    String name();

    String statusAt(Instant now);
}
