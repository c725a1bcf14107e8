package io.dmstestkit.simulator.internal.state;

import java.time.Instant;
import java.util.Optional;

/** A resource whose state changes by itself over virtual time, e.g. a replication that is starting. */
public interface Scheduled {
    /** The first planned change strictly after {@code now}, if any. */
    Optional<Instant> nextChangeAfter(Instant now);
}
