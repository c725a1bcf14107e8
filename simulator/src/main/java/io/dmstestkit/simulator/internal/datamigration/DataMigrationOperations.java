package io.dmstestkit.simulator.internal.datamigration;

import io.dmstestkit.simulator.internal.operations.OperationRegistry;

/**
 * Homogeneous data migrations and their prerequisites: instance profiles, data providers, migration
 * projects. Each family registers its own handlers; {@link DataMigrations} is the way in for the rest of
 * the simulator.
 */
public final class DataMigrationOperations {

    private DataMigrationOperations() {}

    public static void register(OperationRegistry registry) {
        InstanceProfileOperations.register(registry);
        DataProviderOperations.register(registry);
        MigrationProjectOperations.register(registry);
        DataMigrationDefinitionOperations.register(registry);
        DataMigrationRunOperations.register(registry);
    }
}
