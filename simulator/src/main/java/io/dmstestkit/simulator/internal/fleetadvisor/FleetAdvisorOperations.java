package io.dmstestkit.simulator.internal.fleetadvisor;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.databasemigration.model.CollectorResponse;
import software.amazon.awssdk.services.databasemigration.model.CollectorShortInfoResponse;
import software.amazon.awssdk.services.databasemigration.model.CreateFleetAdvisorCollectorRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateFleetAdvisorCollectorResponse;
import software.amazon.awssdk.services.databasemigration.model.DatabaseInstanceSoftwareDetailsResponse;
import software.amazon.awssdk.services.databasemigration.model.DatabaseResponse;
import software.amazon.awssdk.services.databasemigration.model.DatabaseShortInfoResponse;
import software.amazon.awssdk.services.databasemigration.model.DeleteFleetAdvisorCollectorRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteFleetAdvisorCollectorResponse;
import software.amazon.awssdk.services.databasemigration.model.DeleteFleetAdvisorDatabasesRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteFleetAdvisorDatabasesResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeFleetAdvisorCollectorsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeFleetAdvisorCollectorsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeFleetAdvisorDatabasesRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeFleetAdvisorDatabasesResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeFleetAdvisorLsaAnalysisRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeFleetAdvisorLsaAnalysisResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeFleetAdvisorSchemaObjectSummaryRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeFleetAdvisorSchemaObjectSummaryResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeFleetAdvisorSchemasRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeFleetAdvisorSchemasResponse;
import software.amazon.awssdk.services.databasemigration.model.FleetAdvisorLsaAnalysisResponse;
import software.amazon.awssdk.services.databasemigration.model.FleetAdvisorSchemaObjectResponse;
import software.amazon.awssdk.services.databasemigration.model.RunFleetAdvisorLsaAnalysisRequest;
import software.amazon.awssdk.services.databasemigration.model.RunFleetAdvisorLsaAnalysisResponse;
import software.amazon.awssdk.services.databasemigration.model.SchemaResponse;
import software.amazon.awssdk.services.databasemigration.model.SchemaShortInfoResponse;
import software.amazon.awssdk.services.databasemigration.model.ServerShortInfoResponse;

/**
 * Fleet Advisor: collectors that register and report an inventory in virtual time, the databases,
 * schemas and schema objects of that inventory (declared with {@code DmsSimulator.declareFleetDatabases},
 * or derived from the declared tables), and LSA analysis runs.
 */
public final class FleetAdvisorOperations {

    static final int MAX_COLLECTORS = 20;

    private FleetAdvisorOperations() {}

    public static void register(OperationRegistry registry) {
        registry.register(CreateFleetAdvisorCollectorRequest.class, FleetAdvisorOperations::create)
                .register(DeleteFleetAdvisorCollectorRequest.class, FleetAdvisorOperations::delete)
                .register(DescribeFleetAdvisorCollectorsRequest.class, FleetAdvisorOperations::describeCollectors)
                .register(DeleteFleetAdvisorDatabasesRequest.class, FleetAdvisorOperations::deleteDatabases)
                .register(DescribeFleetAdvisorDatabasesRequest.class, FleetAdvisorOperations::describeDatabases)
                .register(DescribeFleetAdvisorSchemasRequest.class, FleetAdvisorOperations::describeSchemas)
                .register(
                        DescribeFleetAdvisorSchemaObjectSummaryRequest.class,
                        FleetAdvisorOperations::describeSchemaObjects)
                .register(RunFleetAdvisorLsaAnalysisRequest.class, FleetAdvisorOperations::runLsa)
                .register(DescribeFleetAdvisorLsaAnalysisRequest.class, FleetAdvisorOperations::describeLsa);
    }

    private static ResourceStore<CollectorRecord> collectors(OperationContext context) {
        return context.account().store(CollectorRecord.class);
    }

