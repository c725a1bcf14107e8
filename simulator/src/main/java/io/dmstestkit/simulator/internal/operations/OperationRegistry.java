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

    /**
     * The operations of the SDK this was built against, by name ({@code OperationRegistryTest} keeps the list
     * equal to the client interface). Checking a name against it loads no class: reflecting over
     * {@code DatabaseMigrationClient} loads every request, response, paginator and waiter type of the API
     * (about 400 classes), so that happens only for a name
     * not in this list (a newer SDK's operation, or no operation at all) or when the whole set is asked for.
     */
    static final Set<String> KNOWN_OPERATIONS = Set.of(
            "AddTagsToResource",
            "ApplyPendingMaintenanceAction",
            "BatchStartRecommendations",
            "CancelMetadataModelConversion",
            "CancelMetadataModelCreation",
            "CancelReplicationTaskAssessmentRun",
            "CreateDataMigration",
            "CreateDataProvider",
            "CreateEndpoint",
            "CreateEventSubscription",
            "CreateFleetAdvisorCollector",
            "CreateInstanceProfile",
            "CreateMigrationProject",
            "CreateReplicationConfig",
            "CreateReplicationInstance",
            "CreateReplicationSubnetGroup",
            "CreateReplicationTask",
            "DeleteCertificate",
            "DeleteConnection",
            "DeleteDataMigration",
            "DeleteDataProvider",
            "DeleteEndpoint",
            "DeleteEventSubscription",
            "DeleteFleetAdvisorCollector",
            "DeleteFleetAdvisorDatabases",
            "DeleteInstanceProfile",
            "DeleteMigrationProject",
            "DeleteReplicationConfig",
            "DeleteReplicationInstance",
            "DeleteReplicationSubnetGroup",
            "DeleteReplicationTask",
            "DeleteReplicationTaskAssessmentRun",
            "DescribeAccountAttributes",
            "DescribeApplicableIndividualAssessments",
            "DescribeCertificates",
            "DescribeConnections",
            "DescribeConversionConfiguration",
            "DescribeDataMigrations",
            "DescribeDataProviders",
            "DescribeEndpointSettings",
            "DescribeEndpointTypes",
            "DescribeEndpoints",
            "DescribeEngineVersions",
            "DescribeEventCategories",
            "DescribeEventSubscriptions",
            "DescribeEvents",
            "DescribeExtensionPackAssociations",
            "DescribeFleetAdvisorCollectors",
            "DescribeFleetAdvisorDatabases",
            "DescribeFleetAdvisorLsaAnalysis",
            "DescribeFleetAdvisorSchemaObjectSummary",
            "DescribeFleetAdvisorSchemas",
            "DescribeInstanceProfiles",
            "DescribeMetadataModel",
            "DescribeMetadataModelAssessments",
            "DescribeMetadataModelChildren",
            "DescribeMetadataModelConversions",
            "DescribeMetadataModelCreations",
            "DescribeMetadataModelExportsAsScript",
            "DescribeMetadataModelExportsToTarget",
            "DescribeMetadataModelImports",
            "DescribeMigrationProjects",
            "DescribeOrderableReplicationInstances",
            "DescribePendingMaintenanceActions",
            "DescribeRecommendationLimitations",
            "DescribeRecommendations",
            "DescribeRefreshSchemasStatus",
            "DescribeReplicationConfigs",
            "DescribeReplicationInstanceTaskLogs",
            "DescribeReplicationInstances",
            "DescribeReplicationSubnetGroups",
            "DescribeReplicationTableStatistics",
            "DescribeReplicationTaskAssessmentResults",
            "DescribeReplicationTaskAssessmentRuns",
            "DescribeReplicationTaskIndividualAssessments",
            "DescribeReplicationTasks",
            "DescribeReplications",
            "DescribeSchemas",
            "DescribeTableStatistics",
            "ExportMetadataModelAssessment",
            "GetTargetSelectionRules",
            "ImportCertificate",
            "ListTagsForResource",
            "ModifyConversionConfiguration",
            "ModifyDataMigration",
            "ModifyDataProvider",
            "ModifyEndpoint",
            "ModifyEventSubscription",
            "ModifyInstanceProfile",
            "ModifyMigrationProject",
            "ModifyReplicationConfig",
            "ModifyReplicationInstance",
            "ModifyReplicationSubnetGroup",
            "ModifyReplicationTask",
            "MoveReplicationTask",
            "RebootReplicationInstance",
            "RefreshSchemas",
            "ReloadReplicationTables",
            "ReloadTables",
            "RemoveTagsFromResource",
            "RunFleetAdvisorLsaAnalysis",
            "StartDataMigration",
            "StartExtensionPackAssociation",
            "StartMetadataModelAssessment",
            "StartMetadataModelConversion",
            "StartMetadataModelCreation",
            "StartMetadataModelExportAsScript",
            "StartMetadataModelExportToTarget",
            "StartMetadataModelImport",
            "StartRecommendations",
            "StartReplication",
            "StartReplicationTask",
            "StartReplicationTaskAssessment",
            "StartReplicationTaskAssessmentRun",
            "StopDataMigration",
            "StopReplication",
            "StopReplicationTask",
            "TestConnection",
            "UpdateSubscriptionsToEventBridge");

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
        if (!isDmsOperation(operation)) {
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
        return KNOWN_OPERATIONS.contains(operation) || Discovered.OPERATIONS.contains(operation);
    }

    /** Every operation of the SDK client on the class path (reflects over it on first use). */
    public static Set<String> allOperations() {
        return Discovered.OPERATIONS;
    }

    public Set<String> simulatedOperations() {
        return Collections.unmodifiableSet(handlers.keySet());
    }

    /** The operations of the client interface on the class path, found on first use (holder idiom). */
    private static final class Discovered {
        static final Set<String> OPERATIONS = discoverOperations();

        private Discovered() {}
    }

    static Set<String> discoverOperations() {
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
