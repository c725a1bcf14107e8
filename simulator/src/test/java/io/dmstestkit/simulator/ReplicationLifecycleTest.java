package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

class ReplicationLifecycleTest {

    private static final List<String> STARTUP = List.of(
            "initializing",
            "preparing_metadata_resources",
            "testing_connection",
            "fetching_metadata",
            "calculating_capacity",
            "provisioning_capacity",
            "replication_starting",
            "running");

    private final DmsSimulator simulator =
            DmsSimulator.builder().clock(SimulatedClock.manual()).build();
    private final ReplicationFixture fixture = ReplicationFixture.of(simulator);
    private final DatabaseMigrationClient dms = fixture.dms();

    @Test
    void should_run_start_stop_resume_and_reload_target_through_the_sdk() {
        String arn = fixture.createConfig("orders", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationConfigArn();
        assertThat(fixture.describe(arn).status()).isEqualTo("created");

        Replication started = fixture.start(arn, "start-replication");
        assertThat(started.status()).isEqualTo("initializing");
        assertThat(started.startReplicationType()).isEqualTo("start-replication");
        assertThat(statusesUntilRunning(arn)).containsExactlyElementsOf(STARTUP);

        Replication running = fixture.describe(arn);
        assertThat(running.provisionData().provisionState()).isEqualTo("provisioned");
        assertThat(running.provisionData().provisionedCapacityUnits()).isBetween(1, 16);
        assertThat(running.replicationStats().fullLoadStartDate())
                .isEqualTo(simulator.clock().now());

        Replication loaded =
                fixture.jumpUntil(arn, r -> r.replicationStats().fullLoadProgressPercent() == 100, "100% loaded");
        assertThat(loaded.status()).isEqualTo("running");
        assertThat(loaded.replicationStats().tablesLoaded()).isEqualTo(5);
        assertThat(loaded.replicationStats().fullLoadFinishDate()).isNotNull();
        simulator.clock().advance(Duration.ofMinutes(10));
        assertThat(fixture.describe(arn).recoveryCheckpoint()).startsWith("checkpoint:V1#1#");

        List<TableStatistics> tables = dms.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn))
                .replicationTableStatistics();
        assertThat(tables).hasSize(5).allSatisfy(t -> {
            assertThat(t.tableState()).isEqualTo("Table completed");
            assertThat(t.validationState()).isEqualTo("Not enabled");
            assertThat(t.inserts()).isPositive();
        });
        assertThat(tables)
                .filteredOn(t -> t.tableName().equals("orders"))
                .singleElement()
                .satisfies(t -> assertThat(t.fullLoadRows()).isEqualTo(1_000_000L));

        assertThat(fixture.stop(arn).status()).isEqualTo("stopping");
        Replication stopped = fixture.jumpUntilStatus(arn, "stopped");
        assertThat(stopped.stopReason()).isEqualTo("Stop Reason NORMAL");
        assertThat(stopped.replicationLastStopTime())
                .isEqualTo(stopped.replicationStats().stopDate());
        assertThat(stopped.replicationDeprovisionTime())
                .isEqualTo(stopped.replicationLastStopTime().plus(Duration.ofHours(48)));

        fixture.start(arn, "resume-processing");
        List<String> resumed = statusesUntilRunning(arn);
        assertThat(resumed).doesNotContain("calculating_capacity", "provisioning_capacity");
        Replication afterResume = fixture.describe(arn);
        assertThat(afterResume.stopReason()).isNull();
        assertThat(afterResume.replicationStats().fullLoadProgressPercent()).isEqualTo(100);
        assertThat(afterResume.replicationStats().freshStartDate())
                .isEqualTo(started.replicationStats().freshStartDate());

