package io.dmstestkit.simulator;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DescribeExtensionPackAssociationsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeExtensionPackAssociationsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelAssessmentsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelAssessmentsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelConversionsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelConversionsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelCreationsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelCreationsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelExportsAsScriptRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelExportsAsScriptResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelExportsToTargetRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelExportsToTargetResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelImportsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelImportsResponse;
import software.amazon.awssdk.services.databasemigration.model.Filter;
import software.amazon.awssdk.services.databasemigration.model.SchemaConversionRequest;
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationWaiter;

/**
 * The nine schema-conversion waiters of the DMS waiter model ({@code waiters-2.json}), in virtual time.
 *
 * <p>When the SDK on the classpath generates a waiter ({@code DatabaseMigrationWaiter.waitUntil<Name>}, found
 * by reflection), that generated waiter runs. SDK 2.42.1, the newest served to this build, predates them, so
 * otherwise the same {@link Waiter} engine runs a copy of the model's definition: the same operation, delay,
 * attempts and acceptors ({@code pathAll Requests[].Status == SUCCESS|CANCELED} → success, {@code pathAny ==
 * FAILED} → failure, anything else → retry). Either way each delay advances the simulator's clock.
 */
final class SchemaConversionWaiters {

    /** One waiter of {@code waiters-2.json}: its name, delay (seconds), attempts and success status. */
    record Definition(String name, int delaySeconds, int maxAttempts, String success) {

        /** The SDK's generated method for this waiter, if this SDK has one. */
        Optional<Method> generated(Class<?> requestType) {
            try {
                return Optional.of(DatabaseMigrationWaiter.class.getMethod("waitUntil" + name, requestType));
            } catch (NoSuchMethodException absent) {
                return Optional.empty();
            }
        }
    }

    static final Definition IMPORTED = new Definition("MetadataModelImported", 60, 30, "SUCCESS");
    static final Definition ASSESSED = new Definition("MetadataModelAssessed", 30, 360, "SUCCESS");
    static final Definition CONVERTED = new Definition("MetadataModelConverted", 30, 240, "SUCCESS");
    static final Definition CONVERSION_CANCELLED =
            new Definition("MetadataModelConversionCancelled", 10, 180, "CANCELED");
    static final Definition CREATED = new Definition("MetadataModelCreated", 15, 40, "SUCCESS");
    static final Definition CREATION_CANCELLED = new Definition("MetadataModelCreationCancelled", 10, 180, "CANCELED");
    static final Definition EXPORTED_AS_SCRIPT = new Definition("MetadataModelExportedAsScript", 20, 90, "SUCCESS");
    static final Definition EXPORTED_TO_TARGET = new Definition("MetadataModelExportedToTarget", 20, 90, "SUCCESS");
    static final Definition EXTENSION_PACK_ASSOCIATED = new Definition("ExtensionPackAssociated", 10, 60, "SUCCESS");

    private final DatabaseMigrationClient dms;
    private final DmsSimulator simulator;
    private final String project;

    SchemaConversionWaiters(DatabaseMigrationClient dms, DmsSimulator simulator, String project) {
        this.dms = dms;
        this.simulator = simulator;
        this.project = project;
    }

    WaiterResponse<DescribeMetadataModelImportsResponse> imported(String requestId) {
        return await(
                IMPORTED,
                DescribeMetadataModelImportsRequest.builder()
                        .migrationProjectIdentifier(project)
                        .filters(byId(requestId))
                        .build(),
                DescribeMetadataModelImportsRequest.class,
                dms::describeMetadataModelImports,
                DescribeMetadataModelImportsResponse.class,
                DescribeMetadataModelImportsResponse::requests);
    }

    WaiterResponse<DescribeMetadataModelAssessmentsResponse> assessed(String requestId) {
        return await(
                ASSESSED,
                DescribeMetadataModelAssessmentsRequest.builder()
                        .migrationProjectIdentifier(project)
                        .filters(byId(requestId))
                        .build(),
                DescribeMetadataModelAssessmentsRequest.class,
                dms::describeMetadataModelAssessments,
                DescribeMetadataModelAssessmentsResponse.class,
                DescribeMetadataModelAssessmentsResponse::requests);
    }

    WaiterResponse<DescribeMetadataModelConversionsResponse> converted(String requestId) {
        return conversions(CONVERTED, requestId);
    }

    WaiterResponse<DescribeMetadataModelConversionsResponse> conversionCancelled(String requestId) {
        return conversions(CONVERSION_CANCELLED, requestId);
    }

    WaiterResponse<DescribeMetadataModelCreationsResponse> created(String requestId) {
        return creations(CREATED, requestId);
    }

    WaiterResponse<DescribeMetadataModelCreationsResponse> creationCancelled(String requestId) {
        return creations(CREATION_CANCELLED, requestId);
    }

    WaiterResponse<DescribeMetadataModelExportsAsScriptResponse> exportedAsScript(String requestId) {
        return await(
                EXPORTED_AS_SCRIPT,
                DescribeMetadataModelExportsAsScriptRequest.builder()
                        .migrationProjectIdentifier(project)
                        .filters(byId(requestId))
                        .build(),
                DescribeMetadataModelExportsAsScriptRequest.class,
                dms::describeMetadataModelExportsAsScript,
                DescribeMetadataModelExportsAsScriptResponse.class,
                DescribeMetadataModelExportsAsScriptResponse::requests);
    }

