package io.dmstestkit.wiremock;

import static io.dmstestkit.wiremock.DmsResponses.describeSchemaConversionRequests;
import static io.dmstestkit.wiremock.DmsResponses.schemaConversionRequest;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.Recommendation;
import software.amazon.awssdk.services.databasemigration.model.SchemaConversionRequest;

/**
 * The static stubs for DMS Schema Conversion requests and Fleet Advisor recommendations in a plain WireMock
 * server (no simulator), read by the real AWS SDK v2 client.
 */
class SchemaConversionStaticStubsAcceptanceTest {

    private final WireMockServer server =
            new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

    @AutoClose
    private DatabaseMigrationClient client;

    @BeforeEach
    void start() {
        server.start();
        client = HttpTestClients.syncClient(URI.create(server.baseUrl()));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void should_answer_a_start_with_its_request_identifier_for_every_start_operation() {
        for (String start : List.of("StartMetadataModelConversion", "StartExtensionPackAssociation")) {
            server.stubFor(
                    DmsStubs.operation(start).willReturn(DmsResponses.startSchemaConversionRequest("req-" + start)));
        }

        assertThat(client.startMetadataModelConversion(
                                r -> r.migrationProjectIdentifier("hr").selectionRules("{}"))
                        .requestIdentifier())
                .isEqualTo("req-StartMetadataModelConversion");
        assertThat(client.startExtensionPackAssociation(r -> r.migrationProjectIdentifier("hr"))
                        .requestIdentifier())
                .isEqualTo("req-StartExtensionPackAssociation");
    }

    @Test
    void should_move_a_conversion_from_in_progress_to_failed_with_its_message() {
        DmsStubs.sequence("DescribeMetadataModelConversions")
                .then(describeSchemaConversionRequests(
                        schemaConversionRequest().requestIdentifier("c-1").status("IN_PROGRESS")))
                .thenRepeat(describeSchemaConversionRequests(schemaConversionRequest()
                        .requestIdentifier("c-1")
                        .status("FAILED")
                        .errorMessage("Unsupported data type SDO_GEOMETRY")))
                .registerOn(server);

        SchemaConversionRequest first = describeConversions();
        SchemaConversionRequest then = describeConversions();

        assertThat(first.status()).isEqualTo("IN_PROGRESS");
        assertThat(then.requestIdentifier()).isEqualTo("c-1");
        assertThat(then.status()).isEqualTo("FAILED");
        assertThat(then.error().defaultErrorDetails().message()).isEqualTo("Unsupported data type SDO_GEOMETRY");
        assertThat(then.migrationProjectArn()).startsWith("arn:aws:dms:us-east-1:123456789012:migration-project:");
    }

    @Test
    void should_serve_the_one_describe_shape_to_every_schema_conversion_describe_operation() {
        SchemaConversionRequestShape done = schemaConversionRequest().requestIdentifier("x-1");
        server.stubFor(
                DmsStubs.operation("DescribeMetadataModelImports").willReturn(describeSchemaConversionRequests(done)));
        server.stubFor(DmsStubs.operation("DescribeExtensionPackAssociations")
                .willReturn(describeSchemaConversionRequests(done)));

        assertThat(client.describeMetadataModelImports(r -> r.migrationProjectIdentifier("hr"))
                        .requests())
                .containsExactly(done.build());
        assertThat(client.describeExtensionPackAssociations(r -> r.migrationProjectIdentifier("hr"))
                        .requests())
                .containsExactly(done.build());
    }

    @Test
    void should_answer_a_cancel_with_the_canceled_request() {
        server.stubFor(DmsStubs.operation("CancelMetadataModelConversion")
                .willReturn(DmsResponses.cancelSchemaConversionRequest(
                        schemaConversionRequest().requestIdentifier("c-2").status("CANCELED"))));

        SchemaConversionRequest canceled = client.cancelMetadataModelConversion(
                        r -> r.migrationProjectIdentifier("hr").requestIdentifier("c-2"))
                .request();

        assertThat(canceled.status()).isEqualTo("CANCELED");
        assertThat(canceled.requestIdentifier()).isEqualTo("c-2");
    }

    @Test
    void should_send_recommendations_exactly_as_the_sdk_model_has_them() {
        RecommendationShape running =
                DmsResponses.recommendation().databaseId("db-7").status("in-progress");
        RecommendationShape done = DmsResponses.recommendation()
                .databaseId("db-8")
                .engineName("aurora-postgresql")
                .with(r -> r.preferred(true));
        server.stubFor(DmsStubs.operation("DescribeRecommendations")
                .willReturn(DmsResponses.describeRecommendations(running, done)));

        List<Recommendation> received = client.describeRecommendations(r -> {}).recommendations();

        assertThat(received).containsExactly(running.build(), done.build());
        assertThat(received.get(1).settings().instanceSizingType()).isEqualTo("total-capacity");
    }

    private SchemaConversionRequest describeConversions() {
        return client.describeMetadataModelConversions(r -> r.migrationProjectIdentifier("hr")
                        .filters(f -> f.name("request-id").values("c-1")))
                .requests()
                .get(0);
    }
}
