package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.DataMigrationStatistics;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.InvalidOperationException;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/**
 * Starting, running and stopping data migrations in virtual time. With the default timings a run is
 * STARTING for 30s, then loads the five default tables in parallel; the largest (4M rows at 50k rows/s
 * plus 5s setup) finishes 85s after RUNNING.
 */
class DataMigrationLifecycleTest {

    private static final Instant T0 = SimulatedClock.DEFAULT_START;

    private final DmsSimulator simulator =
            DmsSimulator.builder().clock(SimulatedClock.manual()).build();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);
    private final DataMigrationFixture fixture = new DataMigrationFixture(dms);

    @Test
    void should_run_the_full_chain_from_profile_to_a_stopped_full_load_and_cdc_migration() {
        fixture.profile("profile");
        fixture.provider("source", "source.example.com");
        fixture.provider("target", "target.example.com");
        dms.createMigrationProject(r -> r.migrationProjectName("project")
                .instanceProfileIdentifier("profile")
                .sourceDataProviderDescriptors(d -> d.dataProviderIdentifier("source"))
                .targetDataProviderDescriptors(d -> d.dataProviderIdentifier("target")));
        fixture.migration("project", "orders", MigrationTypeValue.FULL_LOAD_AND_CDC);

        DataMigration started = start("orders", "start-replication");
        assertThat(started.dataMigrationStatus()).isEqualTo("STARTING");
        assertThat(started.dataMigrationStartTime()).isEqualTo(T0);
        assertThat(started.dataMigrationStatistics().tablesQueued()).isEqualTo(5);
        assertThat(started.dataMigrationStatistics().fullLoadPercentage()).isZero();

        simulator.clock().advance(Duration.ofSeconds(40));
        DataMigrationStatistics loading = describe("orders").dataMigrationStatistics();
        assertThat(describe("orders").dataMigrationStatus()).isEqualTo("RUNNING");
        assertThat(loading.tablesLoaded()).isEqualTo(2); // products and customers
        assertThat(loading.tablesLoading()).isEqualTo(3);
        assertThat(loading.fullLoadPercentage()).isBetween(1, 99);
        assertThat(loading.cdcLatency()).isNull();
        assertThat(loading.elapsedTimeMillis()).isEqualTo(40_000);

        List<Integer> percentages = percentagesUntilFullLoadIsDone("orders");
        assertThat(percentages).isSorted().endsWith(100);
        DataMigrationStatistics loaded = describe("orders").dataMigrationStatistics();
        assertThat(simulator.clock().now()).isEqualTo(T0.plusSeconds(30 + 85));
        assertThat(loaded.tablesLoaded()).isEqualTo(5);
        assertThat(loaded.tablesQueued()).isZero();
        assertThat(loaded.cdcLatency()).isEqualTo(60);

        simulator.clock().advance(Duration.ofMinutes(1));
        assertThat(describe("orders").dataMigrationStatistics().cdcLatency()).isEqualTo(31);
        simulator.clock().advance(Duration.ofMinutes(10));
        assertThat(describe("orders").dataMigrationStatistics().cdcLatency()).isEqualTo(1);
        assertThat(simulator.nextChange()).isEmpty();

        DataMigration stopping =
                dms.stopDataMigration(r -> r.dataMigrationIdentifier("orders")).dataMigration();
        assertThat(stopping.dataMigrationStatus()).isEqualTo("STOPPING");
        assertThat(stopping.stopReason()).isEqualTo("Stop Reason NORMAL");
        Instant stopAt = simulator.clock().now();

        simulator.clock().advance(Duration.ofSeconds(30));
        DataMigration stopped = describe("orders");
        assertThat(stopped.dataMigrationStatus()).isEqualTo("STOPPED");
        assertThat(stopped.stopReason()).isEqualTo("Stop Reason NORMAL");
        assertThat(stopped.dataMigrationEndTime()).isEqualTo(stopAt.plusSeconds(30));
        assertThat(stopped.dataMigrationStatistics().stopTime()).isEqualTo(stopAt.plusSeconds(30));
        assertThat(stopped.dataMigrationStatistics().cdcLatency()).isNull();
        assertThat(stopped.dataMigrationStatistics().fullLoadPercentage()).isEqualTo(100);
        assertThat(stopped.publicIpAddresses()).singleElement().asString().startsWith("52.");
    }

    @Test
    void should_stop_a_full_load_migration_by_itself_when_the_load_is_done() {
        fixture.migration("orders", MigrationTypeValue.FULL_LOAD);
        start("orders", "start-replication");

        assertThat(percentagesUntilFullLoadIsDone("orders")).endsWith(100);
        DataMigration stopping = describe("orders");
        assertThat(stopping.dataMigrationStatus()).isEqualTo("STOPPING");
        assertThat(stopping.stopReason()).isEqualTo("Stop Reason FULL_LOAD_ONLY_FINISHED");

        simulator.nextChange().ifPresent(simulator.clock()::advanceTo);
        DataMigration stopped = describe("orders");
        assertThat(stopped.dataMigrationStatus()).isEqualTo("STOPPED");
        assertThat(stopped.dataMigrationStatistics().tablesLoaded()).isEqualTo(5);
        assertThat(stopped.dataMigrationStatistics().cdcLatency()).isNull();
        assertThat(stopped.dataMigrationStatistics().elapsedTimeMillis()).isEqualTo((30 + 85 + 30) * 1000L);
        assertThat(simulator.nextChange()).isEmpty();
    }

    @Test
    void should_load_the_declared_tables_that_the_selection_rules_select() {
        simulator.declareTables(
                "123456789012",
                "us-east-1",
                List.of(
                        TableSpec.of("sales", "orders", 100_000),
                        TableSpec.of("sales", "refunds", 50_000),
                        TableSpec.of("audit", "events", 9_000_000)));
        fixture.project("p");
        dms.createDataMigration(r -> r.migrationProjectIdentifier("p")
                .dataMigrationName("sales")
                .dataMigrationType(MigrationTypeValue.FULL_LOAD)
                .serviceAccessRoleArn(DataMigrationFixture.ROLE)
                .selectionRules("{\"rules\":[{\"rule-type\":\"selection\",\"rule-id\":\"1\",\"rule-name\":\"1\","
                        + "\"object-locator\":{\"schema-name\":\"sales\",\"table-name\":\"%\"},"
                        + "\"rule-action\":\"include\"}]}"));
        fixture.migration("p", "everything", MigrationTypeValue.FULL_LOAD);

        assertThat(start("sales", "start-replication").dataMigrationStatistics().tablesQueued())
                .isEqualTo(2);
        assertThat(start("everything", "start-replication")
                        .dataMigrationStatistics()
                        .tablesQueued())
                .isEqualTo(3);
    }

    @Test
    void should_replicate_changes_only_for_a_cdc_migration() {
        fixture.migration("orders", MigrationTypeValue.CDC);
        start("orders", "start-replication");

        simulator.clock().advance(Duration.ofSeconds(30));
        DataMigrationStatistics running = describe("orders").dataMigrationStatistics();

        assertThat(describe("orders").dataMigrationStatus()).isEqualTo("RUNNING");
        assertThat(running.fullLoadPercentage()).isNull();
        assertThat(running.tablesQueued()).isZero();
        assertThat(running.cdcLatency()).isEqualTo(60);
        assertThat(simulator.nextChange()).contains(simulator.clock().now().plus(Duration.ofMinutes(2)));
    }

    @Test
    void should_resume_with_the_tables_the_stopped_run_had_not_loaded() {
        fixture.migration("orders", MigrationTypeValue.FULL_LOAD_AND_CDC);
        start("orders", "start-replication");
        simulator.clock().advance(Duration.ofSeconds(40));
        dms.stopDataMigration(r -> r.dataMigrationIdentifier("orders"));
        simulator.clock().advance(Duration.ofSeconds(30));
        DataMigrationStatistics stopped = describe("orders").dataMigrationStatistics();
        assertThat(stopped.tablesLoaded()).isEqualTo(2);
        assertThat(stopped.tablesLoading()).isZero();
        assertThat(stopped.tablesQueued()).isEqualTo(3);

        DataMigration resumed = start("orders", "resume-processing");

        assertThat(resumed.dataMigrationStatus()).isEqualTo("STARTING");
        assertThat(resumed.stopReason()).isEqualTo("Stop Reason NORMAL");
        assertThat(resumed.dataMigrationStatistics().tablesQueued()).isEqualTo(3);
        assertThat(resumed.dataMigrationStatistics().stopTime()).isNull();
        assertThat(resumed.dataMigrationStatistics().elapsedTimeMillis()).isZero();
    }

    @Test
    void should_reload_every_table_with_reload_target() {
        fixture.migration("orders", MigrationTypeValue.FULL_LOAD);
        start("orders", "start-replication");
        percentagesUntilFullLoadIsDone("orders");
        simulator.nextChange().ifPresent(simulator.clock()::advanceTo);

        DataMigration reloading = start("orders", "reload-target");

        assertThat(reloading.dataMigrationStatistics().tablesQueued()).isEqualTo(5);
        assertThat(reloading.dataMigrationStatistics().fullLoadPercentage()).isZero();
        assertThat(reloading.dataMigrationStartTime())
                .isEqualTo(simulator.clock().now());
    }

    @Test
    void should_refuse_starting_a_migration_that_is_running_or_stopping() {
        fixture.migration("orders", MigrationTypeValue.FULL_LOAD_AND_CDC);
        start("orders", "start-replication");

        assertThatThrownBy(() -> start("orders", "reload-target"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("STARTING");
        simulator.clock().advance(Duration.ofMinutes(1));
        dms.stopDataMigration(r -> r.dataMigrationIdentifier("orders"));
        assertThatThrownBy(() -> start("orders", "resume-processing"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("STOPPING");
    }

    @Test
    void should_refuse_stopping_a_migration_that_is_not_running() {
        fixture.migration("orders", MigrationTypeValue.FULL_LOAD_AND_CDC);

        assertThatThrownBy(() -> dms.stopDataMigration(r -> r.dataMigrationIdentifier("orders")))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("READY");
        start("orders", "start-replication");
        simulator.clock().advance(Duration.ofMinutes(1));
        dms.stopDataMigration(r -> r.dataMigrationIdentifier("orders"));
        assertThatThrownBy(() -> dms.stopDataMigration(r -> r.dataMigrationIdentifier("orders")))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("STOPPING");
    }

    @Test
    void should_refuse_resume_processing_on_a_full_load_migration() {
        fixture.migration("orders", MigrationTypeValue.FULL_LOAD);

        assertThatThrownBy(() -> start("orders", "resume-processing"))
                .isInstanceOf(InvalidOperationException.class)
                .hasMessageContaining("reload-target");
    }

    @Test
    void should_refuse_resume_processing_on_first_run_and_start_replication_on_later_runs() {
        fixture.migration("orders", MigrationTypeValue.CDC);

        assertThatThrownBy(() -> start("orders", "resume-processing"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("never run");
        start("orders", "start-replication");
        dms.stopDataMigration(r -> r.dataMigrationIdentifier("orders"));
        simulator.clock().advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> start("orders", "start-replication"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("resume-processing");
    }

    @Test
    void should_refuse_an_unknown_start_type_and_unknown_migrations() {
        fixture.migration("orders", MigrationTypeValue.CDC);

        assertThatThrownBy(() -> start("orders", "warm-start"))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValueException"));
        assertThatThrownBy(() -> start("nope", "start-replication")).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dms.stopDataMigration(r -> r.dataMigrationIdentifier("nope")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_start_and_stop_by_arn() {
        DataMigration orders = fixture.migration("orders", MigrationTypeValue.CDC);

        start(orders.dataMigrationArn(), "start-replication");
        DataMigration stopping = dms.stopDataMigration(r -> r.dataMigrationIdentifier(orders.dataMigrationArn()))
                .dataMigration();

        assertThat(stopping.dataMigrationStatus()).isEqualTo("STOPPING");
    }

    @Test
    void should_show_the_whole_lifecycle_to_a_poller_when_reads_advance_the_clock() {
        DmsSimulator polled = DmsSimulator.builder()
                .clock(SimulatedClock.manual())
                .settings(SimulatorSettings.builder().advanceOnPoll(true).build())
                .build();
        DatabaseMigrationClient client = TestClients.inProcess(polled);
        new DataMigrationFixture(client).migration("orders", MigrationTypeValue.FULL_LOAD);
        client.startDataMigration(r -> r.dataMigrationIdentifier("orders").startType("start-replication"));

        List<String> seen = new ArrayList<>();
        for (int poll = 0; poll < 20 && !seen.contains("STOPPED"); poll++) {
            String status = client.describeDataMigrations(r -> {})
                    .dataMigrations()
                    .get(0)
                    .dataMigrationStatus();
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(status)) {
                seen.add(status);
            }
        }

        assertThat(seen).containsExactly("RUNNING", "STOPPING", "STOPPED");
    }

    private DataMigration start(String identifier, String startType) {
        return dms.startDataMigration(r -> r.dataMigrationIdentifier(identifier).startType(startType))
                .dataMigration();
    }

    private DataMigration describe(String name) {
        return dms.describeDataMigrations(
                        r -> r.filters(f -> f.name("data-migration-name").values(name)))
                .dataMigrations()
                .get(0);
    }

    /** Jumps from change to change until the full load is done, collecting the percentages seen. */
    private List<Integer> percentagesUntilFullLoadIsDone(String name) {
        List<Integer> seen = new ArrayList<>();
        while (seen.isEmpty() || seen.get(seen.size() - 1) < 100) {
            simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
            seen.add(describe(name).dataMigrationStatistics().fullLoadPercentage());
        }
        return seen;
    }
}
