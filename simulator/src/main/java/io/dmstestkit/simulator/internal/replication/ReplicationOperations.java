package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.internal.operations.OperationRegistry;

/** Serverless replications: replication configs, starting, stopping, progress and table statistics. */
public final class ReplicationOperations {

    private ReplicationOperations() {}

    public static void register(OperationRegistry registry) {
        // handlers are registered here
    }
}
