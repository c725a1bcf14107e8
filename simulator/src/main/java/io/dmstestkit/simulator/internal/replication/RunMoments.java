package io.dmstestkit.simulator.internal.replication;

import java.time.Instant;
import java.util.Optional;

/** What an {@link Incident} needs to know of a planned run to find the moment it happens in it. */
public interface RunMoments {

    /** When StartReplication started the run. */
    Instant startedAt();

    /** When this run's full load first reaches {@code percent}; empty when it never passes it. */
    Optional<Instant> timeAtPercent(int percent);

    /** When this run's capacity provisioning would complete; empty when it reuses earlier capacity. */
    Optional<Instant> provisioningEnds();

    /** Whether the run replicates this table. */
    boolean selects(String schema, String table);
}
