package io.dmstestkit.simulator.internal.endpoint;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.assessment.PlannedChecks;
import io.dmstestkit.simulator.internal.instance.Instances;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Identifiers;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import io.dmstestkit.simulator.internal.state.SdkCopy;
import io.dmstestkit.simulator.internal.state.Tagging;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.Connection;
import software.amazon.awssdk.services.databasemigration.model.CreateEndpointRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateEndpointResponse;
import software.amazon.awssdk.services.databasemigration.model.DeleteConnectionRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteConnectionResponse;
import software.amazon.awssdk.services.databasemigration.model.DeleteEndpointRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteEndpointResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeConnectionsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeConnectionsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeEndpointsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeEndpointsResponse;
import software.amazon.awssdk.services.databasemigration.model.Endpoint;
import software.amazon.awssdk.services.databasemigration.model.ModifyEndpointRequest;
import software.amazon.awssdk.services.databasemigration.model.ModifyEndpointResponse;
import software.amazon.awssdk.services.databasemigration.model.ReplicationEndpointTypeValue;
import software.amazon.awssdk.services.databasemigration.model.TestConnectionRequest;
import software.amazon.awssdk.services.databasemigration.model.TestConnectionResponse;

/**
 * Endpoints and connection tests. Endpoints are stored as the SDK's {@code Endpoint} shape itself.
 *
 * <p>DMS reports {@code EndpointType} in upper case ({@code SOURCE}/{@code TARGET}) although requests use
 * lower case; the simulator does the same.
 */
public final class EndpointOperations {

    private static final Set<String> NOT_COPIED =
            Set.of("EndpointIdentifier", "EndpointType", "EngineName", "Password", "Tags");

    private EndpointOperations() {}

    public static void register(OperationRegistry registry) {
        registry.register(CreateEndpointRequest.class, EndpointOperations::create)
                .register(DescribeEndpointsRequest.class, EndpointOperations::describe)
                .register(ModifyEndpointRequest.class, EndpointOperations::modify)
                .register(DeleteEndpointRequest.class, EndpointOperations::delete)
                .register(TestConnectionRequest.class, EndpointOperations::testConnection)
                .register(DescribeConnectionsRequest.class, EndpointOperations::describeConnections)
                .register(DeleteConnectionRequest.class, EndpointOperations::deleteConnection);
        EndpointCatalogueOperations.register(registry);
    }

    /** The stored endpoint with this ARN, or ResourceNotFoundFault. */
    public static Endpoint require(OperationContext context, String endpointArn) {
        return endpoints(context)
                .get(endpointArn)
                .orElseThrow(() -> ServiceError.resourceNotFound("Endpoint " + endpointArn + " not found"));
    }

    /**
     * The endpoint {@code member} names, which must be of {@code type} ({@code SOURCE} or {@code TARGET}):
     * ResourceNotFoundFault when it does not exist, InvalidParameterValueException when it is the other type.
     */
    public static Endpoint requireOfType(OperationContext context, String member, String arn, String type) {
        Endpoint endpoint = require(context, arn);
        if (!type.equalsIgnoreCase(endpoint.endpointTypeAsString())) {
            throw ServiceError.invalidParameterValue(member + " " + arn + " is a "
                    + endpoint.endpointTypeAsString().toLowerCase(java.util.Locale.ROOT) + " endpoint; it must be a "
                    + type.toLowerCase(java.util.Locale.ROOT) + " endpoint");
        }
        return endpoint;
    }

    private static ResourceStore<Endpoint> endpoints(OperationContext context) {
        return context.account().store(Endpoint.class);
    }

