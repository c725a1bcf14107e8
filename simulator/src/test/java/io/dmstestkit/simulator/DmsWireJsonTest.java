package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.internal.protocol.InProcessHttpClient;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.DataMigrationStatistics;
import software.amazon.awssdk.services.databasemigration.model.DescribeDataMigrationsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationsResponse;
import software.amazon.awssdk.services.databasemigration.model.ProvisionData;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ReplicationStats;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationRequest;

/** The public wire codec: what the real SDK parses from {@code encode} equals the object encoded, and back. */
class DmsWireJsonTest {

    private static final Replication REPLICATION = Replication.builder()
            .replicationConfigIdentifier("orders")
            .replicationConfigArn("arn:aws:dms:us-east-1:123456789012:replication-config:ORDERS")
            .status("failed")
            .stopReason("Stop Reason FATAL_ERROR")
            .failureMessages("ORA-01555: snapshot too old", "second message")
            .replicationCreateTime(Instant.parse("2026-01-01T00:00:00Z"))
            .startReplicationType("start-replication")
            .provisionData(ProvisionData.builder()
                    .provisionState("provisioned")
                    .provisionedCapacityUnits(8)
                    .dateProvisioned(Instant.parse("2026-01-01T00:07:00.250Z"))
                    .build())
            .replicationStats(ReplicationStats.builder()
                    .fullLoadProgressPercent(40)
                    .tablesLoaded(1)
                    .elapsedTimeMillis(123_456L)
                    .startDate(Instant.parse("2026-01-01T00:07:00.250Z"))
                    .build())
            .build();

    private static final DataMigration DATA_MIGRATION = DataMigration.builder()
            .dataMigrationName("customers")
            .dataMigrationStatus("STOPPED")
            .dataMigrationCreateTime(Instant.parse("2026-01-01T00:00:00Z"))
            .dataMigrationStatistics(DataMigrationStatistics.builder()
                    .cdcLatency(4)
                    .fullLoadPercentage(100)
                    .stopTime(Instant.parse("2026-01-01T02:00:00.125Z"))
                    .build())
            .build();

    @Test
    void should_encode_replications_exactly_as_the_sdk_parses_them() {
        DescribeReplicationsResponse response =
                DescribeReplicationsResponse.builder().replications(REPLICATION).build();

        try (DatabaseMigrationClient sdk = answering(request -> DmsWireJson.encode(response))) {
            assertThat(sdk.describeReplications(r -> {}).replications()).containsExactly(REPLICATION);
        }
    }

    @Test
    void should_encode_iso8601_timestamps_of_data_migrations_as_the_sdk_parses_them() {
        DescribeDataMigrationsResponse response = DescribeDataMigrationsResponse.builder()
                .dataMigrations(DATA_MIGRATION)
                .build();

        try (DatabaseMigrationClient sdk = answering(request -> DmsWireJson.encode(response))) {
            assertThat(sdk.describeDataMigrations(r -> {}).dataMigrations()).containsExactly(DATA_MIGRATION);
        }
        assertThat(DmsWireJson.encodeTree(DATA_MIGRATION)
                        .path("DataMigrationCreateTime")
                        .asText())
                .isEqualTo("2026-01-01T00:00:00Z");
        assertThat(DmsWireJson.encodeTree(REPLICATION)
                        .path("ReplicationCreateTime")
                        .decimalValue())
                .isEqualByComparingTo("1767225600");
    }

    @Test
    void should_decode_what_it_encodes() {
        assertThat(DmsWireJson.decode(DmsWireJson.encode(REPLICATION), Replication.class))
                .isEqualTo(REPLICATION);
        assertThat(DmsWireJson.decode(DmsWireJson.encode(DATA_MIGRATION), DataMigration.class))
                .isEqualTo(DATA_MIGRATION);
    }

    @Test
    void should_decode_a_request_body_as_the_sdk_sent_it() {
        AtomicReference<String> sent = new AtomicReference<>();
        StartReplicationRequest request = StartReplicationRequest.builder()
                .replicationConfigArn("arn:aws:dms:us-east-1:123456789012:replication-config:ORDERS")
                .startReplicationType("resume-processing")
                .cdcStartTime(Instant.parse("2026-01-01T00:30:00Z"))
                .build();

        try (DatabaseMigrationClient sdk = answering(body -> {
            sent.set(body);
            return "{}";
        })) {
            sdk.startReplication(request);
        }

        assertThat(DmsWireJson.decode(sent.get(), StartReplicationRequest.class))
                .isEqualTo(request);
    }

    @Test
    void should_leave_out_members_that_are_not_set() {
        assertThat(DmsWireJson.encode(Replication.builder().status("running").build()))
                .isEqualTo("{\"Status\":\"running\"}");
    }

    @Test
    void should_ignore_unknown_members_and_not_insist_on_required_ones() {
        StartReplicationRequest read = DmsWireJson.decode(
                "{\"StartReplicationType\": \"reload-target\", \"Novel\": 1}", StartReplicationRequest.class);

        assertThat(read.startReplicationType()).isEqualTo("reload-target");
        assertThat(read.replicationConfigArn()).isNull();
    }

    @Test
    void should_name_the_member_that_has_the_wrong_type() {
        assertThatThrownBy(() ->
                        DmsWireJson.decode("{\"ReplicationStats\": {\"TablesLoaded\": \"one\"}}", Replication.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot read Replication from JSON: Member ReplicationStats.TablesLoaded must be an"
                        + " integer, was string \"one\"");
    }

    @Test
    void should_refuse_text_that_is_not_a_json_object() {
        assertThatThrownBy(() -> DmsWireJson.decode("[1]", Replication.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Expected a JSON object for Replication");
        assertThatThrownBy(() -> DmsWireJson.decode("{\"Status\": ", Replication.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot read Replication from JSON: Unexpected end-of-input");
        assertThatThrownBy(() -> DmsWireJson.decode("", Replication.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot read Replication from JSON: the text is empty");
    }

    @Test
    void should_refuse_a_class_that_is_not_an_sdk_model_class() {
        assertThatThrownBy(() -> DmsWireJson.decode("{}", SdkPojo.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("software.amazon.awssdk.core.SdkPojo is not an AWS SDK v2 model class");
    }

    /** A real SDK client whose every call is answered with {@code answer(request body)}. */
    private static DatabaseMigrationClient answering(Function<String, String> answer) {
        return DatabaseMigrationClient.builder()
                .httpClient(new InProcessHttpClient(request -> new DmsHttpResponse(
                        200,
                        Map.of("Content-Type", "application/x-amz-json-1.1"),
                        answer.apply(request.bodyText()).getBytes(StandardCharsets.UTF_8))))
                .endpointOverride(URI.create("http://dms.in-process"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "x")))
                .build();
    }
}
