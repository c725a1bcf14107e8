package io.dmstestkit.wiremock;

import io.dmstestkit.wiremock.internal.stubs.ExampleArns;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.model.SchemaConversionRequest;

/**
 * A canned DMS Schema Conversion request (a metadata-model import, assessment, conversion, creation, export,
 * or an extension pack association) for static stubs, built on the SDK's own {@link SchemaConversionRequest}
 * model. Start from {@link DmsResponses#schemaConversionRequest()}.
 *
 * <pre>{@code
 * SchemaConversionRequestShape failed = DmsResponses.schemaConversionRequest()
 *     .requestIdentifier("conversion-1")
 *     .status("FAILED")
 *     .errorMessage("Unsupported data type SDO_GEOMETRY");
 * server.stubFor(DmsStubs.operation("DescribeMetadataModelConversions")
 *     .willReturn(DmsResponses.describeSchemaConversionRequests(failed)));
 * }</pre>
 *
 * <p>Defaults: request identifier {@code request-1}, status {@code SUCCESS}, the ARN of migration project
 * {@code project-1} (the same one {@link DataMigrationShape} names).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class SchemaConversionRequestShape {

    private final SchemaConversionRequest.Builder request = SchemaConversionRequest.builder()
            .requestIdentifier("request-1")
            .status("SUCCESS")
            .migrationProjectArn(ExampleArns.of("migration-project", "project-1"));

    SchemaConversionRequestShape() {}

    /** {@code RequestIdentifier}, as the {@code Start…} call answered it. */
    public SchemaConversionRequestShape requestIdentifier(String id) {
        request.requestIdentifier(Objects.requireNonNull(id, "id"));
        return this;
    }

    /** {@code Status}: {@code RECEIVED}, {@code IN_PROGRESS}, {@code SUCCESS}, {@code FAILED} or {@code CANCELED}. */
    public SchemaConversionRequestShape status(String status) {
        request.status(Objects.requireNonNull(status, "status"));
        return this;
    }

    /** {@code MigrationProjectArn}. */
    public SchemaConversionRequestShape migrationProjectArn(String arn) {
        request.migrationProjectArn(Objects.requireNonNull(arn, "arn"));
        return this;
    }

    /** {@code Error.defaultErrorDetails.Message}: what a {@code FAILED} request says. */
    public SchemaConversionRequestShape errorMessage(String message) {
        request.error(e -> e.defaultErrorDetails(d -> d.message(message)));
        return this;
    }

    /** Anything else of the SDK model, e.g. {@code with(r -> r.exportSqlDetails(s -> s.s3ObjectKey(key)))}. */
    public SchemaConversionRequestShape with(Consumer<SchemaConversionRequest.Builder> change) {
        change.accept(request);
        return this;
    }

    /** The SDK model object, as the stubs send it. */
    public SchemaConversionRequest build() {
        return request.build();
    }
}
