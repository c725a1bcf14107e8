package io.dmstestkit.simulator.internal.datamigration;

import io.dmstestkit.simulator.internal.run.RunKind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code DataMigrationStatus} strings, and the {@link RunKind} that tells the shared run model how data
 * migrations name their statuses. The API model types the member as a plain string; the casing (upper
 * case) is an assumption recorded in dms-behavior.md, kept in this one place so it is easy to change.
 */
final class DataMigrationStatus {

    static final String CREATING = "CREATING";
    static final String READY = "READY";
    static final String STARTING = "STARTING";
    static final String RUNNING = "RUNNING";
    static final String STOPPING = "STOPPING";
    static final String STOPPED = "STOPPED";
    static final String FAILED = "FAILED";
    static final String DELETING = "DELETING";

    /** Statuses in which the migration moves data, so incidents can strike and a stop is accepted. */
    static final Set<String> ACTIVE = Set.of(STARTING, RUNNING);

    /** Statuses in which a run is under way: no start, modify or delete until it is over. */
    static final Set<String> IN_FLIGHT = Set.of(STARTING, RUNNING, STOPPING);

    /** Statuses from which StartDataMigration is accepted. */
    static final Set<String> STARTABLE = Set.of(READY, STOPPED, FAILED);

    /** Data migrations: upper-case statuses, {@code STARTING} before {@code RUNNING}, no capacity of their own. */
    static final RunKind KIND = new RunKind(
            "data migration",
            READY,
            timings -> Map.of(STARTING, timings.dataMigrationStartup()),
            RUNNING,
            STOPPING,
            STOPPED,
            FAILED,
            Optional.empty(),
            Set.of());

    private DataMigrationStatus() {}
}