    WaiterResponse<DescribeMetadataModelExportsToTargetResponse> exportedToTarget(String requestId) {
        return await(
                EXPORTED_TO_TARGET,
                DescribeMetadataModelExportsToTargetRequest.builder()
                        .migrationProjectIdentifier(project)
                        .filters(byId(requestId))
                        .build(),
                DescribeMetadataModelExportsToTargetRequest.class,
                dms::describeMetadataModelExportsToTarget,
                DescribeMetadataModelExportsToTargetResponse.class,
                DescribeMetadataModelExportsToTargetResponse::requests);
    }

    WaiterResponse<DescribeExtensionPackAssociationsResponse> extensionPackAssociated(String requestId) {
        return await(
                EXTENSION_PACK_ASSOCIATED,
                DescribeExtensionPackAssociationsRequest.builder()
                        .migrationProjectIdentifier(project)
                        .filters(byId(requestId))
                        .build(),
                DescribeExtensionPackAssociationsRequest.class,
                dms::describeExtensionPackAssociations,
                DescribeExtensionPackAssociationsResponse.class,
                DescribeExtensionPackAssociationsResponse::requests);
    }

    private WaiterResponse<DescribeMetadataModelConversionsResponse> conversions(Definition definition, String id) {
        return await(
                definition,
                DescribeMetadataModelConversionsRequest.builder()
                        .migrationProjectIdentifier(project)
                        .filters(byId(id))
                        .build(),
                DescribeMetadataModelConversionsRequest.class,
                dms::describeMetadataModelConversions,
                DescribeMetadataModelConversionsResponse.class,
                DescribeMetadataModelConversionsResponse::requests);
    }

    private WaiterResponse<DescribeMetadataModelCreationsResponse> creations(Definition definition, String id) {
        return await(
                definition,
                DescribeMetadataModelCreationsRequest.builder()
                        .migrationProjectIdentifier(project)
                        .filters(byId(id))
                        .build(),
                DescribeMetadataModelCreationsRequest.class,
                dms::describeMetadataModelCreations,
                DescribeMetadataModelCreationsResponse.class,
                DescribeMetadataModelCreationsResponse::requests);
    }

    private static Filter byId(String requestId) {
        return Filter.builder().name("request-id").values(requestId).build();
    }

    private <Q, R> WaiterResponse<R> await(
            Definition definition,
            Q request,
            Class<Q> requestType,
            Function<Q, R> describe,
            Class<R> responseType,
            Function<R, List<SchemaConversionRequest>> requests) {
        Optional<Method> generated = definition.generated(requestType);
        if (generated.isPresent()) {
            return generatedWaiter(definition, generated.get(), request);
        }
        return copiedWaiter(definition, responseType, requests).run(() -> describe.apply(request));
    }

    /** The SDK's own waiter, its delay replaced by the same delay of virtual time. */
    @SuppressWarnings("unchecked")
    <R> WaiterResponse<R> generatedWaiter(Definition definition, Method waitUntil, Object request) {
        try (DatabaseMigrationWaiter waiter = DatabaseMigrationWaiter.builder()
                .client(dms)
                .overrideConfiguration(WaiterOverrideConfiguration.builder()
                        .backoffStrategyV2(virtualDelay(definition))
                        .build())
                .build()) {
            return (WaiterResponse<R>) waitUntil.invoke(waiter, request);
        } catch (InvocationTargetException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (IllegalAccessException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private <R> Waiter<R> copiedWaiter(
            Definition definition, Class<R> type, Function<R, List<SchemaConversionRequest>> requests) {
        Function<R, List<String>> statuses = response -> requests.apply(response).stream()
                .map(SchemaConversionRequest::status)
                .toList();
        return Waiter.builder(type)
                .acceptors(List.of(
                        WaiterAcceptor.successOnResponseAcceptor(response -> {
                            List<String> seen = statuses.apply(response);
                            return !seen.isEmpty() && seen.stream().allMatch(definition.success()::equals);
                        }),
                        WaiterAcceptor.errorOnResponseAcceptor(
                                response -> statuses.apply(response).contains("FAILED"),
                                "A waiter acceptor with the matcher (pathAny) was matched on parameter "
                                        + "(Requests[].Status=FAILED) and transitioned the waiter to failure state"),
                        WaiterAcceptor.retryOnResponseAcceptor(response -> true)))
                .overrideConfiguration(WaiterOverrideConfiguration.builder()
                        .maxAttempts(definition.maxAttempts())
                        .backoffStrategyV2(virtualDelay(definition))
                        .build())
                .build();
    }

    private software.amazon.awssdk.retries.api.BackoffStrategy virtualDelay(Definition definition) {
        return attempt -> {
            simulator.clock().advance(Duration.ofSeconds(definition.delaySeconds()));
            return Duration.ZERO;
        };
    }
}
