package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.DmsClients;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.wiremock.flavour.ClassicTaskBed;
import io.dmstestkit.wiremock.flavour.ClientFlavour;
import io.dmstestkit.wiremock.flavour.FlavouredTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/**
 * The whole classic lifecycle of each migration type, from create to delete, through the real SDK v2
 * client in each {@link ClientFlavour} (sync and async, in-process and over HTTP), in virtual time.
 */
class ClassicTaskLifecycleAcceptanceTest extends FlavouredTest {

    private final DmsSimulator simulator = DmsSimulator.create();

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_run_a_full_load_task_until_it_stops_by_itself_then_delete_it(ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        ReplicationTask created = bed.create("full", MigrationTypeValue.FULL_LOAD);
        assertThat(created.status()).isEqualTo("creating");
        String arn = created.replicationTaskArn();
        bed.jumpUntilStatus(arn, "ready");

        assertThat(bed.start(arn, "start-replication").status()).isEqualTo("starting");
        assertThat(bed.jumpUntilStatus(arn, "running").replicationTaskStats().startDate())
                .isNotNull();
        ReplicationTask stopped = bed.jumpUntilStatus(arn, "stopped");

        assertThat(stopped.stopReason()).isEqualTo("Stop Reason FULL_LOAD_ONLY_FINISHED");
        assertThat(stopped.replicationTaskStats().fullLoadProgressPercent()).isEqualTo(100);
        assertThat(stopped.replicationTaskStats().tablesLoaded()).isPositive();
        assertThat(stopped.replicationTaskStats().fullLoadFinishDate()).isNotNull();
        assertThat(stopped.lastFailureMessage()).isNull();
        assertThat(bed.dms()
                        .deleteReplicationTask(r -> r.replicationTaskArn(arn))
                        .replicationTask()
                        .status())
                .isEqualTo("deleting");
        bed.dms()
                .waiter()
                .waitUntilReplicationTaskDeleted(ClassicTaskBed.byArn(arn), DmsClients.virtualWaits(simulator));
        assertThatThrownBy(() -> bed.describe(arn)).isInstanceOf(ResourceNotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_run_a_full_load_and_cdc_task_until_stopped_then_resume_it(ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        String arn = bed.createReady("both", MigrationTypeValue.FULL_LOAD_AND_CDC);
        bed.start(arn, "start-replication");

        bed.jumpUntil(
                arn,
                t -> t.replicationTaskStats() != null
                        && t.replicationTaskStats().fullLoadProgressPercent() == 100,
                "full load done");
        simulator.clock().advance(Duration.ofMinutes(30));
        ReplicationTask running = bed.describe(arn);
        assertThat(running.status()).isEqualTo("running");
        assertThat(running.recoveryCheckpoint()).isNotNull();
        assertThat(simulator.cdcLatency(ClientFlavour.ACCOUNT, "us-east-1", "both"))
                .isPresent();

        assertThat(bed.stop(arn).status()).isEqualTo("stopping");
        ReplicationTask stopped = bed.jumpUntilStatus(arn, "stopped");
        assertThat(stopped.stopReason()).isEqualTo("Stop Reason NORMAL");
        ReplicationTask resumed = bed.start(arn, "resume-processing");
        assertThat(resumed.status()).isEqualTo("starting");
        assertThat(resumed.replicationTaskStats().freshStartDate())
                .isEqualTo(stopped.replicationTaskStats().freshStartDate());
        assertThat(bed.jumpUntilStatus(arn, "running").stopReason()).isNull();
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_run_a_cdc_task_until_its_cdc_stop_position(ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        String arn = bed.createReady("changes", MigrationTypeValue.CDC);
        Instant stopAt = simulator.clock().now().plus(Duration.ofHours(1));

        bed.dms()
                .startReplicationTask(r -> r.replicationTaskArn(arn)
                        .startReplicationTaskType("start-replication")
                        .cdcStopPosition("server_time:" + stopAt));

        ReplicationTask running = bed.jumpUntilStatus(arn, "running");
        assertThat(running.cdcStopPosition()).isEqualTo("server_time:" + stopAt);
        assertThat(running.replicationTaskStats().fullLoadStartDate()).isNull();
        ReplicationTask stopped = bed.jumpUntilStatus(arn, "stopped");
        assertThat(stopped.stopReason()).isEqualTo("Stop Reason STOPPED_AT_SERVER_TIME");
        assertThat(stopped.replicationTaskStats().stopDate()).isNotNull();
    }
}