    private static CreateEndpointResponse create(CreateEndpointRequest request, OperationContext context) {
        String identifier = Identifiers.require("EndpointIdentifier", request.endpointIdentifier());
        requireUniqueIdentifier(context, identifier, null);
        String type = endpointType(request.endpointTypeAsString());
        Endpoint.Builder endpoint = SdkCopy.sharedMembers(request, Endpoint.builder(), NOT_COPIED)
                .endpointIdentifier(identifier)
                .endpointType(type)
                .engineName(request.engineName())
                .engineDisplayName(Engines.displayName(request.engineName()))
                .status("active")
                .kmsKeyId(request.kmsKeyId() != null ? request.kmsKeyId() : defaultKmsKey(context))
                .sslMode(request.sslMode() != null ? request.sslModeAsString() : "none")
                .isReadOnly(false);
        String arn = context.account().ids().newArn("endpoint");
        Endpoint created = endpoints(context).put(arn, endpoint.endpointArn(arn).build());
        Tagging.tagOnCreate(context, arn, request.tags());
        return CreateEndpointResponse.builder().endpoint(created).build();
    }

    private static DescribeEndpointsResponse describe(DescribeEndpointsRequest request, OperationContext context) {
        Filters<Endpoint> filters = Filters.<Endpoint>named("DescribeEndpoints")
                .onKey("endpoint-arn", Endpoint::endpointArn)
                .on(
                        "endpoint-type",
                        e -> List.of(
                                e.endpointTypeAsString(),
                                e.endpointTypeAsString().toLowerCase(Locale.ROOT)))
                .onName("endpoint-id", Endpoint::endpointIdentifier)
                .on("engine-name", e -> List.of(e.engineName()));
        Paging.Page<Endpoint> page = filters.page(
                endpoints(context), request.filters(), request.maxRecords(), request.marker(), "endpoints");
        return DescribeEndpointsResponse.builder()
                .endpoints(page.items())
                .marker(page.nextMarker())
                .build();
    }

    private static ModifyEndpointResponse modify(ModifyEndpointRequest request, OperationContext context) {
        Endpoint existing = require(context, request.endpointArn());
        Endpoint.Builder modified = SdkCopy.sharedMembers(request, existing.toBuilder(), NOT_COPIED);
        if (request.endpointIdentifier() != null) {
            String identifier = Identifiers.require("EndpointIdentifier", request.endpointIdentifier());
            requireUniqueIdentifier(context, identifier, existing.endpointArn());
            modified.endpointIdentifier(identifier);
        }
        if (request.endpointType() != null) {
            modified.endpointType(endpointType(request.endpointTypeAsString()));
        }
        if (request.engineName() != null) {
            modified.engineName(request.engineName()).engineDisplayName(Engines.displayName(request.engineName()));
        }
        Endpoint saved = endpoints(context).put(existing.endpointArn(), modified.build());
        return ModifyEndpointResponse.builder().endpoint(saved).build();
    }

    private static DeleteEndpointResponse delete(DeleteEndpointRequest request, OperationContext context) {
        Endpoint existing = require(context, request.endpointArn());
        context.account().userOfEndpoint(existing.endpointArn()).ifPresent(user -> {
            throw ServiceError.invalidResourceState("Endpoint " + existing.endpointIdentifier() + " is in use by "
                    + user + "; delete or change that first");
        });
        endpoints(context).remove(existing.endpointArn());
        context.account().tags().remove(existing.endpointArn());
        return DeleteEndpointResponse.builder()
                .endpoint(existing.toBuilder().status("deleting").build())
                .build();
    }

