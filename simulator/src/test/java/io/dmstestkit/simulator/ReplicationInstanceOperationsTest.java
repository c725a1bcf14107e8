package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/** Replication instances through the real SDK client, in-process, on a manual clock. */
class ReplicationInstanceOperationsTest {

    private final DmsSimulator simulator = DmsSimulator.create();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);

    @Test
    void should_create_an_instance_creating_then_available_after_ten_virtual_minutes() {
        ReplicationInstance created = create("My-Instance");

        assertThat(created.replicationInstanceArn()).matches("arn:aws:dms:us-east-1:123456789012:rep:[A-Z0-9]{26}");
        assertThat(created.replicationInstanceIdentifier()).isEqualTo("my-instance");
        assertThat(created.replicationInstanceStatus()).isEqualTo("creating");
        assertThat(created.engineVersion()).isEqualTo("3.5.3");
        assertThat(created.allocatedStorage()).isEqualTo(50);
        assertThat(created.availabilityZone()).startsWith("us-east-1");
        assertThat(created.replicationSubnetGroup().replicationSubnetGroupIdentifier())
                .isEqualTo("default");
        assertThat(created.vpcSecurityGroups()).hasSize(1);
        assertThat(created.pendingModifiedValues()).isNotNull();

        simulator.clock().advance(Duration.ofMinutes(9));
        assertThat(describe(created).replicationInstanceStatus()).isEqualTo("creating");
        simulator.clock().advance(Duration.ofMinutes(1));
        assertThat(describe(created).replicationInstanceStatus()).isEqualTo("available");
        assertThat(simulator.nextChange()).isEmpty();
    }

    @Test
    void should_let_next_change_find_the_end_of_creation() {
        Instant start = simulator.clock().now();
        create("ri-next");
        assertThat(simulator.nextChange()).contains(start.plus(Duration.ofMinutes(10)));
    }

    @Test
    void should_refuse_a_duplicate_identifier_whatever_its_case() {
        create("dup");
        assertThatThrownBy(() -> create("DUP"))
                .isInstanceOf(ResourceAlreadyExistsException.class)
                .hasMessageContaining("dup");
    }

    @Test
    void should_refuse_to_modify_or_reboot_an_instance_that_is_not_available() {
        ReplicationInstance created = create("busy");
        assertThatThrownBy(() ->
                        dms.rebootReplicationInstance(r -> r.replicationInstanceArn(created.replicationInstanceArn())))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("creating");
        assertThatThrownBy(() ->
                        dms.modifyReplicationInstance(r -> r.replicationInstanceArn(created.replicationInstanceArn())
                                .allocatedStorage(100)
                                .applyImmediately(true)))
                .isInstanceOf(InvalidResourceStateException.class);
    }

    @Test
    void should_modify_at_once_with_apply_immediately_showing_pending_values_meanwhile() {
        ReplicationInstance created = available("grow");

        ReplicationInstance modifying = dms.modifyReplicationInstance(
                        r -> r.replicationInstanceArn(created.replicationInstanceArn())
                                .replicationInstanceClass("dms.c5.xlarge")
                                .allocatedStorage(200)
                                .multiAZ(true)
                                .applyImmediately(true))
                .replicationInstance();

        assertThat(modifying.replicationInstanceStatus()).isEqualTo("modifying");
        assertThat(modifying.replicationInstanceClass()).isEqualTo("dms.t3.medium");
        assertThat(modifying.pendingModifiedValues().replicationInstanceClass()).isEqualTo("dms.c5.xlarge");
        assertThat(modifying.pendingModifiedValues().allocatedStorage()).isEqualTo(200);
        assertThat(modifying.pendingModifiedValues().multiAZ()).isTrue();

        simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
        ReplicationInstance modified = describe(created);
        assertThat(modified.replicationInstanceStatus()).isEqualTo("available");
        assertThat(modified.replicationInstanceClass()).isEqualTo("dms.c5.xlarge");
        assertThat(modified.allocatedStorage()).isEqualTo(200);
        assertThat(modified.multiAZ()).isTrue();
        assertThat(modified.secondaryAvailabilityZone()).isNotEqualTo(modified.availabilityZone());
        assertThat(modified.pendingModifiedValues().replicationInstanceClass()).isNull();
    }

    @Test
    void should_defer_a_modification_to_the_next_maintenance_window() {
        ReplicationInstance created = available("later");

        ReplicationInstance pending = dms.modifyReplicationInstance(
                        r -> r.replicationInstanceArn(created.replicationInstanceArn())
                                .replicationInstanceClass("dms.r5.large")
                                .preferredMaintenanceWindow("Mon:03:00-Mon:03:30")
                                .applyImmediately(false))
                .replicationInstance();

        assertThat(pending.replicationInstanceStatus()).isEqualTo("available");
        assertThat(pending.preferredMaintenanceWindow()).isEqualTo("mon:03:00-mon:03:30");
        assertThat(pending.pendingModifiedValues().replicationInstanceClass()).isEqualTo("dms.r5.large");

        Instant window = simulator.nextChange().orElseThrow();
        assertThat(window.atZone(java.time.ZoneOffset.UTC).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(window.atZone(java.time.ZoneOffset.UTC).getHour()).isEqualTo(3);
        simulator.clock().advanceTo(window);
        assertThat(describe(created).replicationInstanceStatus()).isEqualTo("modifying");
        simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
        assertThat(describe(created).replicationInstanceClass()).isEqualTo("dms.r5.large");
        assertThat(describe(created).replicationInstanceStatus()).isEqualTo("available");
    }

    @Test
    void should_reboot_and_fail_over_a_multi_az_instance() {
        ReplicationInstance created = dms.createReplicationInstance(r -> r.replicationInstanceIdentifier("ha")
                        .replicationInstanceClass("dms.t3.medium")
                        .multiAZ(true))
                .replicationInstance();
        simulator.clock().advance(Duration.ofMinutes(10));

        ReplicationInstance rebooting = dms.rebootReplicationInstance(
                        r -> r.replicationInstanceArn(created.replicationInstanceArn())
                                .forceFailover(true))
                .replicationInstance();
        assertThat(rebooting.replicationInstanceStatus()).isEqualTo("rebooting");

        simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
        ReplicationInstance after = describe(created);
        assertThat(after.replicationInstanceStatus()).isEqualTo("available");
        assertThat(after.availabilityZone()).isEqualTo(created.secondaryAvailabilityZone());
        assertThat(after.secondaryAvailabilityZone()).isEqualTo(created.availabilityZone());
    }

    @Test
    void should_refuse_a_failover_reboot_of_a_single_az_instance() {
        ReplicationInstance created = available("single");
        assertThatThrownBy(() ->
                        dms.rebootReplicationInstance(r -> r.replicationInstanceArn(created.replicationInstanceArn())
                                .forceFailover(true)))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode())
                                .isEqualTo("InvalidParameterCombinationException"));
    }

    @Test
    void should_delete_an_instance_deleting_then_gone() {
        ReplicationInstance created = available("bye");

        ReplicationInstance deleting = dms.deleteReplicationInstance(
                        r -> r.replicationInstanceArn(created.replicationInstanceArn()))
                .replicationInstance();
        assertThat(deleting.replicationInstanceStatus()).isEqualTo("deleting");

        simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
        assertThatThrownBy(() -> describe(created)).isInstanceOf(ResourceNotFoundException.class);
        assertThat(dms.describeReplicationInstances(r -> {}).replicationInstances())
                .isEmpty();
        assertThatThrownBy(() ->
                        dms.deleteReplicationInstance(r -> r.replicationInstanceArn(created.replicationInstanceArn())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_filter_and_page_instances() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            created.add(create("page-" + i).replicationInstanceArn());
        }
        var first = dms.describeReplicationInstances(r -> r.maxRecords(20));
        var second = dms.describeReplicationInstances(r -> r.maxRecords(20).marker(first.marker()));
        List<String> seen = new ArrayList<>();
        first.replicationInstances().forEach(i -> seen.add(i.replicationInstanceArn()));
        second.replicationInstances().forEach(i -> seen.add(i.replicationInstanceArn()));
        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(second.marker()).isNull();

        assertThat(dms.describeReplicationInstances(r -> r.filters(
                                f -> f.name("replication-instance-class").values("dms.t3.medium")))
                        .replicationInstances())
                .hasSize(25);
        assertThatThrownBy(() -> dms.describeReplicationInstances(
                        r -> r.filters(f -> f.name("engine-version").values("1.0.0"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dms.describeReplicationInstances(
                        r -> r.filters(f -> f.name("bogus").values("x"))))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).contains("replication-instance-id"));
    }

    @Test
    void should_refuse_bad_input_with_aws_shaped_errors() {
        assertError(() -> create("bad--name"), "InvalidParameterValueException", "ReplicationInstanceIdentifier");
        assertError(
                () -> dms.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier("x").replicationInstanceClass("dms.x9.huge")),
                "InvalidParameterValueException",
                "dms.t3.medium");
        assertError(
                () -> dms.createReplicationInstance(r -> r.replicationInstanceIdentifier("x")
                        .replicationInstanceClass("dms.t3.medium")
                        .allocatedStorage(2)),
                "InvalidParameterValueException",
                "AllocatedStorage");
        assertError(
                () -> dms.createReplicationInstance(r -> r.replicationInstanceIdentifier("x")
                        .replicationInstanceClass("dms.t3.medium")
                        .engineVersion("9.9.9")),
                "InvalidParameterValueException",
                "3.5.3");
        assertError(
                () -> dms.createReplicationInstance(r -> r.replicationInstanceIdentifier("x")
                        .replicationInstanceClass("dms.t3.medium")
                        .multiAZ(true)
                        .availabilityZone("us-east-1a")),
                "InvalidParameterCombinationException",
                "availability zone");
        assertError(
                () -> dms.createReplicationInstance(r -> r.replicationInstanceIdentifier("x")
                        .replicationInstanceClass("dms.t3.medium")
                        .replicationSubnetGroupIdentifier("nope")),
                "ResourceNotFoundFault",
                "nope");
        assertError(
                () -> dms.createReplicationInstance(r -> r.replicationInstanceIdentifier("x")
                        .replicationInstanceClass("dms.t3.medium")
                        .preferredMaintenanceWindow("sunday 6am")),
                "InvalidParameterValueException",
                "ddd:hh24:mi");
        assertError(
                () -> dms.createReplicationInstance(r -> r.replicationInstanceIdentifier("x")),
                "ValidationException",
                "ReplicationInstanceClass");
        ReplicationInstance created = available("shrink");
        assertError(
                () -> dms.modifyReplicationInstance(r -> r.replicationInstanceArn(created.replicationInstanceArn())
                        .allocatedStorage(10)
                        .applyImmediately(true)),
                "InvalidParameterValueException",
                "decreased");
        assertError(
                () -> dms.modifyReplicationInstance(r -> r.replicationInstanceArn(created.replicationInstanceArn())
                        .engineVersion("3.4.7")),
                "InvalidParameterValueException",
                "downgrade");
        assertThat(describe(created).pendingModifiedValues().allocatedStorage()).isNull();
    }

    @Test
    void should_answer_the_catalogue_of_classes_and_engine_versions() {
        var orderable = dms.describeOrderableReplicationInstances(r -> {}).orderableReplicationInstances();
        assertThat(orderable)
                .extracting(o -> o.replicationInstanceClass())
                .contains("dms.t3.micro", "dms.c5.xlarge", "dms.r5.2xlarge");
        assertThat(orderable).allSatisfy(o -> {
            assertThat(o.minAllocatedStorage()).isEqualTo(5);
            assertThat(o.availabilityZones()).contains("us-east-1a");
        });
        var versions = dms.describeEngineVersions(r -> {}).engineVersions();
        assertThat(versions).extracting(v -> v.version()).contains("3.5.3", "3.5.4");
        assertThat(versions)
                .filteredOn(v -> v.version().equals("3.5.3"))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.lifecycle()).isEqualTo("DEFAULT_VERSION");
                    assertThat(v.availableUpgrades()).containsExactly("3.5.4");
                });
    }

    @Test
    void should_list_no_task_logs_for_an_instance_without_tasks_and_refuse_an_unknown_instance() {
        ReplicationInstance created = create("logs");
        var logs = dms.describeReplicationInstanceTaskLogs(
                r -> r.replicationInstanceArn(created.replicationInstanceArn()));
        assertThat(logs.replicationInstanceArn()).isEqualTo(created.replicationInstanceArn());
        assertThat(logs.replicationInstanceTaskLogs()).isEmpty();
        assertThatThrownBy(() -> dms.describeReplicationInstanceTaskLogs(
                        r -> r.replicationInstanceArn("arn:aws:dms:us-east-1:123456789012:rep:NOPE")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_put_a_storage_full_instance_back_to_available_when_storage_is_added() {
        ReplicationInstance created = available("full");
        simulator.planIncident(
                "123456789012",
                "us-east-1",
                "full",
                DmsIncident.storageFull(simulator.clock().now()));
        assertThat(describe(created).replicationInstanceStatus()).isEqualTo("storage-full");

        dms.modifyReplicationInstance(r -> r.replicationInstanceArn(created.replicationInstanceArn())
                .allocatedStorage(500)
                .applyImmediately(true));
        simulator.clock().advanceTo(simulator.nextChange().orElseThrow());

        ReplicationInstance after = describe(created);
        assertThat(after.replicationInstanceStatus()).isEqualTo("available");
        assertThat(after.allocatedStorage()).isEqualTo(500);
    }

    private ReplicationInstance create(String identifier) {
        return dms.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier(identifier).replicationInstanceClass("dms.t3.medium"))
                .replicationInstance();
    }

    private ReplicationInstance available(String identifier) {
        ReplicationInstance created = create(identifier);
        simulator.clock().advance(Duration.ofMinutes(10));
        return created;
    }

    private ReplicationInstance describe(ReplicationInstance instance) {
        return dms.describeReplicationInstances(r ->
                        r.filters(f -> f.name("replication-instance-arn").values(instance.replicationInstanceArn())))
                .replicationInstances()
                .get(0);
    }

    private static void assertError(Runnable call, String code, String messagePart) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DatabaseMigrationException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).contains(messagePart);
        });
    }
}
