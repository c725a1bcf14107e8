package io.dmstestkit.wiremock;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.dmstestkit.simulator.DmsErrorCode;
import io.dmstestkit.wiremock.internal.stubs.WireResponses;
import java.util.Arrays;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.model.CancelMetadataModelConversionResponse;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationInstanceResponse;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationTaskResponse;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeDataMigrationsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelConversionsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeRecommendationsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstancesResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTasksResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationsResponse;
import software.amazon.awssdk.services.databasemigration.model.StartDataMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.StartMetadataModelConversionResponse;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationResponse;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskResponse;
import software.amazon.awssdk.services.databasemigration.model.StopDataMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.StopReplicationResponse;
import software.amazon.awssdk.services.databasemigration.model.StopReplicationTaskResponse;

/**
 * Canned DMS answers for WireMock stubs, in the exact wire form the AWS SDKs read: member names from the
 * SDK model, {@code TStamp} members as epoch seconds, ISO-8601 where the model says so, and AWS errors
 * with {@code __type}, {@code message} and the {@code x-amzn-ErrorType} header.
 *
 * <pre>{@code
 * server.stubFor(DmsStubs.operation("DescribeReplications")
 *     .willReturn(DmsResponses.describeReplications(replication().status("running").fullLoadProgress(100))));
 * server.stubFor(DmsStubs.operation("StopReplication")
 *     .willReturn(DmsResponses.error(DmsErrorCode.ACCESS_DENIED, "User is not authorized")));
 * server.stubFor(DmsStubs.operation("DescribeEndpoints")
 *     .willReturn(DmsResponses.ok(DescribeEndpointsResponse.builder().endpoints(endpoint).build())));
 * }</pre>
 *
 * <p>Each call returns a new WireMock {@link ResponseDefinitionBuilder}: add delays or headers to it as
 * usual.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsResponses {

    private DmsResponses() {}

    /** A replication to put in an answer; see {@link ReplicationShape}. */
    public static ReplicationShape replication() {
        return new ReplicationShape();
    }

    /** A data migration to put in an answer; see {@link DataMigrationShape}. */
    public static DataMigrationShape dataMigration() {
        return new DataMigrationShape();
    }

    /** A classic replication task to put in an answer; see {@link ReplicationTaskShape}. */
    public static ReplicationTaskShape replicationTask() {
        return new ReplicationTaskShape();
    }

    /** A replication instance to put in an answer; see {@link ReplicationInstanceShape}. */
    public static ReplicationInstanceShape replicationInstance() {
        return new ReplicationInstanceShape();
    }

    /** A DMS Schema Conversion request to put in an answer; see {@link SchemaConversionRequestShape}. */
    public static SchemaConversionRequestShape schemaConversionRequest() {
        return new SchemaConversionRequestShape();
    }

    /** A target recommendation to put in an answer; see {@link RecommendationShape}. */
    public static RecommendationShape recommendation() {
        return new RecommendationShape();
    }

    /**
     * HTTP 200 with any SDK response object as its wire JSON: every operation is covered.
     *
     * <pre>{@code
     * DmsResponses.ok(DeleteReplicationConfigResponse.builder().replicationConfig(config).build());
     * }</pre>
     */
    public static ResponseDefinitionBuilder ok(DatabaseMigrationResponse response) {
        return WireResponses.ok(response);
    }

    /** The answer of {@code DescribeReplications}: these replications, no marker. */
    public static ResponseDefinitionBuilder describeReplications(ReplicationShape... replications) {
        return ok(DescribeReplicationsResponse.builder()
                .replications(
                        Arrays.stream(replications).map(ReplicationShape::build).toList())
                .build());
    }

    /** The answer of {@code StartReplication}. */
    public static ResponseDefinitionBuilder startReplication(ReplicationShape replication) {
        return ok(StartReplicationResponse.builder()
                .replication(replication.build())
                .build());
    }

    /** The answer of {@code StopReplication}. */
    public static ResponseDefinitionBuilder stopReplication(ReplicationShape replication) {
        return ok(StopReplicationResponse.builder()
                .replication(replication.build())
                .build());
    }

    /** The answer of {@code DescribeDataMigrations}: these data migrations, no marker. */
    public static ResponseDefinitionBuilder describeDataMigrations(DataMigrationShape... migrations) {
        return ok(DescribeDataMigrationsResponse.builder()
                .dataMigrations(
                        Arrays.stream(migrations).map(DataMigrationShape::build).toList())
                .build());
    }

    /** The answer of {@code StartDataMigration}. */
    public static ResponseDefinitionBuilder startDataMigration(DataMigrationShape migration) {
        return ok(StartDataMigrationResponse.builder()
                .dataMigration(migration.build())
                .build());
    }

    /** The answer of {@code StopDataMigration}. */
    public static ResponseDefinitionBuilder stopDataMigration(DataMigrationShape migration) {
        return ok(StopDataMigrationResponse.builder()
                .dataMigration(migration.build())
                .build());
    }

    /** The answer of {@code DescribeReplicationTasks}: these tasks, no marker. */
    public static ResponseDefinitionBuilder describeReplicationTasks(ReplicationTaskShape... tasks) {
        return ok(DescribeReplicationTasksResponse.builder()
                .replicationTasks(
                        Arrays.stream(tasks).map(ReplicationTaskShape::build).toList())
                .build());
    }

    /** The answer of {@code CreateReplicationTask}. */
    public static ResponseDefinitionBuilder createReplicationTask(ReplicationTaskShape task) {
        return ok(CreateReplicationTaskResponse.builder()
                .replicationTask(task.build())
                .build());
    }

    /** The answer of {@code StartReplicationTask}. */
    public static ResponseDefinitionBuilder startReplicationTask(ReplicationTaskShape task) {
        return ok(StartReplicationTaskResponse.builder()
                .replicationTask(task.build())
                .build());
    }

    /** The answer of {@code StopReplicationTask}. */
    public static ResponseDefinitionBuilder stopReplicationTask(ReplicationTaskShape task) {
        return ok(StopReplicationTaskResponse.builder()
                .replicationTask(task.build())
                .build());
    }

    /** The answer of {@code DescribeReplicationInstances}: these instances, no marker. */
    public static ResponseDefinitionBuilder describeReplicationInstances(ReplicationInstanceShape... instances) {
        return ok(DescribeReplicationInstancesResponse.builder()
                .replicationInstances(Arrays.stream(instances)
                        .map(ReplicationInstanceShape::build)
                        .toList())
                .build());
    }

    /** The answer of {@code CreateReplicationInstance}. */
    public static ResponseDefinitionBuilder createReplicationInstance(ReplicationInstanceShape instance) {
        return ok(CreateReplicationInstanceResponse.builder()
                .replicationInstance(instance.build())
                .build());
    }

    /**
     * The answer of a DMS Schema Conversion {@code Start…} call ({@code StartMetadataModelImport},
     * {@code …Assessment}, {@code …Conversion}, {@code …Creation}, {@code …ExportAsScript},
     * {@code …ExportToTarget}, {@code StartExtensionPackAssociation}): they all answer only
     * {@code RequestIdentifier}.
     */
    public static ResponseDefinitionBuilder startSchemaConversionRequest(String requestIdentifier) {
        return ok(StartMetadataModelConversionResponse.builder()
                .requestIdentifier(requestIdentifier)
                .build());
    }

    /**
     * The answer of a DMS Schema Conversion {@code Describe…} call ({@code DescribeMetadataModelImports},
     * {@code …Assessments}, {@code …Conversions}, {@code …Creations}, {@code …ExportsAsScript},
     * {@code …ExportsToTarget}, {@code DescribeExtensionPackAssociations}): these requests, no marker. The seven
     * share one wire shape ({@code Requests}), so one answer serves each; their SDK waiters read its
     * {@code Requests[].Status}.
     */
    public static ResponseDefinitionBuilder describeSchemaConversionRequests(SchemaConversionRequestShape... requests) {
        return ok(DescribeMetadataModelConversionsResponse.builder()
                .requests(Arrays.stream(requests)
                        .map(SchemaConversionRequestShape::build)
                        .toList())
                .build());
    }

    /**
     * The answer of {@code CancelMetadataModelConversion} or {@code CancelMetadataModelCreation}: the request,
     * usually with status {@code CANCELED}.
     */
    public static ResponseDefinitionBuilder cancelSchemaConversionRequest(SchemaConversionRequestShape request) {
        return ok(CancelMetadataModelConversionResponse.builder()
                .request(request.build())
                .build());
    }

    /** The answer of {@code DescribeRecommendations}: these recommendations, no next token. */
    public static ResponseDefinitionBuilder describeRecommendations(RecommendationShape... recommendations) {
        return ok(DescribeRecommendationsResponse.builder()
                .recommendations(Arrays.stream(recommendations)
                        .map(RecommendationShape::build)
                        .toList())
                .build());
    }

    /**
     * A DMS error with its usual HTTP status, e.g. {@code error(ACCESS_DENIED, "User is not authorized")}:
     * the SDK throws {@code AccessDeniedException} with that message.
     */
    public static ResponseDefinitionBuilder error(DmsErrorCode error, String message) {
        return WireResponses.error(error.code(), message);
    }

    /** A DMS error with its default message. */
    public static ResponseDefinitionBuilder error(DmsErrorCode error) {
        return WireResponses.error(error.code(), error.defaultMessage());
    }

    /**
     * An error by short name ({@code AccessDenied}), full code ({@code AccessDeniedFault}) or any custom code
     * (HTTP 400, arriving as {@code DatabaseMigrationException} with that code).
     */
    public static ResponseDefinitionBuilder error(String code, String message) {
        return WireResponses.error(code, message);
    }
}
