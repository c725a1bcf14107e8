package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.Event;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstanceTaskLog;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * The rules of classic tasks through the real SDK client: StartReplicationTaskType, the states each call
 * needs, service faults on Start/Stop, reloads, table statistics, events, moves and deletes.
 */
class ReplicationTaskRulesTest {

    private final DmsSimulator simulator = DmsSimulator.create();
    private final TaskFixture fixture = new TaskFixture(simulator);

    @Test
    void should_show_modifying_after_a_modify_then_the_status_the_task_had() {
        String arn = fixture.createReady("tuned", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationTaskArn();
        fixture.start(arn, "start-replication");
        fixture.jumpUntilStatus(arn, "running");
        fixture.stop(arn);
        fixture.jumpUntilStatus(arn, "stopped");

        ReplicationTask modifying = fixture.dms()
                .modifyReplicationTask(r -> r.replicationTaskArn(arn).migrationType("full-load"))
                .replicationTask();

        assertThat(modifying.status()).isEqualTo("modifying");
        assertThat(modifying.migrationTypeAsString())
                .as("the change applies at once")
                .isEqualTo("full-load");
        assertThatThrownBy(() -> fixture.start(arn, "reload-target"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("modifying");
        assertThat(fixture.jumpUntilStatus(arn, "stopped").stopReason()).isEqualTo("Stop Reason NORMAL");
        assertThat(simulator.statusHistory("123456789012", "us-east-1", "tuned"))
                .extracting(StatusChange::status)
                .startsWith("creating", "ready", "starting", "running");
    }

    @Test
    void should_show_testing_while_a_legacy_assessment_runs_then_ready_again() {
        String arn =
                fixture.createReady("checked", MigrationTypeValue.FULL_LOAD).replicationTaskArn();

        ReplicationTask testing = fixture.dms()
                .startReplicationTaskAssessment(r -> r.replicationTaskArn(arn))
                .replicationTask();

        assertThat(testing.status()).isEqualTo("testing");
        assertThatThrownBy(() -> fixture.start(arn, "start-replication"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("testing");
        assertThat(fixture.jumpUntilStatus(arn, "ready").status()).isEqualTo("ready");
        fixture.start(arn, "start-replication");
    }

    @Test
    void should_accept_start_replication_only_for_the_first_run() {
        String arn = fixture.createReady("once", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationTaskArn();
        assertThatThrownBy(() -> fixture.start(arn, "resume-processing"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("the only valid StartReplicationTaskType for its first run is start-replication");
        fixture.start(arn, "start-replication");
        fixture.jumpUntilStatus(arn, "running");
        fixture.stop(arn);
        fixture.jumpUntilStatus(arn, "stopped");

        assertThatThrownBy(() -> fixture.start(arn, "start-replication"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("start-replication is valid only for the first run");
        assertThat(fixture.start(arn, "reload-target").status()).isEqualTo("starting");
    }

    @Test
    void should_refuse_resume_processing_for_a_full_load_task_and_reload_target_for_a_cdc_task() {
        String full =
                fixture.createReady("full-only", MigrationTypeValue.FULL_LOAD).replicationTaskArn();
        String cdc = fixture.createReady("cdc-only", MigrationTypeValue.CDC).replicationTaskArn();

        assertThatThrownBy(() -> fixture.start(full, "resume-processing"))
                .satisfies(errorCode("InvalidParameterValueException"))
                .hasMessageContaining("resume-processing is not applicable");
        assertThatThrownBy(() -> fixture.start(cdc, "reload-target"))
                .satisfies(errorCode("InvalidParameterValueException"))
                .hasMessageContaining("reload-target is not applicable");
        assertThatThrownBy(() -> fixture.start(cdc, "restart-please"))
                .satisfies(errorCode("InvalidParameterValueException"));
    }

    @Test
    void should_refuse_cdc_start_time_together_with_cdc_start_position() {
        String arn = fixture.createReady("xor", MigrationTypeValue.CDC).replicationTaskArn();

        assertThatThrownBy(
                        () -> fixture.dms()
                                .startReplicationTask(
                                        r -> r.replicationTaskArn(arn)
                                                .startReplicationTaskType("start-replication")
                                                .cdcStartTime(Instant.parse("2026-01-01T00:00:00Z"))
                                                .cdcStartPosition(
                                                        "checkpoint:V1#27#mysql-bin-changelog.157832:1975:-1:2002:677883278264080:mysql-bin-changelog.157832:1876#0#0#*#0#93")))
                .satisfies(errorCode("InvalidParameterCombinationException"));
        assertThatThrownBy(() -> fixture.dms()
                        .createReplicationTask(fixture.taskRequest("xor-create", MigrationTypeValue.CDC)
                                .cdcStartTime(Instant.parse("2026-01-01T00:00:00Z"))
                                .cdcStartPosition("2026-01-01T00:00:00")
                                .build()))
                .satisfies(errorCode("InvalidParameterCombinationException"));
    }

    @Test
    void should_start_only_a_ready_stopped_or_failed_task_and_stop_only_a_running_one() {
        ReplicationTask creating = fixture.create("early", MigrationTypeValue.CDC);
        String arn = creating.replicationTaskArn();

        assertThatThrownBy(() -> fixture.start(arn, "start-replication"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("is creating");
        fixture.jumpUntilStatus(arn, "ready");
        assertThatThrownBy(() -> fixture.stop(arn))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("is ready");
        fixture.start(arn, "start-replication");
        assertThatThrownBy(() -> fixture.start(arn, "start-replication"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("is starting");
        assertThatThrownBy(() -> fixture.dms().deleteReplicationTask(r -> r.replicationTaskArn(arn)))
                .isInstanceOf(InvalidResourceStateException.class);
        assertThatThrownBy(() -> fixture.dms()
                        .modifyReplicationTask(r -> r.replicationTaskArn(arn).migrationType("full-load")))
                .isInstanceOf(InvalidResourceStateException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "StartReplicationTask, ResourceNotFound, software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException",
        "StartReplicationTask, InvalidResourceState, software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException",
        "StartReplicationTask, AccessDenied, software.amazon.awssdk.services.databasemigration.model.AccessDeniedException",
        "StartReplicationTask, FailedDependency, software.amazon.awssdk.services.databasemigration.model.FailedDependencyException",
        "StopReplicationTask, ResourceNotFound, software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException",
        "StopReplicationTask, InvalidResourceState, software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException",
        "StopReplicationTask, AccessDenied, software.amazon.awssdk.services.databasemigration.model.AccessDeniedException",
        "StopReplicationTask, FailedDependency, software.amazon.awssdk.services.databasemigration.model.FailedDependencyException"
    })
    void should_answer_a_named_fault_on_start_and_stop(String operation, String error, Class<?> exception) {
        String arn = fixture.createReady("faulted", MigrationTypeValue.CDC).replicationTaskArn();
        if (operation.equals("StopReplicationTask")) {
            fixture.start(arn, "start-replication");
            fixture.jumpUntilStatus(arn, "running");
        }
        simulator
                .faults()
                .arm(DmsFault.error(error)
                        .on(operation)
                        .message("staged " + error)
                        .build());

        assertThatThrownBy(() -> {
                    if (operation.equals("StartReplicationTask")) {
                        fixture.start(arn, "start-replication");
                    } else {
                        fixture.stop(arn);
                    }
                })
                .isInstanceOf(exception)
                .hasMessageStartingWith("staged " + error);
    }

    @Test
    void should_reload_tables_of_a_running_task_and_report_table_statistics() {
        simulator.declareTables(
                "123456789012",
                "us-east-1",
                List.of(TableSpec.of("public", "orders", 5_000_000), TableSpec.of("public", "items", 1_000)));
        String arn = fixture.createReady("reloading", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationTaskArn();
        assertThatThrownBy(() -> fixture.dms().describeTableStatistics(r -> r.replicationTaskArn(arn)))
                .isInstanceOf(InvalidResourceStateException.class);
        fixture.start(arn, "start-replication");
        fixture.jumpUntil(
                arn,
                t -> t.replicationTaskStats() != null
                        && t.replicationTaskStats().fullLoadProgressPercent() == 100,
                "full load done");

        fixture.dms()
                .reloadTables(r -> r.replicationTaskArn(arn)
                        .tablesToReload(t -> t.schemaName("public").tableName("orders")));

        List<TableStatistics> reloading = fixture.dms()
                .describeTableStatistics(r -> r.replicationTaskArn(arn)
                        .filters(f -> f.name("table-name").values("orders")))
                .tableStatistics();
        assertThat(reloading)
                .singleElement()
                .satisfies(t -> assertThat(t.tableState()).isEqualTo("Table is being reloaded"));
        assertThat(fixture.describe(arn).replicationTaskStats().tablesLoading()).isEqualTo(1);
        assertThatThrownBy(() -> fixture.dms()
                        .reloadTables(r -> r.replicationTaskArn(arn)
                                .tablesToReload(t -> t.schemaName("public").tableName("nope"))))
                .satisfies(errorCode("InvalidParameterValueException"));
        assertThatThrownBy(() -> fixture.dms()
                        .reloadTables(r -> r.replicationTaskArn(arn)
                                .reloadOption("validate-only")
                                .tablesToReload(t -> t.schemaName("public").tableName("orders"))))
                .satisfies(errorCode("InvalidParameterValueException"))
                .hasMessageContaining("EnableValidation");
    }

    @Test
    void should_record_task_events_in_virtual_time() {
        String arn =
                fixture.createReady("evented", MigrationTypeValue.FULL_LOAD).replicationTaskArn();
        fixture.start(arn, "start-replication");
        fixture.jumpUntilStatus(arn, "stopped");

        List<Event> events = fixture.dms()
                .describeEvents(r -> r.sourceType("replication-task"))
                .events();

        assertThat(events)
                .extracting(Event::message)
                .containsExactly(
                        "Replication task has been created.", "Replication task started.", "Replication task stopped.");
        assertThat(events).allSatisfy(e -> assertThat(e.sourceIdentifier()).isEqualTo("evented"));
        assertThat(events.get(2).date())
                .isEqualTo(fixture.describe(arn).replicationTaskStats().stopDate());
    }

    @Test
    void should_move_a_stopped_task_to_another_available_instance() {
        ReplicationTask task = fixture.createReady("mover", MigrationTypeValue.CDC);
        String target = fixture.availableInstance("target-instance");

        ReplicationTask moving = fixture.dms()
                .moveReplicationTask(
                        r -> r.replicationTaskArn(task.replicationTaskArn()).targetReplicationInstanceArn(target))
                .replicationTask();

        assertThat(moving.status()).isEqualTo("moving");
        assertThat(moving.targetReplicationInstanceArn()).isEqualTo(target);
        ReplicationTask moved = fixture.jumpUntilStatus(task.replicationTaskArn(), "ready");
        assertThat(moved.replicationInstanceArn()).isEqualTo(target);
        assertThatThrownBy(() -> fixture.dms()
                        .moveReplicationTask(r ->
                                r.replicationTaskArn(task.replicationTaskArn()).targetReplicationInstanceArn(target)))
                .satisfies(errorCode("InvalidParameterValueException"));
    }

    @Test
    void should_refuse_deleting_an_instance_with_tasks_and_list_their_logs() {
        ReplicationTask task = fixture.createReady("resident", MigrationTypeValue.CDC);
        String instance = task.replicationInstanceArn();

        List<ReplicationInstanceTaskLog> logs = fixture.dms()
                .describeReplicationInstanceTaskLogs(r -> r.replicationInstanceArn(instance))
                .replicationInstanceTaskLogs();
        assertThat(logs)
                .singleElement()
                .satisfies(log -> assertThat(log.replicationTaskArn()).isEqualTo(task.replicationTaskArn()));
        assertThatThrownBy(() -> fixture.dms().deleteReplicationInstance(r -> r.replicationInstanceArn(instance)))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("replication task resident");

        ReplicationTask deleting = fixture.dms()
                .deleteReplicationTask(r -> r.replicationTaskArn(task.replicationTaskArn()))
                .replicationTask();
        assertThat(deleting.status()).isEqualTo("deleting");
        assertThatThrownBy(() -> fixture.dms().deleteReplicationInstance(r -> r.replicationInstanceArn(instance)))
                .as("a deleting task still counts on its instance")
                .isInstanceOf(InvalidResourceStateException.class);
        fixture.simulator().clock().advanceTo(fixture.simulator().nextChange().orElseThrow());
        assertThat(fixture.dms()
                        .deleteReplicationInstance(r -> r.replicationInstanceArn(instance))
                        .replicationInstance()
                        .replicationInstanceStatus())
                .isEqualTo("deleting");
    }

    @Test
    void should_answer_bad_task_input_with_the_documented_errors() {
        fixture.create("taken", MigrationTypeValue.CDC);

        assertThatThrownBy(() -> fixture.create("TAKEN", MigrationTypeValue.CDC))
                .isInstanceOf(ResourceAlreadyExistsException.class);
        assertThatThrownBy(() -> fixture.dms()
                        .createReplicationTask(fixture.taskRequest("bad-type", MigrationTypeValue.CDC)
                                .migrationType("sometimes")
                                .build()))
                .satisfies(errorCode("InvalidParameterValueException"))
                .hasMessageContaining("MigrationType");
        assertThatThrownBy(() -> fixture.dms()
                        .createReplicationTask(fixture.taskRequest("bad-settings", MigrationTypeValue.CDC)
                                .replicationTaskSettings("{not json")
                                .build()))
                .satisfies(errorCode("InvalidParameterValueException"))
                .hasMessageContaining("ReplicationTaskSettings");
        assertThatThrownBy(() -> fixture.dms()
                        .createReplicationTask(fixture.taskRequest("no-instance", MigrationTypeValue.CDC)
                                .replicationInstanceArn("arn:aws:dms:us-east-1:123456789012:rep:NOPE")
                                .build()))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> fixture.dms()
                        .createReplicationTask(fixture.taskRequest("bad-mapping", MigrationTypeValue.CDC)
                                .tableMappings("{\"rules\": 3}")
                                .build()))
                .satisfies(errorCode("InvalidParameterValueException"));
        assertThatThrownBy(() -> fixture.start("arn:aws:dms:us-east-1:123456789012:task:NOPE", "start-replication"))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    /** The SDK has no exception classes for these codes; they reach it as DatabaseMigrationException. */
    private static ThrowingConsumer<Throwable> errorCode(String code) {
        return thrown -> assertThat(thrown)
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code));
    }
}