    /** A deterministic UUID: ARNs come from the account's seeded generator, so ids repeat run to run. */
    static String newUuid(OperationContext context, String kind) {
        return UUID.nameUUIDFromBytes(
                        context.account().ids().newArn(kind).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    private static CreateFleetAdvisorCollectorResponse create(
            CreateFleetAdvisorCollectorRequest request, OperationContext context) {
        if (request.collectorName().isBlank()) {
            throw ServiceError.invalidParameterValue("CollectorName must not be empty");
        }
        if (!request.serviceAccessRoleArn().startsWith("arn:aws:iam::")) {
            throw ServiceError.invalidParameterValue("ServiceAccessRoleArn '"
                    + ServiceError.echo(request.serviceAccessRoleArn())
                    + "' is not an IAM role ARN (arn:aws:iam::<account>:role/<name>)");
        }
        if (request.s3BucketName().isBlank()) {
            throw new ServiceError("S3ResourceNotFoundFault", 400, "S3BucketName must name an existing bucket");
        }
        if (collectors(context).size() >= MAX_COLLECTORS) {
            throw ServiceError.quotaExceeded("The account already has " + MAX_COLLECTORS + " Fleet Advisor collectors");
        }
        String id = newUuid(context, "fleet-advisor-collector");
        CollectorRecord collector = new CollectorRecord(
                id,
                request.collectorName(),
                request.description(),
                request.serviceAccessRoleArn(),
                request.s3BucketName(),
                context.now());
        collectors(context).put(id, collector);
        return CreateFleetAdvisorCollectorResponse.builder()
                .collectorReferencedId(id)
                .collectorName(collector.name())
                .description(collector.description())
                .serviceAccessRoleArn(collector.serviceAccessRoleArn())
                .s3BucketName(collector.s3BucketName())
                .build();
    }

    private static DeleteFleetAdvisorCollectorResponse delete(
            DeleteFleetAdvisorCollectorRequest request, OperationContext context) {
        if (collectors(context).remove(request.collectorReferencedId()).isEmpty()) {
            throw new ServiceError(
                    "CollectorNotFoundFault",
                    400,
                    "Fleet Advisor collector " + ServiceError.echo(request.collectorReferencedId()) + " not found");
        }
        return DeleteFleetAdvisorCollectorResponse.builder().build();
    }

    private static DescribeFleetAdvisorCollectorsResponse describeCollectors(
            DescribeFleetAdvisorCollectorsRequest request, OperationContext context) {
        List<FleetInventory.Database> inventory = FleetInventory.databases(context.account(), context.now());
        int schemas = inventory.stream().mapToInt(d -> d.schemas().size()).sum();
        List<CollectorResponse> all = collectors(context).values().stream()
                .map(c -> c.describe(context.now(), inventory.size(), schemas))
                .toList();
        List<CollectorResponse> matched = Filters.<CollectorResponse>named("DescribeFleetAdvisorCollectors")
                .on("collector-referenced-id", c -> List.of(c.collectorReferencedId()))
                .on("collector-name", c -> List.of(c.collectorName()))
                .apply(request.filters(), all);
        Paging.Page<CollectorResponse> page = Paging.pageByIndex(matched, request.maxRecords(), request.nextToken());
        return DescribeFleetAdvisorCollectorsResponse.builder()
                .collectors(page.items())
                .nextToken(page.nextMarker())
                .build();
    }

    private static DeleteFleetAdvisorDatabasesResponse deleteDatabases(
            DeleteFleetAdvisorDatabasesRequest request, OperationContext context) {
        if (request.databaseIds().isEmpty()) {
            throw ServiceError.invalidParameterValue("DatabaseIds must name at least one database");
        }
        for (String id : request.databaseIds()) {
            if (FleetInventory.database(context.account(), context.now(), id).isEmpty()) {
                throw ServiceError.resourceNotFound("Fleet Advisor database " + ServiceError.echo(id)
                        + " not found; DescribeFleetAdvisorDatabases lists the discovered ones");
            }
        }
        context.account().deletedFleetDatabases().addAll(request.databaseIds());
        return DeleteFleetAdvisorDatabasesResponse.builder()
                .databaseIds(request.databaseIds())
                .build();
    }

    private static DescribeFleetAdvisorDatabasesResponse describeDatabases(
            DescribeFleetAdvisorDatabasesRequest request, OperationContext context) {
        List<DatabaseResponse> all = FleetInventory.databases(context.account(), context.now()).stream()
                .map(FleetAdvisorOperations::database)
                .toList();
        List<DatabaseResponse> matched = Filters.<DatabaseResponse>named("DescribeFleetAdvisorDatabases")
                .on("database-id", d -> List.of(d.databaseId()))
                .on("database-name", d -> List.of(d.databaseName()))
                .on("database-engine", d -> List.of(d.softwareDetails().engine()))
                .on("server-ip-address", d -> List.of(d.server().ipAddress()))
                .on("database-ip-address", d -> List.of(d.ipAddress()))
                .on(
                        "collector-name",
                        d -> d.collectors().stream()
                                .map(CollectorShortInfoResponse::collectorName)
                                .toList())
                .apply(request.filters(), all);
        Paging.Page<DatabaseResponse> page = Paging.pageByIndex(matched, request.maxRecords(), request.nextToken());
        return DescribeFleetAdvisorDatabasesResponse.builder()
                .databases(page.items())
                .nextToken(page.nextMarker())
                .build();
    }

    /** A discovered database as DescribeFleetAdvisorDatabases lists it (also the admin API's resource dump). */
    public static DatabaseResponse database(FleetInventory.Database database) {
        return DatabaseResponse.builder()
                .databaseId(database.id())
                .databaseName(database.spec().name())
                .ipAddress(database.spec().ipAddress())
                .numberOfSchemas((long) database.schemas().size())
                .server(server(database))
                .softwareDetails(DatabaseInstanceSoftwareDetailsResponse.builder()
                        .engine(database.spec().engine())
                        .engineVersion(database.spec().engineVersion())
                        .osArchitecture(64)
                        .supportLevel("Supported")
                        .build())
                .collectors(database.collectors().stream()
                        .map(c -> CollectorShortInfoResponse.builder()
                                .collectorReferencedId(c.referencedId())
                                .collectorName(c.name())
                                .build())
                        .toList())
                .build();
    }

    private static ServerShortInfoResponse server(FleetInventory.Database database) {
        return ServerShortInfoResponse.builder()
                .serverId(database.spec().server())
                .serverName(database.spec().server())
                .ipAddress(database.spec().ipAddress())
                .build();
    }

    private static DescribeFleetAdvisorSchemasResponse describeSchemas(
            DescribeFleetAdvisorSchemasRequest request, OperationContext context) {
        List<SchemaResponse> all = new ArrayList<>();
        for (FleetInventory.Database database : FleetInventory.databases(context.account(), context.now())) {
            for (FleetInventory.Schema schema : database.schemas()) {
                all.add(schema(database, schema));
            }
        }
        List<SchemaResponse> matched = Filters.<SchemaResponse>named("DescribeFleetAdvisorSchemas")
                .on("complexity", s -> List.of(s.complexity()))
                .on("database-id", s -> List.of(s.databaseInstance().databaseId()))
                .on("database-ip-address", s -> List.of(s.databaseInstance().databaseIpAddress()))
                .on("database-name", s -> List.of(s.databaseInstance().databaseName()))
                .on("database-engine", s -> List.of(s.databaseInstance().databaseEngine()))
                .on("original-schema-name", s -> List.of(s.originalSchema().schemaName()))
                .on("schema-id", s -> List.of(s.schemaId()))
                .on("schema-name", s -> List.of(s.schemaName()))
                .on("server-ip-address", s -> List.of(s.server().ipAddress()))
                .apply(request.filters(), all);
        Paging.Page<SchemaResponse> page = Paging.pageByIndex(matched, request.maxRecords(), request.nextToken());
        return DescribeFleetAdvisorSchemasResponse.builder()
                .fleetAdvisorSchemas(page.items())
                .nextToken(page.nextMarker())
                .build();
    }

    private static SchemaResponse schema(FleetInventory.Database database, FleetInventory.Schema schema) {
        long lines = codeLines(schema);
        return SchemaResponse.builder()
                .schemaId(schema.id())
                .schemaName(schema.name())
                .codeLineCount(lines)
                .codeSize(lines * 40)
                .complexity(lines < 1_000 ? "Simple" : lines < 5_000 ? "Medium" : "Complex")
                .server(server(database))
                .databaseInstance(DatabaseShortInfoResponse.builder()
                        .databaseId(database.id())
                        .databaseName(database.spec().name())
                        .databaseIpAddress(database.spec().ipAddress())
                        .databaseEngine(database.spec().engine())
                        .build())
                // Every schema is its own original: the simulator declares no duplicated schemas.
                .originalSchema(SchemaShortInfoResponse.builder()
                        .schemaId(schema.id())
                        .schemaName(schema.name())
                        .databaseId(database.id())
                        .databaseName(database.spec().name())
                        .databaseIpAddress(database.spec().ipAddress())
                        .build())
                .similarity(1.0)
                .build();
    }

    /** Code lines grow with the tables: triggers, functions and views come with them in real schemas. */
    static long codeLines(FleetInventory.Schema schema) {
        return 200L + 150L * schema.tables();
    }

    private static DescribeFleetAdvisorSchemaObjectSummaryResponse describeSchemaObjects(
            DescribeFleetAdvisorSchemaObjectSummaryRequest request, OperationContext context) {
        List<FleetAdvisorSchemaObjectResponse> all = new ArrayList<>();
        for (FleetInventory.Database database : FleetInventory.databases(context.account(), context.now())) {
            for (FleetInventory.Schema schema : database.schemas()) {
                long tables = Math.max(1, schema.tables());
                all.add(object(schema, "table", tables, 0));
                all.add(object(schema, "view", (tables + 1) / 2, 20 * ((tables + 1) / 2)));
                all.add(object(schema, "function", tables, codeLines(schema) - 20 * ((tables + 1) / 2)));
            }
        }
        List<FleetAdvisorSchemaObjectResponse> matched = Filters.<FleetAdvisorSchemaObjectResponse>named(
                        "DescribeFleetAdvisorSchemaObjectSummary")
                .on("schema-id", o -> List.of(o.schemaId()))
                .apply(request.filters(), all);
        Paging.Page<FleetAdvisorSchemaObjectResponse> page =
                Paging.pageByIndex(matched, request.maxRecords(), request.nextToken());
        return DescribeFleetAdvisorSchemaObjectSummaryResponse.builder()
                .fleetAdvisorSchemaObjects(page.items())
                .nextToken(page.nextMarker())
                .build();
    }

    private static FleetAdvisorSchemaObjectResponse object(
            FleetInventory.Schema schema, String type, long count, long lines) {
        return FleetAdvisorSchemaObjectResponse.builder()
                .schemaId(schema.id())
                .objectType(type)
                .numberOfObjects(count)
                .codeLineCount(lines)
                .codeSize(lines * 40)
                .build();
    }

    private static RunFleetAdvisorLsaAnalysisResponse runLsa(
            RunFleetAdvisorLsaAnalysisRequest request, OperationContext context) {
        if (FleetInventory.databases(context.account(), context.now()).isEmpty()) {
            throw ServiceError.invalidResourceState("No Fleet Advisor inventory to analyze: create a collector and"
                    + " wait until it has reported (LastDataReceived in DescribeFleetAdvisorCollectors)");
        }
        boolean running = context.account().store(LsaAnalysisRecord.class).values().stream()
                .anyMatch(a -> a.statusAt(context.now()).equals("RUNNING"));
        if (running) {
            throw ServiceError.invalidResourceState("An LSA analysis is already running; wait until it is COMPLETED");
        }
        LsaAnalysisRecord analysis = new LsaAnalysisRecord(newUuid(context, "fleet-advisor-lsa"), context.now());
        context.account().store(LsaAnalysisRecord.class).put(analysis.id(), analysis);
        return RunFleetAdvisorLsaAnalysisResponse.builder()
                .lsaAnalysisId(analysis.id())
                .status(analysis.statusAt(context.now()))
                .build();
    }

    private static DescribeFleetAdvisorLsaAnalysisResponse describeLsa(
            DescribeFleetAdvisorLsaAnalysisRequest request, OperationContext context) {
        List<FleetAdvisorLsaAnalysisResponse> all = context.account().store(LsaAnalysisRecord.class).values().stream()
                .map(a -> a.describeAt(context.now()))
                .toList();
        Paging.Page<FleetAdvisorLsaAnalysisResponse> page =
                Paging.pageByIndex(all, request.maxRecords(), request.nextToken());
        return DescribeFleetAdvisorLsaAnalysisResponse.builder()
                .analysis(page.items())
                .nextToken(page.nextMarker())
                .build();
    }
}
