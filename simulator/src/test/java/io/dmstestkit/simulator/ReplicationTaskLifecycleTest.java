package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/** The lifecycle of each migration type of a classic task, through the real SDK client in virtual time. */
class ReplicationTaskLifecycleTest {

    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "us-east-1";

    private final DmsSimulator simulator = DmsSimulator.create();
    private final TaskFixture fixture = new TaskFixture(simulator);

    @Test
    void should_create_a_task_creating_then_ready_with_default_settings() {
        ReplicationTask created = fixture.create("orders-task", MigrationTypeValue.FULL_LOAD);

        assertThat(created.status()).isEqualTo("creating");
        assertThat(created.replicationTaskArn()).contains(":task:");
        assertThat(created.replicationTaskSettings()).contains("\"TargetMetadata\"");
        assertThat(created.replicationTaskStats()).isNull();
        ReplicationTask ready = fixture.jumpUntilStatus(created.replicationTaskArn(), "ready");
        assertThat(ready.replicationTaskCreationDate()).isEqualTo(created.replicationTaskCreationDate());
    }

    @Test
    void should_run_a_full_load_task_until_it_stops_by_itself() {
        String arn = fixture.createReady("full", MigrationTypeValue.FULL_LOAD).replicationTaskArn();

        ReplicationTask starting = fixture.start(arn, "start-replication");
        assertThat(starting.status()).isEqualTo("starting");
        assertThat(fixture.jumpUntilStatus(arn, "running")
                        .replicationTaskStats()
                        .startDate())
                .isNotNull();

        ReplicationTask stopped = fixture.jumpUntilStatus(arn, "stopped");
        assertThat(stopped.stopReason()).isEqualTo("Stop Reason FULL_LOAD_ONLY_FINISHED");
        assertThat(stopped.replicationTaskStats().fullLoadProgressPercent()).isEqualTo(100);
        assertThat(stopped.replicationTaskStats().tablesLoaded()).isPositive();
        assertThat(stopped.replicationTaskStats().tablesQueued()).isZero();
        assertThat(stopped.replicationTaskStats().fullLoadFinishDate()).isNotNull();
        assertThat(stopped.replicationTaskStats().stopDate()).isNotNull();
        assertThat(stopped.lastFailureMessage()).isNull();
    }

