package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.wiremock.flavour.ClassicTaskBed;
import io.dmstestkit.wiremock.flavour.ClientFlavour;
import io.dmstestkit.wiremock.flavour.FlavouredTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstancesRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTasksRequest;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationWaiter;

/**
 * Every status acceptor of the SDK's classic task and instance waiters (the waiters-2 model of
 * DatabaseMigrationWaiter: ReplicationTaskReady / Running / Stopped / Deleted, ReplicationInstanceAvailable /
 * Deleted) through the real sync and async clients, in-process and over HTTP: a resource is put in the status
 * an acceptor names, then a waiter allowed a single poll must end by exactly that acceptor. The same matrix runs
 * in-process and sync only in the simulator's {@code ClassicWaiterAcceptorsTest}; the endpoint and connection
 * waiters are in {@link ClassicWaitersAcceptanceTest}.
 */
class ClassicWaiterAcceptorMatrixAcceptanceTest extends FlavouredTest {

    private static final String REGION = "us-east-1";

    /** One poll, no real delay: the first answer decides. */
    private static final WaiterOverrideConfiguration ONE_POLL = WaiterOverrideConfiguration.builder()
            .maxAttempts(1)
            .backoffStrategyV2(BackoffStrategy.retryImmediately())
            .build();

    /** The task waiters' status acceptors: waiter, status, whether it is the success one. */
    private static final List<Row> TASK_ACCEPTORS = List.of(
            new Row("ReplicationTaskReady", "ready", true),
            new Row("ReplicationTaskReady", "starting", false),
            new Row("ReplicationTaskReady", "running", false),
            new Row("ReplicationTaskReady", "stopping", false),
            new Row("ReplicationTaskReady", "stopped", false),
            new Row("ReplicationTaskReady", "failed", false),
            new Row("ReplicationTaskReady", "modifying", false),
            new Row("ReplicationTaskReady", "testing", false),
            new Row("ReplicationTaskReady", "deleting", false),
            new Row("ReplicationTaskRunning", "running", true),
            new Row("ReplicationTaskRunning", "ready", false),
            new Row("ReplicationTaskRunning", "creating", false),
            new Row("ReplicationTaskRunning", "stopping", false),
            new Row("ReplicationTaskRunning", "stopped", false),
            new Row("ReplicationTaskRunning", "failed", false),
            new Row("ReplicationTaskRunning", "modifying", false),
            new Row("ReplicationTaskRunning", "testing", false),
            new Row("ReplicationTaskRunning", "deleting", false),
            new Row("ReplicationTaskStopped", "stopped", true),
            new Row("ReplicationTaskStopped", "ready", false),
            new Row("ReplicationTaskStopped", "creating", false),
            new Row("ReplicationTaskStopped", "starting", false),
            new Row("ReplicationTaskStopped", "failed", false),
            new Row("ReplicationTaskStopped", "modifying", false),
            new Row("ReplicationTaskStopped", "testing", false),
            new Row("ReplicationTaskStopped", "deleting", false),
            new Row("ReplicationTaskDeleted", "ready", false),
            new Row("ReplicationTaskDeleted", "creating", false),
            new Row("ReplicationTaskDeleted", "stopped", false),
            new Row("ReplicationTaskDeleted", "running", false),
            new Row("ReplicationTaskDeleted", "failed", false));

    private record Row(String waiter, String status, boolean success) {}

