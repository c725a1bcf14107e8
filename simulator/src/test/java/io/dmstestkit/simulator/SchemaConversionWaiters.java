package io.dmstestkit.simulator;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.core.waiters.Waiter;
import software.amazon.awssdk.core.waiters.WaiterAcceptor;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DescribeExtensionPackAssociationsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelAssessmentsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelConversionsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelCreationsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelExportsAsScriptResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelExportsToTargetResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelImportsResponse;
import software.amazon.awssdk.services.databasemigration.model.SchemaConversionRequest;

/**
 * The nine schema-conversion waiters of the DMS waiter model ({@code waiters-2.json}), run by the SDK's own
 * {@link Waiter} engine exactly as the generated {@code DatabaseMigrationWaiter} runs its waiters: the same
 * operations, delays, attempts and acceptors ({@code pathAll Requests[].Status == SUCCESS|CANCELED} →
 * success, {@code pathAny == FAILED} → failure, anything else → retry). The SDK in this build (2.42.1)
 * predates these waiters in its generated code; the model is the same, so this is what a newer SDK runs.
 * Each delay passes in virtual time: the backoff advances the simulator's clock instead of sleeping.
 */
final class SchemaConversionWaiters {

    private final DatabaseMigrationClient dms;
    private final DmsSimulator simulator;
    private final String project;

    SchemaConversionWaiters(DatabaseMigrationClient dms, DmsSimulator simulator, String project) {
        this.dms = dms;
        this.simulator = simulator;
        this.project = project;
    }

    WaiterResponse<DescribeMetadataModelImportsResponse> imported(String requestId) {
        return waiter(
                        DescribeMetadataModelImportsResponse.class,
                        60,
                        30,
                        "SUCCESS",
                        DescribeMetadataModelImportsResponse::requests)
                .run(() -> dms.describeMetadataModelImports(r -> r.migrationProjectIdentifier(project)
                        .filters(f -> f.name("request-id").values(requestId))));
    }

    WaiterResponse<DescribeMetadataModelAssessmentsResponse> assessed(String requestId) {
        return waiter(
                        DescribeMetadataModelAssessmentsResponse.class,
                        30,
                        360,
                        "SUCCESS",
                        DescribeMetadataModelAssessmentsResponse::requests)
                .run(() -> dms.describeMetadataModelAssessments(r -> r.migrationProjectIdentifier(project)
                        .filters(f -> f.name("request-id").values(requestId))));
    }

    WaiterResponse<DescribeMetadataModelConversionsResponse> converted(String requestId) {
        return waiter(
                        DescribeMetadataModelConversionsResponse.class,
                        30,
                        240,
                        "SUCCESS",
                        DescribeMetadataModelConversionsResponse::requests)
                .run(() -> describeConversions(requestId));
    }

    WaiterResponse<DescribeMetadataModelConversionsResponse> conversionCancelled(String requestId) {
        return waiter(
                        DescribeMetadataModelConversionsResponse.class,
                        10,
                        180,
                        "CANCELED",
                        DescribeMetadataModelConversionsResponse::requests)
                .run(() -> describeConversions(requestId));
    }

    WaiterResponse<DescribeMetadataModelCreationsResponse> created(String requestId) {
        return waiter(
                        DescribeMetadataModelCreationsResponse.class,
                        15,
                        40,
                        "SUCCESS",
                        DescribeMetadataModelCreationsResponse::requests)
                .run(() -> describeCreations(requestId));
    }

    WaiterResponse<DescribeMetadataModelCreationsResponse> creationCancelled(String requestId) {
        return waiter(
                        DescribeMetadataModelCreationsResponse.class,
                        10,
                        180,
                        "CANCELED",
                        DescribeMetadataModelCreationsResponse::requests)
                .run(() -> describeCreations(requestId));
    }

    WaiterResponse<DescribeMetadataModelExportsAsScriptResponse> exportedAsScript(String requestId) {
        return waiter(
                        DescribeMetadataModelExportsAsScriptResponse.class,
                        20,
                        90,
                        "SUCCESS",
                        DescribeMetadataModelExportsAsScriptResponse::requests)
                .run(() -> dms.describeMetadataModelExportsAsScript(r -> r.migrationProjectIdentifier(project)
                        .filters(f -> f.name("request-id").values(requestId))));
    }

    WaiterResponse<DescribeMetadataModelExportsToTargetResponse> exportedToTarget(String requestId) {
        return waiter(
                        DescribeMetadataModelExportsToTargetResponse.class,
                        20,
                        90,
                        "SUCCESS",
                        DescribeMetadataModelExportsToTargetResponse::requests)
                .run(() -> dms.describeMetadataModelExportsToTarget(r -> r.migrationProjectIdentifier(project)
                        .filters(f -> f.name("request-id").values(requestId))));
    }

    WaiterResponse<DescribeExtensionPackAssociationsResponse> extensionPackAssociated(String requestId) {
        return waiter(
                        DescribeExtensionPackAssociationsResponse.class,
                        10,
                        60,
                        "SUCCESS",
                        DescribeExtensionPackAssociationsResponse::requests)
                .run(() -> dms.describeExtensionPackAssociations(r -> r.migrationProjectIdentifier(project)
                        .filters(f -> f.name("request-id").values(requestId))));
    }

    private DescribeMetadataModelConversionsResponse describeConversions(String requestId) {
        return dms.describeMetadataModelConversions(r -> r.migrationProjectIdentifier(project)
                .filters(f -> f.name("request-id").values(requestId)));
    }

    private DescribeMetadataModelCreationsResponse describeCreations(String requestId) {
        return dms.describeMetadataModelCreations(r -> r.migrationProjectIdentifier(project)
                .filters(f -> f.name("request-id").values(requestId)));
    }

    private <R> Waiter<R> waiter(
            Class<R> type,
            int delaySeconds,
            int maxAttempts,
            String success,
            Function<R, List<SchemaConversionRequest>> requests) {
        Function<R, List<String>> statuses = response -> requests.apply(response).stream()
                .map(SchemaConversionRequest::status)
                .toList();
        return Waiter.builder(type)
                .acceptors(List.of(
                        WaiterAcceptor.successOnResponseAcceptor(response -> {
                            List<String> seen = statuses.apply(response);
                            return !seen.isEmpty() && seen.stream().allMatch(success::equals);
                        }),
                        WaiterAcceptor.errorOnResponseAcceptor(
                                response -> statuses.apply(response).contains("FAILED"),
                                "A waiter acceptor with the matcher (pathAny) was matched on parameter "
                                        + "(Requests[].Status=FAILED) and transitioned the waiter to failure state"),
                        WaiterAcceptor.retryOnResponseAcceptor(response -> true)))
                .overrideConfiguration(WaiterOverrideConfiguration.builder()
                        .maxAttempts(maxAttempts)
                        .backoffStrategyV2(attempt -> {
                            simulator.clock().advance(Duration.ofSeconds(delaySeconds));
                            return Duration.ZERO;
                        })
                        .build())
                .build();
    }
}
