package io.dmstestkit.simulator.internal.schema;

import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.assessment.PlannedChecks;
import io.dmstestkit.simulator.internal.endpoint.EndpointOperations;
import io.dmstestkit.simulator.internal.instance.Instances;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import java.util.Optional;
import java.util.TreeSet;
import software.amazon.awssdk.services.databasemigration.model.DescribeRefreshSchemasStatusRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeRefreshSchemasStatusResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeSchemasRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeSchemasResponse;
import software.amazon.awssdk.services.databasemigration.model.Endpoint;
import software.amazon.awssdk.services.databasemigration.model.RefreshSchemasRequest;
import software.amazon.awssdk.services.databasemigration.model.RefreshSchemasResponse;

/**
 * RefreshSchemas, DescribeRefreshSchemasStatus and DescribeSchemas. A refresh needs an existing endpoint and
 * an {@code available} replication instance; it is {@code refreshing} for a virtual minute, then
 * {@code successful} (or {@code failed} when a schema refresh failure is planned on the endpoint). The
 * schemas are the schema names of the tables declared for the account ({@code DmsSimulator.declareTables}),
 * as DMS would find them in the source; DescribeSchemas answers once a refresh has succeeded.
 */
public final class SchemaOperations {

    private SchemaOperations() {}

    public static void register(OperationRegistry registry) {
        registry.register(RefreshSchemasRequest.class, SchemaOperations::refresh)
                .register(DescribeRefreshSchemasStatusRequest.class, SchemaOperations::status)
                .register(DescribeSchemasRequest.class, SchemaOperations::describe);
    }

    private static ResourceStore<SchemaRefresh> refreshes(OperationContext context) {
        return context.account().store(SchemaRefresh.class);
    }

    /** Stored under a key that is not the endpoint's ARN, so ARN lookups still find the endpoint itself. */
    private static String key(String endpointArn) {
        return "schema-refresh/" + endpointArn.replace(':', '/');
    }

    private static RefreshSchemasResponse refresh(RefreshSchemasRequest request, OperationContext context) {
        Endpoint endpoint = EndpointOperations.require(context, request.endpointArn());
        String instanceStatus =
                Instances.requireStatus(context.account(), request.replicationInstanceArn(), context.now());
        if (!instanceStatus.equals("available")) {
            throw ServiceError.invalidResourceState("Replication instance " + request.replicationInstanceArn() + " is "
                    + instanceStatus + "; schemas can be refreshed once it is available");
        }
        Optional<SchemaRefresh> previous = refreshes(context).get(key(endpoint.endpointArn()));
        if (previous.isPresent() && previous.get().statusAt(context.now()).equals("refreshing")) {
            throw ServiceError.invalidResourceState("The schemas of endpoint " + endpoint.endpointIdentifier()
                    + " are already refreshing; wait until DescribeRefreshSchemasStatus shows successful or failed");
        }
        SchemaRefresh refresh = new SchemaRefresh(
                endpoint.endpointArn(),
                request.replicationInstanceArn(),
                context.now(),
                PlannedChecks.of(context.account())
                        .refreshFailure(endpoint.endpointArn())
                        .map(failure -> failure.message()),
                previous.flatMap(p -> p.refreshDateAt(context.now())));
        refreshes(context).put(key(endpoint.endpointArn()), refresh);
        return RefreshSchemasResponse.builder()
                .refreshSchemasStatus(refresh.statusShapeAt(context.now()))
                .build();
    }

    private static DescribeRefreshSchemasStatusResponse status(
            DescribeRefreshSchemasStatusRequest request, OperationContext context) {
        SchemaRefresh refresh = requireRefresh(context, request.endpointArn());
        return DescribeRefreshSchemasStatusResponse.builder()
                .refreshSchemasStatus(refresh.statusShapeAt(context.now()))
                .build();
    }

    private static DescribeSchemasResponse describe(DescribeSchemasRequest request, OperationContext context) {
        SchemaRefresh refresh = requireRefresh(context, request.endpointArn());
        String status = refresh.statusAt(context.now());
        boolean earlierSchemas =
                status.equals("refreshing") && refresh.previousRefreshDate().isPresent();
        if (!status.equals("successful") && !earlierSchemas) {
            throw ServiceError.invalidResourceState("The schemas of endpoint " + request.endpointArn() + " are "
                    + status + "; DescribeSchemas answers after a successful RefreshSchemas");
        }
        TreeSet<String> schemas = new TreeSet<>();
        context.account().declaredTables().values().stream()
                .map(TableSpec::schema)
                .forEach(schemas::add);
        Paging.Page<String> page =
                Paging.pageByIndex(schemas.stream().toList(), request.maxRecords(), request.marker());
        return DescribeSchemasResponse.builder()
                .schemas(page.items())
                .marker(page.nextMarker())
                .build();
    }

    private static SchemaRefresh requireRefresh(OperationContext context, String endpointArn) {
        Endpoint endpoint = EndpointOperations.require(context, endpointArn);
        return refreshes(context)
                .get(key(endpoint.endpointArn()))
                .orElseThrow(() -> ServiceError.resourceNotFound("The schemas of endpoint "
                        + endpoint.endpointIdentifier() + " were never refreshed; call RefreshSchemas first"));
    }
}