    private final DmsSimulator simulator = DmsSimulator.create();

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_end_each_task_waiter_by_the_acceptor_of_each_status(ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        DatabaseMigrationWaiter waiter = bed.dms().waiter();
        Map<String, BiFunction<ClassicTaskBed, String, String>> taskIn = setups();

        for (int i = 0; i < TASK_ACCEPTORS.size(); i++) {
            Row row = TASK_ACCEPTORS.get(i);
            String arn = taskIn.get(row.status()).apply(bed, "row-" + i);
            assertThat(bed.describe(arn).status())
                    .as("the task of " + row + " is set up")
                    .isEqualTo(row.status());
            DescribeReplicationTasksRequest byArn = ClassicTaskBed.byArn(arn);
            Runnable wait = () -> {
                WaiterResponse<?> response =
                        switch (row.waiter()) {
                            case "ReplicationTaskReady" -> waiter.waitUntilReplicationTaskReady(byArn, ONE_POLL);
                            case "ReplicationTaskRunning" -> waiter.waitUntilReplicationTaskRunning(byArn, ONE_POLL);
                            case "ReplicationTaskStopped" -> waiter.waitUntilReplicationTaskStopped(byArn, ONE_POLL);
                            default -> waiter.waitUntilReplicationTaskDeleted(byArn, ONE_POLL);
                        };
                assertThat(response.matched().response()).as(row.toString()).isPresent();
            };
            if (row.success()) {
                wait.run();
            } else {
                assertThatThrownBy(wait::run)
                        .as(row.toString())
                        .isInstanceOf(SdkClientException.class)
                        .hasMessageEndingWith(failureOn(row.status()));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_end_each_instance_waiter_by_the_acceptor_of_each_status(ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        DatabaseMigrationWaiter waiter = bed.dms().waiter();
        String arn = bed.instanceArn();

        assertThat(waiter.waitUntilReplicationInstanceAvailable(instanceByArn(arn), ONE_POLL)
                        .matched()
                        .response())
                .isPresent();
        assertThatThrownBy(() -> waiter.waitUntilReplicationInstanceDeleted(instanceByArn(arn), ONE_POLL))
                .hasMessageEndingWith(failureOn("available"));
        for (String status :
                List.of("incompatible-credentials", "incompatible-network", "inaccessible-encryption-credentials")) {
            String broken = availableInstance(bed, status);
            simulator.planIncident(
                    ClientFlavour.ACCOUNT,
                    REGION,
                    status,
                    new DmsIncident.InstanceStatus(status, simulator.clock().now(), "Simulated " + status));
            assertThatThrownBy(() -> waiter.waitUntilReplicationInstanceAvailable(instanceByArn(broken), ONE_POLL))
                    .isInstanceOf(SdkClientException.class)
                    .hasMessageEndingWith(failureOn(status));
        }

        bed.dms().deleteReplicationInstance(r -> r.replicationInstanceArn(arn));
        assertThatThrownBy(() -> waiter.waitUntilReplicationInstanceAvailable(instanceByArn(arn), ONE_POLL))
                .hasMessageEndingWith(failureOn("deleting"));
        simulator.clock().advance(Duration.ofHours(1));
        assertThat(waiter.waitUntilReplicationInstanceDeleted(instanceByArn(arn), ONE_POLL)
                        .matched()
                        .exception())
                .containsInstanceOf(ResourceNotFoundException.class);
    }

    /** How to bring a fresh task (named {@code id}) into each status a task waiter's acceptor names. */
    private Map<String, BiFunction<ClassicTaskBed, String, String>> setups() {
        return Map.of(
                "creating",
                        (bed, id) -> bed.create(id, MigrationTypeValue.FULL_LOAD_AND_CDC)
                                .replicationTaskArn(),
                "ready", (bed, id) -> ready(bed, id),
                "starting", (bed, id) -> started(bed, ready(bed, id)),
                "running", (bed, id) -> running(bed, id),
                "stopping", (bed, id) -> stopping(bed, id),
                "stopped",
                        (bed, id) -> {
                            String arn = stopping(bed, id);
                            bed.jumpUntilStatus(arn, "stopped");
                            return arn;
                        },
                "failed", this::failed,
                "modifying",
                        (bed, id) -> {
                            String arn = ready(bed, id);
                            bed.dms()
                                    .modifyReplicationTask(
                                            r -> r.replicationTaskArn(arn).migrationType("full-load"));
                            return arn;
                        },
                "testing",
                        (bed, id) -> {
                            String arn = ready(bed, id);
                            bed.dms().startReplicationTaskAssessment(r -> r.replicationTaskArn(arn));
                            return arn;
                        },
                "deleting",
                        (bed, id) -> {
                            String arn = ready(bed, id);
                            bed.dms().deleteReplicationTask(r -> r.replicationTaskArn(arn));
                            return arn;
                        });
    }

    private static String ready(ClassicTaskBed bed, String id) {
        return bed.createReady(id, MigrationTypeValue.FULL_LOAD_AND_CDC);
    }

    private static String started(ClassicTaskBed bed, String arn) {
        bed.start(arn, "start-replication");
        return arn;
    }

    private static String running(ClassicTaskBed bed, String id) {
        String arn = started(bed, ready(bed, id));
        bed.jumpUntilStatus(arn, "running");
        return arn;
    }

    private static String stopping(ClassicTaskBed bed, String id) {
        String arn = running(bed, id);
        bed.stop(arn);
        return arn;
    }

    private String failed(ClassicTaskBed bed, String id) {
        String arn = ready(bed, id);
        simulator.planIncident(
                ClientFlavour.ACCOUNT,
                REGION,
                id,
                DmsIncident.failAtPercent(10, DmsIncident.Severity.FATAL_ERROR, "ORA-01555"));
        started(bed, arn);
        bed.jumpUntilStatus(arn, "failed");
        return arn;
    }

    private String availableInstance(ClassicTaskBed bed, String identifier) {
        String arn = bed.dms()
                .createReplicationInstance(
                        r -> r.replicationInstanceIdentifier(identifier).replicationInstanceClass("dms.t3.small"))
                .replicationInstance()
                .replicationInstanceArn();
        while (!bed.dms()
                .describeReplicationInstances(instanceByArn(arn))
                .replicationInstances()
                .get(0)
                .replicationInstanceStatus()
                .equals("available")) {
            simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
        }
        return arn;
    }

    /** The end of the SDK's message when the failure acceptor on {@code status} matched. */
    private static String failureOn(String status) {
        return "Status=" + status + ") and transitioned the waiter to failure state";
    }

    private static DescribeReplicationInstancesRequest instanceByArn(String arn) {
        return DescribeReplicationInstancesRequest.builder()
                .filters(f -> f.name("replication-instance-arn").values(arn))
                .build();
    }
}
