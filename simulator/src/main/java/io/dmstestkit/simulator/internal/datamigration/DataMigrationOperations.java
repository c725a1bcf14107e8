package io.dmstestkit.simulator.internal.datamigration;

import io.dmstestkit.simulator.internal.operations.OperationRegistry;

/** Homogeneous data migrations and their prerequisites: instance profiles, data providers, migration projects. */
public final class DataMigrationOperations {

    private DataMigrationOperations() {}

    public static void register(OperationRegistry registry) {
        // handlers are registered here
    }
}
