package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.AccessDeniedException;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.FailedDependencyException;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/** The JSON mappings shipped under {@code dms-stubs/}, loaded by a stock WireMock as with {@code --root-dir}. */
class ShippedMappingsAcceptanceTest {

    private static final String CONFIG_ARN =
            "arn:aws:dms:us-east-1:123456789012:replication-config:EXAMPLEORDERSCUTOVER000001";

    private final WireMockServer server = new WireMockServer(WireMockConfiguration.options()
            .dynamicPort()
            .bindAddress("127.0.0.1")
            .usingFilesUnderClasspath("dms-stubs"));

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

    static Stream<Arguments> fault_files() {
        Function<DatabaseMigrationClient, Object> describeDataMigrations =
                c -> c.describeDataMigrations(r -> {}).dataMigrations().get(0).dataMigrationStatus();
        Function<DatabaseMigrationClient, Object> startReplication = c -> c.startReplication(
                        r -> r.replicationConfigArn(CONFIG_ARN).startReplicationType("start-replication"))
                .replication()
                .status();
        Function<DatabaseMigrationClient, Object> stopReplication =
                c -> c.stopReplication(r -> r.replicationConfigArn(CONFIG_ARN))
                        .replication()
                        .status();
        Function<DatabaseMigrationClient, Object> stopDataMigration =
                c -> c.stopDataMigration(r -> r.dataMigrationIdentifier("orders-copy"))
                        .dataMigration()
                        .dataMigrationStatus();
        return Stream.of(
                Arguments.of(
                        "resource-not-found",
                        describeDataMigrations,
                        ResourceNotFoundException.class,
                        "Data migration orders-copy not found",
                        "RUNNING"),
                Arguments.of(
                        "invalid-resource-state",
                        startReplication,
                        InvalidResourceStateException.class,
                        "Replication orders-cutover is already running",
                        "initializing"),
                Arguments.of(
                        "access-denied",
                        stopReplication,
                        AccessDeniedException.class,
                        "User: arn:aws:iam::123456789012:user/ci is not authorized to perform: dms:StopReplication",
                        "stopping"),
                Arguments.of(
                        "failed-dependency",
                        stopDataMigration,
                        FailedDependencyException.class,
                        "The data provider of data migration orders-copy is not reachable",
                        "STOPPING"));
    }

    @ParameterizedTest(name = "{0}.json")
    @MethodSource("fault_files")
    void should_fail_the_first_call_with_the_typed_exception_then_answer_normally(
            String file,
            Function<DatabaseMigrationClient, Object> call,
            Class<? extends DatabaseMigrationException> expected,
            String message,
            String normalStatus) {
        assertThatThrownBy(() -> call.apply(client))
                .isInstanceOfSatisfying(
                        expected,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(message));

        assertThat(call.apply(client)).isEqualTo(normalStatus);
        assertThat(call.apply(client)).isEqualTo(normalStatus);

        server.resetScenarios();
        assertThatThrownBy(() -> call.apply(client))
                .as("armed again by a scenario reset")
                .isInstanceOf(expected);
    }

    @Test
    void should_throttle_twice_so_the_sdks_retries_succeed() {
        try (DatabaseMigrationClient retrying = HttpTestClients.syncClient(
                URI.create(server.baseUrl()), HttpTestClients.standardRetriesWithoutBackoff())) {
            assertThat(retrying.describeReplications(r -> {}).replications()).hasSize(1);
        }

        assertThat(server.findAll(WireMock.postRequestedFor(WireMock.urlPathEqualTo("/"))))
                .hasSize(3);
    }

    @Test
    void should_describe_a_running_replication_as_the_sdk_reads_it() {
        server.setScenarioState("dms-stubs throttling", "fired-2");

        Replication replication =
                client.describeReplications(r -> {}).replications().get(0);

        assertThat(replication.replicationConfigArn()).isEqualTo(CONFIG_ARN);
        assertThat(replication.status()).isEqualTo("running");
        assertThat(replication.provisionData().provisionState()).isEqualTo("provisioned");
        assertThat(replication.replicationStats().fullLoadProgressPercent()).isEqualTo(100);
        assertThat(replication.replicationStats().fullLoadFinishDate())
                .isEqualTo(Instant.parse("2026-01-01T00:15:00Z"));
        assertThat(replication.replicationCreateTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void should_describe_a_running_data_migration_as_the_sdk_reads_it() {
        server.setScenarioState("dms-stubs resource-not-found", "fired-1");

        DataMigration migration =
                client.describeDataMigrations(r -> {}).dataMigrations().get(0);

        assertThat(migration.dataMigrationName()).isEqualTo("orders-copy");
        assertThat(migration.dataMigrationStatistics().cdcLatency()).isEqualTo(2);
        assertThat(migration.dataMigrationCreateTime()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(migration.dataMigrationStatistics().startTime()).isEqualTo(Instant.parse("2026-01-01T00:05:00Z"));
    }

    @Test
    void should_put_a_fault_file_in_front_of_the_simulator() throws IOException {
        try (DmsServer dms = DmsServer.builder().start();
                DatabaseMigrationClient sdk = HttpTestClients.syncClient(dms.baseUri())) {
            dms.wireMock()
                    .addStubMapping(StubMapping.buildFrom(resource("dms-stubs/mappings/resource-not-found.json")));

            assertThatThrownBy(() -> sdk.describeDataMigrations(r -> {})).isInstanceOf(ResourceNotFoundException.class);
            assertThat(sdk.describeDataMigrations(r -> {}).dataMigrations())
                    .as("the simulator answers")
                    .isEmpty();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in =
                ShippedMappingsAcceptanceTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
