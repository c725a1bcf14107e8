package io.dmstestkit.simulator.internal.operations;

import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationRequest;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;

/**
 * Answers one DMS operation: reads the typed SDK request, changes the account state, returns the typed
 * SDK response or throws a {@link io.dmstestkit.simulator.internal.ServiceError}.
 */
@FunctionalInterface
public interface OperationHandler<I extends DatabaseMigrationRequest, O extends DatabaseMigrationResponse> {
    O handle(I request, OperationContext context);
}
