package io.dmstestkit.simulator.internal.schemaconversion;

import io.dmstestkit.simulator.internal.operations.OperationRegistry;

/**
 * DMS Schema Conversion on the migration projects data migrations use: the request operations (start,
 * describe, cancel) and the model operations (metadata tree, configuration, selection rules, reports).
 */
public final class SchemaConversionOperations {

    private SchemaConversionOperations() {}

    public static void register(OperationRegistry registry) {
        RequestOperations.register(registry);
        ModelOperations.register(registry);
    }
}
