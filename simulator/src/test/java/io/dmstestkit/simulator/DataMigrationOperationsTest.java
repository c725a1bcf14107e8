package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.DescribeDataMigrationsResponse;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.model.ResourceQuotaExceededException;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationMigrationTypeValue;

/** Creating, describing, modifying and deleting data migrations through the real SDK client. */
class DataMigrationOperationsTest {

    private static final String ALL_PUBLIC_TABLES = "{\"rules\":[{\"rule-type\":\"selection\",\"rule-id\":\"1\","
            + "\"rule-name\":\"1\",\"object-locator\":{\"schema-name\":\"public\",\"table-name\":\"%\"},"
            + "\"rule-action\":\"include\"}]}";

    private final DmsSimulator simulator =
            DmsSimulator.builder().clock(SimulatedClock.manual()).build();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);
    private final DataMigrationFixture fixture = new DataMigrationFixture(dms);

    @Test
    void should_create_a_ready_data_migration_with_its_settings() {
        var project = fixture.project("orders");

        DataMigration created = dms.createDataMigration(r -> r.migrationProjectIdentifier("orders")
                        .dataMigrationName("orders-full")
                        .dataMigrationType(MigrationTypeValue.FULL_LOAD_AND_CDC)
                        .serviceAccessRoleArn(DataMigrationFixture.ROLE)
                        .enableCloudwatchLogs(true)
                        .numberOfJobs(4)
                        .selectionRules(ALL_PUBLIC_TABLES)
                        .sourceDataSettings(s -> s.slotName("dms_slot"))
                        .targetDataSettings(t -> t.tablePreparationMode("truncate")))
                .dataMigration();

        assertThat(created.dataMigrationArn())
                .matches("arn:aws:dms:us-east-1:123456789012:data-migration:[A-Z0-9]{26}");
        assertThat(created.dataMigrationName()).isEqualTo("orders-full");
        assertThat(created.dataMigrationStatus()).isEqualTo("READY");
        assertThat(created.migrationProjectArn()).isEqualTo(project.migrationProjectArn());
        assertThat(created.dataMigrationType()).isEqualTo(MigrationTypeValue.FULL_LOAD_AND_CDC);
        assertThat(created.dataMigrationCreateTime()).isEqualTo(SimulatedClock.DEFAULT_START);
        assertThat(created.dataMigrationSettings().numberOfJobs()).isEqualTo(4);
        assertThat(created.dataMigrationSettings().cloudwatchLogsEnabled()).isTrue();
        assertThat(created.dataMigrationSettings().selectionRules()).isEqualTo(ALL_PUBLIC_TABLES);
        assertThat(created.sourceDataSettings().get(0).slotName()).isEqualTo("dms_slot");
        assertThat(created.targetDataSettings().get(0).tablePreparationModeAsString())
                .isEqualTo("truncate");
        assertThat(created.dataMigrationStatistics()).isNull();
        assertThat(created.stopReason()).isNull();
    }

    @Test
    void should_refer_to_the_project_by_arn_and_generate_a_name() {
        var project = fixture.project("orders");

        DataMigration created = dms.createDataMigration(r -> r.migrationProjectIdentifier(project.migrationProjectArn())
                        .dataMigrationType("cdc")
                        .serviceAccessRoleArn(DataMigrationFixture.ROLE))
                .dataMigration();

        assertThat(created.dataMigrationName()).startsWith("data-migration-");
        assertThat(created.migrationProjectArn()).isEqualTo(project.migrationProjectArn());
    }

    @Test
    void should_refuse_an_unknown_project_a_duplicate_name_and_bad_values() {
        fixture.migration("orders", MigrationTypeValue.FULL_LOAD);

        assertThatThrownBy(() -> fixture.migration("nope", "x", MigrationTypeValue.FULL_LOAD))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> fixture.migration("orders-project", "Orders", MigrationTypeValue.CDC))
                .isInstanceOf(ResourceAlreadyExistsException.class);
        assertErrorCode(
                () -> dms.createDataMigration(r -> r.migrationProjectIdentifier("orders-project")
                        .dataMigrationType("everything")
                        .serviceAccessRoleArn(DataMigrationFixture.ROLE)),
                "InvalidParameterValueException");
        assertErrorCode(
                () -> dms.createDataMigration(r -> r.migrationProjectIdentifier("orders-project")
                        .dataMigrationType("cdc")
                        .serviceAccessRoleArn("my-role")),
                "InvalidParameterValueException");
        assertErrorCode(
                () -> dms.createDataMigration(r -> r.migrationProjectIdentifier("orders-project")
                        .dataMigrationType("cdc")
                        .serviceAccessRoleArn(DataMigrationFixture.ROLE)
                        .selectionRules("{\"rules\":[]}")),
                "InvalidParameterValueException");
        assertErrorCode(
                () -> dms.createDataMigration(r -> r.migrationProjectIdentifier("orders-project")
                        .dataMigrationName("two--hyphens")
                        .dataMigrationType("cdc")
                        .serviceAccessRoleArn(DataMigrationFixture.ROLE)),
                "InvalidParameterValueException");
    }

    @Test
    void should_refuse_missing_required_members_naming_them() {
        assertThatThrownBy(() -> dms.createDataMigration(
                        r -> r.migrationProjectIdentifier("p").dataMigrationType("cdc")))
                .isInstanceOfSatisfying(DatabaseMigrationException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("ServiceAccessRoleArn");
                });
        assertThatThrownBy(() -> dms.startDataMigration(r -> r.dataMigrationIdentifier("m")))
                .isInstanceOfSatisfying(DatabaseMigrationException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("StartType");
                });
        assertThatThrownBy(() -> dms.stopDataMigration(r -> {}))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).contains("DataMigrationIdentifier"));
    }

    @Test
    void should_filter_by_name_arn_and_project() {
        DataMigration orders = fixture.migration("orders", MigrationTypeValue.FULL_LOAD);
        DataMigration billing = fixture.migration("billing", MigrationTypeValue.CDC);

        assertThat(names(describe("data-migration-name", "billing"))).containsExactly("billing");
        assertThat(names(describe("data-migration-arn", orders.dataMigrationArn())))
                .containsExactly("orders");
        assertThat(names(describe("migration-project-arn", billing.migrationProjectArn())))
                .containsExactly("billing");
        assertThat(names(dms.describeDataMigrations(r -> {}))).containsExactly("orders", "billing");
        assertThatThrownBy(() -> describe("data-migration-name", "nope")).isInstanceOf(ResourceNotFoundException.class);
        assertErrorCode(() -> describe("status", "READY"), "InvalidParameterValueException");
    }

    @Test
    void should_page_data_migrations_with_markers() {
        fixture.project("p");
        for (int i = 0; i < 45; i++) {
            fixture.migration("p", "m-" + i, MigrationTypeValue.FULL_LOAD);
        }

        DescribeDataMigrationsResponse first = dms.describeDataMigrations(r -> r.maxRecords(20));
        DescribeDataMigrationsResponse second =
                dms.describeDataMigrations(r -> r.maxRecords(20).marker(first.marker()));
        DescribeDataMigrationsResponse third =
                dms.describeDataMigrations(r -> r.maxRecords(20).marker(second.marker()));

        assertThat(first.dataMigrations()).hasSize(20);
        assertThat(second.dataMigrations().get(0).dataMigrationName()).isEqualTo("m-20");
        assertThat(names(third)).containsExactly("m-40", "m-41", "m-42", "m-43", "m-44");
        assertThat(third.marker()).isNull();
        assertErrorCode(() -> dms.describeDataMigrations(r -> r.maxRecords(5)), "InvalidParameterValueException");
    }

    @Test
    void should_leave_out_settings_and_statistics_when_asked() {
        fixture.migration("orders", MigrationTypeValue.FULL_LOAD);
        dms.startDataMigration(r -> r.dataMigrationIdentifier("orders").startType("start-replication"));

        DataMigration full =
                dms.describeDataMigrations(r -> {}).dataMigrations().get(0);
        DataMigration lean = dms.describeDataMigrations(
                        r -> r.withoutSettings(true).withoutStatistics(true))
                .dataMigrations()
                .get(0);

        assertThat(full.dataMigrationSettings()).isNotNull();
        assertThat(full.dataMigrationStatistics()).isNotNull();
        assertThat(lean.dataMigrationSettings()).isNull();
        assertThat(lean.dataMigrationStatistics()).isNull();
        assertThat(lean.dataMigrationStatus()).isEqualTo("STARTING");
    }

    @Test
    void should_modify_a_data_migration_that_is_not_running() {
        fixture.migration("orders", MigrationTypeValue.FULL_LOAD);

        DataMigration modified = dms.modifyDataMigration(r -> r.dataMigrationIdentifier("orders")
                        .dataMigrationName("orders-v2")
                        .dataMigrationType(MigrationTypeValue.FULL_LOAD_AND_CDC)
                        .numberOfJobs(2)
                        .selectionRules(ALL_PUBLIC_TABLES))
                .dataMigration();

        assertThat(modified.dataMigrationName()).isEqualTo("orders-v2");
        assertThat(modified.dataMigrationType()).isEqualTo(MigrationTypeValue.FULL_LOAD_AND_CDC);
        assertThat(modified.dataMigrationSettings().numberOfJobs()).isEqualTo(2);
        assertThat(modified.dataMigrationSettings().cloudwatchLogsEnabled()).isFalse();
        assertThat(names(describe("data-migration-name", "orders-v2"))).containsExactly("orders-v2");
    }

    @Test
    void should_refuse_modify_and_delete_while_running() {
        fixture.migration("orders", MigrationTypeValue.FULL_LOAD_AND_CDC);
        dms.startDataMigration(r -> r.dataMigrationIdentifier("orders").startType("start-replication"));

        assertThatThrownBy(() -> dms.modifyDataMigration(
                        r -> r.dataMigrationIdentifier("orders").numberOfJobs(2)))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("STARTING");
        simulator.clock().advance(Duration.ofMinutes(5));
        assertThatThrownBy(() -> dms.deleteDataMigration(r -> r.dataMigrationIdentifier("orders")))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("RUNNING");
    }

    @Test
    void should_delete_a_stopped_data_migration_by_arn() {
        DataMigration orders = fixture.migration("orders", MigrationTypeValue.FULL_LOAD_AND_CDC);
        dms.startDataMigration(r -> r.dataMigrationIdentifier("orders").startType("start-replication"));
        simulator.clock().advance(Duration.ofMinutes(1));
        dms.stopDataMigration(r -> r.dataMigrationIdentifier("orders"));
        simulator.clock().advance(Duration.ofMinutes(1));

        DataMigration deleted = dms.deleteDataMigration(r -> r.dataMigrationIdentifier(orders.dataMigrationArn()))
                .dataMigration();

        assertThat(deleted.dataMigrationStatus()).isEqualTo("DELETING");
        assertThat(deleted.stopReason()).isEqualTo("Stop Reason NORMAL");
        assertThat(dms.describeDataMigrations(r -> {}).dataMigrations()).isEmpty();
        assertThatThrownBy(() -> dms.deleteDataMigration(r -> r.dataMigrationIdentifier("orders")))
                .isInstanceOf(ResourceNotFoundException.class);
        dms.deleteMigrationProject(r -> r.migrationProjectIdentifier("orders-project"));
    }

    @Test
    void should_refuse_the_601st_data_migration_of_an_account() {
        fixture.project("p");
        for (int i = 0; i < 600; i++) {
            fixture.migration("p", "m-" + i, MigrationTypeValue.CDC);
        }

        assertThatThrownBy(() -> fixture.migration("p", "one-too-many", MigrationTypeValue.CDC))
                .isInstanceOf(ResourceQuotaExceededException.class)
                .hasMessageContaining("600");
    }

    @Test
    void should_keep_accounts_apart() {
        fixture.migration("orders", MigrationTypeValue.CDC);
        DatabaseMigrationClient other = TestClients.inProcess(simulator, "210987654321", Region.US_EAST_1);

        assertThat(other.describeDataMigrations(r -> {}).dataMigrations()).isEmpty();
        assertThatThrownBy(() -> other.startDataMigration(r -> r.dataMigrationIdentifier("orders")
                        .startType(StartReplicationMigrationTypeValue.START_REPLICATION)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_send_iso_8601_timestamps_on_the_wire() throws Exception {
        DatabaseMigrationClient defaultAccount =
                TestClients.inProcess(simulator, SimulatorSettings.DEFAULT_ACCOUNT, Region.US_EAST_1);
        new DataMigrationFixture(defaultAccount).migration("orders", MigrationTypeValue.FULL_LOAD);
        defaultAccount.startDataMigration(
                r -> r.dataMigrationIdentifier("orders").startType("start-replication"));
        simulator.clock().advance(Duration.ofHours(1));

        DmsHttpResponse response =
                simulator.handle(DmsHttpRequest.of("AmazonDMSv20160101.DescribeDataMigrations", "{}"));
        JsonNode migration = new ObjectMapper()
                .readTree(response.body())
                .path("DataMigrations")
                .path(0);

        assertThat(response.status()).isEqualTo(200);
        assertThat(migration.path("DataMigrationCreateTime").asText()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(migration.path("DataMigrationStartTime").isTextual()).isTrue();
        assertThat(migration.path("DataMigrationEndTime").asText()).matches("2026-01-01T00:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(migration.path("DataMigrationStatistics").path("StartTime").asText())
                .isEqualTo("2026-01-01T00:00:00Z");
        assertThat(migration.path("DataMigrationStatistics").path("StopTime").isTextual())
                .isTrue();
        assertThat(migration
                        .path("DataMigrationStatistics")
                        .path("FullLoadPercentage")
                        .asInt())
                .isEqualTo(100);
        assertThat(migration.path("DataMigrationStatus").asText()).isEqualTo("STOPPED");
    }

    private DescribeDataMigrationsResponse describe(String filter, String value) {
        return dms.describeDataMigrations(r -> r.filters(f -> f.name(filter).values(value)));
    }

    private static List<String> names(DescribeDataMigrationsResponse response) {
        return response.dataMigrations().stream()
                .map(DataMigration::dataMigrationName)
                .toList();
    }

    private static void assertErrorCode(Runnable call, String code) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code));
    }
}