    @Test
    void should_keep_a_full_load_and_cdc_task_running_with_cdc_latency_until_stopped() {
        String arn = fixture.createReady("both", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationTaskArn();
        fixture.start(arn, "start-replication");

        fixture.jumpUntil(
                arn,
                t -> t.replicationTaskStats() != null
                        && t.replicationTaskStats().fullLoadProgressPercent() == 100,
                "full load done");
        simulator.clock().advance(Duration.ofMinutes(30));
        ReplicationTask running = fixture.describe(arn);
        assertThat(running.status()).isEqualTo("running");
        assertThat(running.stopReason()).isNull();
        assertThat(simulator.cdcLatency(ACCOUNT, REGION, "both")).isPresent();
        assertThat(running.recoveryCheckpoint()).isNotNull();

        ReplicationTask stopping = fixture.stop(arn);
        assertThat(stopping.status()).isEqualTo("stopping");
        ReplicationTask stopped = fixture.jumpUntilStatus(arn, "stopped");
        assertThat(stopped.stopReason()).isEqualTo("Stop Reason NORMAL");
        assertThat(simulator.cdcLatency(ACCOUNT, REGION, "both")).isEmpty();

        ReplicationTask resumed = fixture.start(arn, "resume-processing");
        assertThat(resumed.status()).isEqualTo("starting");
        assertThat(resumed.replicationTaskStats().freshStartDate())
                .isEqualTo(stopped.replicationTaskStats().freshStartDate());
    }

    @Test
    void should_run_a_cdc_task_without_full_load_until_its_cdc_stop_position() {
        String arn = fixture.createReady("changes", MigrationTypeValue.CDC).replicationTaskArn();
        Instant stopAt = simulator.clock().now().plus(Duration.ofHours(1));

        fixture.dms()
                .startReplicationTask(r -> r.replicationTaskArn(arn)
                        .startReplicationTaskType("start-replication")
                        .cdcStopPosition("server_time:" + stopAt));

        ReplicationTask running = fixture.jumpUntilStatus(arn, "running");
        assertThat(simulator.cdcLatency(ACCOUNT, REGION, "changes")).isPresent();
        assertThat(running.cdcStopPosition()).isEqualTo("server_time:" + stopAt);
        ReplicationTask stopped = fixture.jumpUntilStatus(arn, "stopped");
        assertThat(stopped.stopReason()).isEqualTo("Stop Reason STOPPED_AT_SERVER_TIME");
    }

    @Test
    void should_fail_a_task_with_the_planned_incident_and_report_it() {
        String arn = fixture.createReady("fragile", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationTaskArn();
        simulator.planIncident(
                ACCOUNT,
                REGION,
                "fragile",
                DmsIncident.failAtPercent(40, DmsIncident.Severity.FATAL_ERROR, "ORA-01555"));
        fixture.start(arn, "start-replication");

        ReplicationTask failed = fixture.jumpUntilStatus(arn, "failed");

        assertThat(failed.stopReason()).isEqualTo("Stop Reason FATAL_ERROR");
        assertThat(failed.lastFailureMessage()).contains("ORA-01555");
        assertThatThrownBy(() -> fixture.start(arn, "resume-processing"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("reload-target");
        assertThat(fixture.start(arn, "reload-target").status()).isEqualTo("starting");
        assertThat(simulator.statusHistory(ACCOUNT, REGION, "fragile"))
                .extracting(StatusChange::status)
                .startsWith("creating", "ready", "starting", "running", "failed");
    }

    @Test
    void should_list_and_filter_tasks_and_omit_settings_when_asked() {
        ReplicationTask full = fixture.create("listed-full", MigrationTypeValue.FULL_LOAD);
        fixture.create("listed-cdc", MigrationTypeValue.CDC);

        List<ReplicationTask> cdc = fixture.dms()
                .describeReplicationTasks(
                        r -> r.filters(f -> f.name("migration-type").values("cdc")))
                .replicationTasks();
        assertThat(cdc).extracting(ReplicationTask::replicationTaskIdentifier).containsExactly("listed-cdc");
        List<ReplicationTask> byInstance = fixture.dms()
                .describeReplicationTasks(r -> r.withoutSettings(true)
                        .filters(f -> f.name("replication-instance-arn").values(full.replicationInstanceArn())))
                .replicationTasks();
        assertThat(byInstance)
                .hasSize(2)
                .allSatisfy(t -> assertThat(t.replicationTaskSettings()).isNull());
        assertThat(fixture.dms()
                        .describeReplicationTasks(
                                r -> r.filters(f -> f.name("endpoint-arn").values(full.sourceEndpointArn())))
                        .replicationTasks())
                .hasSize(2);
        assertThatThrownBy(() -> fixture.dms()
                        .describeReplicationTasks(r ->
                                r.filters(f -> f.name("replication-task-id").values("nope"))))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_page_tasks_with_marker_and_max_records() {
        for (int i = 0; i < 25; i++) {
            fixture.create("paged-" + i, MigrationTypeValue.FULL_LOAD);
        }

        var first = fixture.dms().describeReplicationTasks(r -> r.maxRecords(20));
        var second =
                fixture.dms().describeReplicationTasks(r -> r.maxRecords(20).marker(first.marker()));

        assertThat(first.replicationTasks()).hasSize(20);
        assertThat(second.replicationTasks()).hasSize(5);
        assertThat(second.marker()).isNull();
    }

    @Test
    void should_read_the_task_through_the_simulator_api_and_state_dump() {
        String arn =
                fixture.createReady("readable", MigrationTypeValue.FULL_LOAD).replicationTaskArn();
        fixture.start(arn, "start-replication");
        fixture.jumpUntilStatus(arn, "stopped");

        assertThat(simulator.replicationTask(ACCOUNT, REGION, "readable"))
                .map(ReplicationTask::replicationTaskArn)
                .contains(arn);
        assertThat(simulator.replicationTask(ACCOUNT, REGION, arn))
                .map(ReplicationTask::status)
                .contains("stopped");
        assertThat(simulator.tableStatistics(ACCOUNT, REGION, "readable")).isNotEmpty();
        assertThat(simulator.stateAsJson()).contains("\"ReplicationTasks\"").contains(arn);
    }
}