    private static TestConnectionResponse testConnection(TestConnectionRequest request, OperationContext context) {
        String instanceStatus =
                Instances.requireStatus(context.account(), request.replicationInstanceArn(), context.now());
        if (!instanceStatus.equals("available")) {
            throw ServiceError.invalidResourceState("Replication instance " + request.replicationInstanceArn() + " is "
                    + instanceStatus + "; a connection can be tested once it is available");
        }
        Endpoint endpoint = require(context, request.endpointArn());
        // A planned DmsIncident.ConnectionTestFailure decides the outcome now; it shows once testing is over.
        String failure = PlannedChecks.of(context.account())
                .connectionFailure(endpoint.endpointArn())
                .map(DmsIncident.ConnectionTestFailure::message)
                .orElse(null);
        ConnectionRecord connection = new ConnectionRecord(
                request.replicationInstanceArn(),
                Instances.identifierOf(context.account(), request.replicationInstanceArn(), context.now()),
                endpoint.endpointArn(),
                endpoint.endpointIdentifier(),
                context.now().plus(context.settings().timings().connectionTest()),
                failure);
        context.account()
                .store(ConnectionRecord.class)
                .put(ConnectionRecord.key(request.replicationInstanceArn(), endpoint.endpointArn()), connection);
        return TestConnectionResponse.builder()
                .connection(connection.toConnection(context.now()))
                .build();
    }

    private static DeleteConnectionResponse deleteConnection(
            DeleteConnectionRequest request, OperationContext context) {
        String key = ConnectionRecord.key(request.replicationInstanceArn(), request.endpointArn());
        ConnectionRecord connection = context.account()
                .store(ConnectionRecord.class)
                .get(key)
                .orElseThrow(() -> ServiceError.resourceNotFound("No connection between replication instance "
                        + request.replicationInstanceArn() + " and endpoint " + request.endpointArn()));
        Connection shown = connection.toConnection(context.now());
        if (shown.status().equals("testing")) {
            throw ServiceError.invalidResourceState(
                    "The connection is being tested; delete it once the test has finished");
        }
        context.account().store(ConnectionRecord.class).remove(key);
        return DeleteConnectionResponse.builder()
                .connection(shown.toBuilder().status("deleting").build())
                .build();
    }

    /** Forgets the connections of a replication instance that is gone. */
    public static void forgetConnectionsOf(AccountState account, String replicationInstanceArn) {
        ResourceStore<ConnectionRecord> connections = account.store(ConnectionRecord.class);
        connections.values().stream()
                .filter(c -> c.replicationInstanceArn().equals(replicationInstanceArn))
                .toList()
                .forEach(c -> connections.remove(ConnectionRecord.key(c.replicationInstanceArn(), c.endpointArn())));
    }

    private static DescribeConnectionsResponse describeConnections(
            DescribeConnectionsRequest request, OperationContext context) {
        Filters<ConnectionRecord> filters = Filters.<ConnectionRecord>named("DescribeConnections")
                .on("endpoint-arn", c -> List.of(c.endpointArn()))
                .on("replication-instance-arn", c -> List.of(c.replicationInstanceArn()));
        Paging.Page<ConnectionRecord> page = filters.page(
                context.account().store(ConnectionRecord.class),
                request.filters(),
                request.maxRecords(),
                request.marker(),
                "connections");
        return DescribeConnectionsResponse.builder()
                .connections(page.items().stream()
                        .map(c -> c.toConnection(context.now()))
                        .toList())
                .marker(page.nextMarker())
                .build();
    }

    private static void requireUniqueIdentifier(OperationContext context, String identifier, String ownArn) {
        endpoints(context)
                .findNamed(
                        identifier,
                        e -> e.endpointIdentifier().equalsIgnoreCase(identifier)
                                && !e.endpointArn().equals(ownArn))
                .ifPresent(e -> {
                    throw ServiceError.alreadyExists("Endpoint with identifier " + identifier + " already exists");
                });
    }

    private static String endpointType(String requested) {
        String lower = requested.toLowerCase(Locale.ROOT);
        if (ReplicationEndpointTypeValue.fromValue(lower) == ReplicationEndpointTypeValue.UNKNOWN_TO_SDK_VERSION) {
            throw ServiceError.invalidParameterValue(
                    "Invalid EndpointType '" + requested + "'. Valid values: source | target");
        }
        return lower.toUpperCase(Locale.ROOT);
    }

    private static String defaultKmsKey(OperationContext context) {
        return "arn:aws:kms:" + context.region() + ":" + context.accountId() + ":key/dms-testkit-default";
    }
}
