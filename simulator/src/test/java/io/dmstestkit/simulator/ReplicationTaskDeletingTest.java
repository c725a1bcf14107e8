package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.Event;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/**
 * DeleteReplicationTask: the task is {@code deleting} for {@link Timings#taskDeleting()} of virtual time
 * (every other call on it refused, still counted on its instance), then gone, and the clock's next change
 * is that moment.
 */
class ReplicationTaskDeletingTest {

    private final DmsSimulator simulator = DmsSimulator.create();
    private final TaskFixture fixture = new TaskFixture(simulator);
    private final DatabaseMigrationClient dms = fixture.dms();

    @Test
    void should_show_a_deleted_task_deleting_for_the_default_30_seconds_then_answer_not_found() {
        String arn = stoppedTask("leaving");
        Instant deletedAt = simulator.clock().now();

        ReplicationTask deleting =
                dms.deleteReplicationTask(r -> r.replicationTaskArn(arn)).replicationTask();

        assertThat(deleting.status()).isEqualTo("deleting");
        assertThat(deleting.stopReason()).as("the last run's members stay").isNotNull();
        assertThat(fixture.describe(arn).status()).isEqualTo("deleting");
        assertThat(dms.describeReplicationTasks(r ->
                                r.filters(f -> f.name("replication-task-id").values("leaving")))
                        .replicationTasks())
                .singleElement()
                .satisfies(task -> assertThat(task.status()).isEqualTo("deleting"));
        assertThat(simulator.nextChange()).contains(deletedAt.plusSeconds(30));

        simulator.clock().advance(Duration.ofSeconds(29));
        assertThat(fixture.describe(arn).status()).isEqualTo("deleting");
        simulator.clock().advanceTo(simulator.nextChange().orElseThrow());

        assertThat(simulator.clock().now()).isEqualTo(deletedAt.plusSeconds(30));
        assertThatThrownBy(() -> fixture.describe(arn)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(simulator.replicationTask("leaving")).isEmpty();
        assertThat(simulator.nextChange()).isEmpty();
    }

    @Test
    void should_refuse_every_change_of_a_deleting_task_with_invalid_resource_state() {
        String arn = stoppedTask("refusing");
        String other = fixture.availableInstance("other-instance");
        dms.deleteReplicationTask(r -> r.replicationTaskArn(arn));

        List<Runnable> calls = List.of(
                () -> fixture.start(arn, "resume-processing"),
                () -> fixture.start(arn, "reload-target"),
                () -> fixture.stop(arn),
                () -> dms.modifyReplicationTask(r -> r.replicationTaskArn(arn).migrationType("cdc")),
                () -> dms.reloadTables(r -> r.replicationTaskArn(arn)
                        .tablesToReload(t -> t.schemaName("public").tableName("orders"))),
                () -> dms.moveReplicationTask(r -> r.replicationTaskArn(arn).targetReplicationInstanceArn(other)),
                () -> dms.deleteReplicationTask(r -> r.replicationTaskArn(arn)),
                () -> dms.startReplicationTaskAssessment(r -> r.replicationTaskArn(arn)));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run)
                    .isInstanceOf(InvalidResourceStateException.class)
                    .hasMessageContaining("is deleting");
        }
        assertThatThrownBy(() -> fixture.create("REFUSING", MigrationTypeValue.CDC))
                .as("the identifier stays taken until the task is gone")
                .isInstanceOf(ResourceAlreadyExistsException.class);
        assertThatThrownBy(() -> simulator.planIncident(
                        "123456789012",
                        "us-east-1",
                        "refusing",
                        DmsIncident.failAtPercent(10, DmsIncident.Severity.FATAL_ERROR, "late")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is being deleted");

        simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
        assertThatThrownBy(() -> fixture.stop(arn)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(fixture.create("refusing", MigrationTypeValue.CDC).status()).isEqualTo("creating");
    }

    @Test
    void should_count_a_deleting_task_on_its_instance_until_it_is_gone() {
        ReplicationTask task = fixture.createReady("resident", MigrationTypeValue.CDC);
        String instance = task.replicationInstanceArn();
        dms.deleteReplicationTask(r -> r.replicationTaskArn(task.replicationTaskArn()));

        assertThatThrownBy(() -> dms.deleteReplicationInstance(r -> r.replicationInstanceArn(instance)))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("replication task resident");
        assertThat(dms.describeReplicationInstanceTaskLogs(r -> r.replicationInstanceArn(instance))
                        .replicationInstanceTaskLogs())
                .hasSize(1);

        simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
        assertThat(dms.deleteReplicationInstance(r -> r.replicationInstanceArn(instance))
                        .replicationInstance()
                        .replicationInstanceStatus())
                .isEqualTo("deleting");
    }

    @Test
    void should_record_a_deletion_event_when_the_delete_is_accepted_and_when_the_task_is_gone() {
        String arn =
                fixture.createReady("evented", MigrationTypeValue.FULL_LOAD).replicationTaskArn();
        Instant deletedAt = simulator.clock().now();
        dms.deleteReplicationTask(r -> r.replicationTaskArn(arn));

        assertThat(deletionEvents()).extracting(Event::message).containsExactly("Replication task is being deleted.");
        simulator.clock().advanceTo(simulator.nextChange().orElseThrow());

        assertThat(deletionEvents())
                .extracting(Event::message, Event::date)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Replication task is being deleted.", deletedAt),
                        org.assertj.core.groups.Tuple.tuple(
                                "Replication task has been deleted.", deletedAt.plusSeconds(30)));
        assertThat(simulator.statusHistory("123456789012", "us-east-1", "evented"))
                .as("the history of a task that is gone is gone with it")
                .isEmpty();
    }

    @Test
    void should_show_deleting_in_the_status_history_while_the_task_is_there() {
        String arn =
                fixture.createReady("historic", MigrationTypeValue.FULL_LOAD).replicationTaskArn();
        dms.deleteReplicationTask(r -> r.replicationTaskArn(arn));

        assertThat(simulator.statusHistory("123456789012", "us-east-1", "historic"))
                .extracting(StatusChange::status)
                .containsExactly("creating", "ready", "deleting");
    }

    @Test
    void should_take_the_deleting_time_from_the_timings() {
        DmsSimulator slow = DmsSimulator.builder()
                .settings(SimulatorSettings.builder()
                        .timings(Timings.builder()
                                .taskDeleting(Duration.ofMinutes(2))
                                .build())
                        .build())
                .build();
        TaskFixture slowFixture = new TaskFixture(slow);
        String arn = slowFixture.createReady("slow", MigrationTypeValue.CDC).replicationTaskArn();
        Instant deletedAt = slow.clock().now();
        slowFixture.dms().deleteReplicationTask(r -> r.replicationTaskArn(arn));

        assertThat(slow.nextChange()).contains(deletedAt.plus(Duration.ofMinutes(2)));
        assertThat(Timings.fast().taskDeleting()).isEqualTo(Duration.ofSeconds(1));
        assertThat(Timings.defaults().taskDeleting()).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() ->
                        Timings.builder().taskDeleting(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<Event> deletionEvents() {
        return dms.describeEvents(r -> r.sourceType("replication-task")
                        .sourceIdentifier("evented")
                        .eventCategories("deletion"))
                .events();
    }

    private String stoppedTask(String identifier) {
        String arn = fixture.createReady(identifier, MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationTaskArn();
        fixture.start(arn, "start-replication");
        fixture.jumpUntilStatus(arn, "running");
        fixture.stop(arn);
        fixture.jumpUntilStatus(arn, "stopped");
        return arn;
    }
}
