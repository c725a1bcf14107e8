package io.dmstestkit.benchmarks;

import java.util.function.Predicate;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/** What a lifecycle waits for between two of its commands. */
enum Milestone {
    /** Status {@code running} with the full load at 100 %: the moment a test would stop it. */
    LOADED(r -> "running".equals(r.status())
            && r.replicationStats() != null
            && Integer.valueOf(100).equals(r.replicationStats().fullLoadProgressPercent())),

    /** Status {@code stopped}, when the StopReason is there to read. */
    STOPPED(r -> "stopped".equals(r.status()));

    private final Predicate<Replication> reached;

    Milestone(Predicate<Replication> reached) {
        this.reached = reached;
    }

    boolean reachedBy(Replication replication) {
        return reached.test(replication);
    }
}