        fixture.stop(arn);
        fixture.jumpUntilStatus(arn, "stopped");
        Replication reloading = fixture.start(arn, "reload-target");
        fixture.jumpUntilStatus(arn, "running");
        assertThat(fixture.describe(arn).replicationStats().fullLoadProgressPercent())
                .isZero();
        assertThat(fixture.describe(arn).replicationStats().freshStartDate())
                .isEqualTo(reloading.replicationStats().startDate());
        fixture.jumpUntil(arn, r -> r.replicationStats().fullLoadProgressPercent() == 100, "reloaded");
    }

    @Test
    void should_provision_again_once_capacity_was_released_48_hours_after_a_stop() {
        String arn = runningReplication(MigrationTypeValue.CDC);
        fixture.stop(arn);
        fixture.jumpUntilStatus(arn, "stopped");
        simulator.clock().advance(Duration.ofHours(49));
        assertThat(fixture.describe(arn).provisionData().provisionState()).isEqualTo("deprovisioned");

        fixture.start(arn, "resume-processing");
        assertThat(statusesUntilRunning(arn)).containsExactlyElementsOf(STARTUP);
    }

    @Test
    void should_stop_a_full_load_replication_by_itself_when_the_load_finishes() {
        String arn =
                fixture.createConfig("load-only", MigrationTypeValue.FULL_LOAD).replicationConfigArn();
        fixture.start(arn, "start-replication");

        Replication stopped = fixture.jumpUntilStatus(arn, "stopped");

        assertThat(stopped.stopReason()).isEqualTo("Stop Reason FULL_LOAD_ONLY_FINISHED");
        assertThat(stopped.replicationStats().fullLoadProgressPercent()).isEqualTo(100);
        assertThat(stopped.failureMessages()).isEmpty();
        assertThatThrownBy(() -> fixture.start(arn, "resume-processing"))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValueException"));
        assertThat(fixture.start(arn, "reload-target").status()).isEqualTo("initializing");
    }

    @Test
    void should_stop_cdc_at_a_server_time_stop_position() {
        String arn = fixture.createConfig("until-noon", MigrationTypeValue.CDC).replicationConfigArn();
        Instant stopAt = simulator.clock().now().plus(Duration.ofHours(2));
        dms.startReplication(r -> r.replicationConfigArn(arn)
                .startReplicationType("start-replication")
                .cdcStopPosition("server_time:" + stopAt.toString().replace("Z", "")));

        Replication stopped = fixture.jumpUntilStatus(arn, "stopped");

        assertThat(stopped.stopReason()).isEqualTo("Stop Reason STOPPED_AT_SERVER_TIME");
        assertThat(stopped.cdcStopPosition()).startsWith("server_time:");
        assertThat(stopped.replicationStats().stopDate()).isAfter(stopAt);
    }

    @Test
    void should_refuse_starts_and_stops_in_the_wrong_state() {
        String arn = fixture.createConfig("strict", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationConfigArn();
        assertThatThrownBy(() -> fixture.start(arn, "resume-processing"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("start-replication");
        assertThatThrownBy(() -> fixture.stop(arn)).isInstanceOf(InvalidResourceStateException.class);

        fixture.start(arn, "start-replication");
        assertThatThrownBy(() -> fixture.start(arn, "start-replication"))
                .isInstanceOf(InvalidResourceStateException.class);
        assertThatThrownBy(() -> fixture.stop(arn)).isInstanceOf(InvalidResourceStateException.class);
        fixture.jumpUntilStatus(arn, "running");
        assertThatThrownBy(() -> fixture.start(arn, "reload-target")).isInstanceOf(InvalidResourceStateException.class);

        fixture.stop(arn);
        assertThatThrownBy(() -> fixture.stop(arn)).isInstanceOf(InvalidResourceStateException.class);
        fixture.jumpUntilStatus(arn, "stopped");
        assertThatThrownBy(() -> fixture.start(arn, "start-replication"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("resume-processing");
    }

    @Test
    void should_validate_start_parameters() {
        String arn = fixture.createConfig("params", MigrationTypeValue.CDC).replicationConfigArn();
        assertErrorCode(
                () -> dms.startReplication(r -> r.replicationConfigArn(arn)
                        .startReplicationType("start-replication")
                        .cdcStartTime(Instant.parse("2025-12-31T00:00:00Z"))
                        .cdcStartPosition("checkpoint:V1#1#0#0#0#*#0#0")),
                "InvalidParameterCombinationException");
        assertErrorCode(() -> fixture.start(arn, "begin"), "InvalidParameterValueException");
        assertErrorCode(() -> fixture.start(arn, "reload-target"), "InvalidParameterValueException");
        assertErrorCode(
                () -> dms.startReplication(r -> r.replicationConfigArn(arn)
                        .startReplicationType("start-replication")
                        .cdcStopPosition("server_time:noon")),
                "InvalidParameterValueException");
        assertErrorCode(() -> dms.startReplication(r -> r.replicationConfigArn(arn)), "ValidationException");
        assertThatThrownBy(() -> fixture.start(arn + "X", "start-replication"))
                .isInstanceOf(ResourceNotFoundException.class);

        Replication started = dms.startReplication(r -> r.replicationConfigArn(arn)
                        .startReplicationType("start-replication")
                        .cdcStartPosition("checkpoint:V1#1#0#0#0#*#0#0"))
                .replication();
        assertThat(started.cdcStartPosition()).isEqualTo("checkpoint:V1#1#0#0#0#*#0#0");
    }

    @Test
    void should_reload_selected_tables_while_running_only() {
        String arn = runningReplication(MigrationTypeValue.FULL_LOAD_AND_CDC);
        fixture.jumpUntil(arn, r -> r.replicationStats().fullLoadProgressPercent() == 100, "loaded");

        dms.reloadReplicationTables(r -> r.replicationConfigArn(arn)
                .tablesToReload(t -> t.schemaName("public").tableName("orders")));

        assertThat(orders(arn).tableState()).isEqualTo("Table is being reloaded");
        assertThat(fixture.describe(arn).replicationStats().tablesLoading()).isEqualTo(1);
        simulator.clock().advance(Duration.ofMinutes(10));
        TableStatistics reloaded = orders(arn);
        assertThat(reloaded.tableState()).isEqualTo("Table completed");
        assertThat(reloaded.fullLoadReloaded()).isTrue();
        assertThat(reloaded.fullLoadRows()).isEqualTo(1_000_000L);

        assertErrorCode(
                () -> dms.reloadReplicationTables(r -> r.replicationConfigArn(arn)
                        .tablesToReload(t -> t.schemaName("public").tableName("unknown"))),
                "InvalidParameterValueException");
        assertErrorCode(
                () -> dms.reloadReplicationTables(r -> r.replicationConfigArn(arn)
                        .reloadOption("validate-only")
                        .tablesToReload(t -> t.schemaName("public").tableName("orders"))),
                "InvalidParameterValueException");
        fixture.stop(arn);
        assertThatThrownBy(() -> dms.reloadReplicationTables(r -> r.replicationConfigArn(arn)
                        .tablesToReload(t -> t.schemaName("public").tableName("orders"))))
                .isInstanceOf(InvalidResourceStateException.class);
    }

    @Test
    void should_filter_and_page_table_statistics() {
        simulator.declareTables(
                "123456789012",
                "us-east-1",
                java.util.stream.IntStream.range(0, 30)
                        .mapToObj(i -> TableSpec.of("sales", "t" + i, 1_000L * (i + 1)))
                        .toList());
        String arn = dms.createReplicationConfig(fixture.configRequest("sales", MigrationTypeValue.FULL_LOAD_AND_CDC)
                        .tableMappings(ReplicationFixture.mapping("sales", "%"))
                        .build())
                .replicationConfig()
                .replicationConfigArn();
        assertThatThrownBy(() -> dms.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn)))
                .isInstanceOf(InvalidResourceStateException.class);
        fixture.start(arn, "start-replication");
        fixture.jumpUntilStatus(arn, "running");

        var first = dms.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn)
                .maxRecords(20)
                .filters(f -> f.name("table-state").values("Before load", "Full load")));
        var second = dms.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn)
                .maxRecords(20)
                .marker(first.marker())
                .filters(f -> f.name("table-state").values("Before load", "Full load")));

        assertThat(first.replicationTableStatistics()).hasSize(20);
        assertThat(second.replicationTableStatistics()).hasSize(10);
        assertThat(second.marker()).isNull();
        assertThat(dms.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn)
                                .filters(f -> f.name("table-name").values("t7")))
                        .replicationTableStatistics())
                .singleElement()
                .satisfies(t -> assertThat(t.schemaName()).isEqualTo("sales"));
        assertThatThrownBy(() -> dms.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn)
                        .filters(f -> f.name("schema-name").values("none"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertErrorCode(
                () -> dms.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn)
                        .filters(f -> f.name("status").values("x"))),
                "InvalidParameterValueException");
    }

    @Test
    void should_send_timestamps_as_epoch_seconds_on_the_wire() throws Exception {
        ReplicationFixture defaultAccount = new ReplicationFixture(
                TestClients.inProcess(
                        simulator, SimulatorSettings.DEFAULT_ACCOUNT, software.amazon.awssdk.regions.Region.US_EAST_1),
                simulator.clock(),
                simulator::nextChange);
        String arn = defaultAccount.createConfig("wire", MigrationTypeValue.CDC).replicationConfigArn();
        defaultAccount.start(arn, "start-replication");

        DmsHttpResponse response = simulator.handle(DmsHttpRequest.of(
                "AmazonDMSv20160101.DescribeReplications",
                new ObjectMapper().createObjectNode().toString()));

        assertThat(response.status()).isEqualTo(200);
        JsonNode replication = new ObjectMapper()
                .readTree(response.bodyText())
                .path("Replications")
                .get(0);
        assertThat(replication.path("ReplicationCreateTime").isNumber()).isTrue();
        assertThat(replication.path("ReplicationStats").path("StartDate").decimalValue())
                .isEqualByComparingTo(java.math.BigDecimal.valueOf(SimulatedClock.DEFAULT_START.getEpochSecond()));
        assertThat(replication.path("ReplicationConfigArn").asText()).isEqualTo(arn);
    }

    private String runningReplication(MigrationTypeValue type) {
        String arn = fixture.createConfig("running-" + type, type).replicationConfigArn();
        fixture.start(arn, "start-replication");
        fixture.jumpUntilStatus(arn, "running");
        return arn;
    }

    private List<String> statusesUntilRunning(String arn) {
        List<String> seen = new java.util.ArrayList<>();
        fixture.jumpUntil(
                arn,
                r -> {
                    if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(r.status())) {
                        seen.add(r.status());
                    }
                    return r.status().equals("running");
                },
                "running");
        return seen;
    }

    private TableStatistics orders(String arn) {
        return dms.describeReplicationTableStatistics(r -> r.replicationConfigArn(arn)
                        .filters(f -> f.name("table-name").values("orders")))
                .replicationTableStatistics()
                .get(0);
    }

    private static void assertErrorCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DatabaseMigrationException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(400);
        });
    }
}
