package io.dmstestkit.simulator.internal.operations;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationRequest;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;

/**
 * Every operation of the DMS API, by name, with the handler that simulates it. The list of operations
 * comes from the SDK client interface, so an operation without a handler is still known and answers
 * "not simulated yet" instead of falling through.
 */
public final class OperationRegistry {

    private static final Set<String> ALL_OPERATIONS = discoverOperations();

    private final Map<String, Registration<?, ?>> handlers = new TreeMap<>();

    /** One registered operation: its request type (to decode into) and its handler. */
    public record Registration<I extends DatabaseMigrationRequest, O extends DatabaseMigrationResponse>(
            String operation, Class<I> requestType, OperationHandler<I, O> handler) {

        public O handle(DatabaseMigrationRequest request, OperationContext context) {
            return handler.handle(requestType.cast(request), context);
        }
    }

    /** Registers the handler of the operation named after {@code requestType} (e.g. StartReplicationRequest). */
    public <I extends DatabaseMigrationRequest, O extends DatabaseMigrationResponse> OperationRegistry register(
            Class<I> requestType, OperationHandler<I, O> handler) {
        String operation = requestType.getSimpleName().replaceFirst("Request$", "");
        if (!ALL_OPERATIONS.contains(operation)) {
            throw new IllegalArgumentException(operation + " is not an operation of the DMS API");
        }
        if (handlers.putIfAbsent(operation, new Registration<>(operation, requestType, handler)) != null) {
            throw new IllegalStateException(operation + " has two handlers");
        }
        return this;
    }

    public Optional<Registration<?, ?>> find(String operation) {
        return Optional.ofNullable(handlers.get(operation));
    }

    /** Whether the DMS API has an operation of this name (simulated or not). */
    public static boolean isDmsOperation(String operation) {
        return ALL_OPERATIONS.contains(operation);
    }

    public static Set<String> allOperations() {
        return ALL_OPERATIONS;
    }

    public Set<String> simulatedOperations() {
        return Collections.unmodifiableSet(handlers.keySet());
    }

    private static Set<String> discoverOperations() {
        Set<String> operations = new TreeSet<>();
        for (Method method : DatabaseMigrationClient.class.getMethods()) {
            Class<?>[] parameters = method.getParameterTypes();
            if (!Modifier.isStatic(method.getModifiers())
                    && parameters.length == 1
                    && DatabaseMigrationRequest.class.isAssignableFrom(parameters[0])) {
                operations.add(parameters[0].getSimpleName().replaceFirst("Request$", ""));
            }
        }
        return Collections.unmodifiableSet(operations);
    }
}
