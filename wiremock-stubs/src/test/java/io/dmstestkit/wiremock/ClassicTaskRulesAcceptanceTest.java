package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.wiremock.flavour.ClassicTaskBed;
import io.dmstestkit.wiremock.flavour.ClientFlavour;
import io.dmstestkit.wiremock.flavour.FlavouredTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.AccessDeniedException;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.Event;
import software.amazon.awssdk.services.databasemigration.model.FailedDependencyException;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskAssessmentRun;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskIndividualAssessment;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskAssessmentRunRequest;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * The rules of classic tasks through the real SDK v2 client in each {@link ClientFlavour}: every
 * StartReplicationTaskType rule, the four named faults on Start/StopReplicationTask, table reloads,
 * premigration assessment runs and DescribeEvents.
 */
class ClassicTaskRulesAcceptanceTest extends FlavouredTest {

    private static final String REGION = "us-east-1";

    /** The four named faults of Start/StopReplicationTask and the SDK exception each reaches the caller as. */
    private static final Map<String, Class<? extends DatabaseMigrationException>> NAMED_FAULTS = Map.of(
            "ResourceNotFound", ResourceNotFoundException.class,
            "InvalidResourceState", InvalidResourceStateException.class,
            "AccessDenied", AccessDeniedException.class,
            "FailedDependency", FailedDependencyException.class);

    private final DmsSimulator simulator = DmsSimulator.create();

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_apply_every_start_replication_task_type_rule(ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        String both = bed.createReady("both", MigrationTypeValue.FULL_LOAD_AND_CDC);
        String full = bed.createReady("full-only", MigrationTypeValue.FULL_LOAD);
        String cdc = bed.createReady("cdc-only", MigrationTypeValue.CDC);

        assertThatThrownBy(() -> bed.start(both, "resume-processing"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("start-replication");
        assertThatThrownBy(() -> bed.start(full, "resume-processing"))
                .satisfies(errorCode("InvalidParameterValueException"))
                .hasMessageContaining("resume-processing is not applicable");
        assertThatThrownBy(() -> bed.start(cdc, "reload-target"))
                .satisfies(errorCode("InvalidParameterValueException"))
                .hasMessageContaining("reload-target is not applicable");
        assertThatThrownBy(() -> bed.start(cdc, "restart-please"))
                .satisfies(errorCode("InvalidParameterValueException"));
        assertThatThrownBy(() -> bed.dms()
                        .startReplicationTask(r -> r.replicationTaskArn(cdc)
                                .startReplicationTaskType("start-replication")
                                .cdcStartTime(Instant.parse("2026-01-01T00:00:00Z"))
                                .cdcStartPosition("mysql-bin-changelog.157832:1975")))
                .satisfies(errorCode("InvalidParameterCombinationException"));

        bed.start(both, "start-replication");
        bed.jumpUntilStatus(both, "running");
        bed.stop(both);
        bed.jumpUntilStatus(both, "stopped");
        assertThatThrownBy(() -> bed.start(both, "start-replication"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("start-replication is valid only for the first run");
        assertThat(bed.start(both, "reload-target").status()).isEqualTo("starting");
        assertThatThrownBy(() -> bed.start(both, "resume-processing"))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("is starting");
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_answer_each_named_fault_on_start_and_stop_and_change_nothing(ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        String arn = bed.createReady("faulted", MigrationTypeValue.CDC);

        NAMED_FAULTS.forEach((error, exception) -> {
            simulator.faults().arm(fault(error, "StartReplicationTask"));
            assertThatThrownBy(() -> bed.start(arn, "start-replication"))
                    .isInstanceOf(exception)
                    .hasMessageStartingWith("staged " + error);
        });
        assertThat(bed.describe(arn).status()).isEqualTo("ready");
        bed.start(arn, "start-replication");
        bed.jumpUntilStatus(arn, "running");

        NAMED_FAULTS.forEach((error, exception) -> {
            simulator.faults().arm(fault(error, "StopReplicationTask"));
            assertThatThrownBy(() -> bed.stop(arn)).isInstanceOf(exception).hasMessageStartingWith("staged " + error);
        });
        assertThat(bed.describe(arn).status()).isEqualTo("running");
        assertThat(bed.stop(arn).status()).isEqualTo("stopping");
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_reload_a_table_of_a_running_task(ClientFlavour flavour) {
        simulator.declareTables(
                ClientFlavour.ACCOUNT,
                REGION,
                List.of(TableSpec.of("public", "orders", 5_000_000), TableSpec.of("public", "items", 1_000)));
        ClassicTaskBed bed = bed(flavour, simulator);
        String arn = bed.createReady("reloading", MigrationTypeValue.FULL_LOAD_AND_CDC);
        bed.start(arn, "start-replication");
        bed.jumpUntil(
                arn,
                t -> t.replicationTaskStats() != null
                        && t.replicationTaskStats().fullLoadProgressPercent() == 100,
                "full load done");

        bed.dms()
                .reloadTables(r -> r.replicationTaskArn(arn)
                        .tablesToReload(t -> t.schemaName("public").tableName("orders")));

        assertThat(bed.dms()
                        .describeTableStatistics(r -> r.replicationTaskArn(arn)
                                .filters(f -> f.name("table-name").values("orders")))
                        .tableStatistics())
                .singleElement()
                .extracting(TableStatistics::tableState)
                .isEqualTo("Table is being reloaded");
        assertThat(bed.describe(arn).replicationTaskStats().tablesLoading()).isEqualTo(1);
        assertThatThrownBy(() -> bed.dms()
                        .reloadTables(r -> r.replicationTaskArn(arn)
                                .tablesToReload(t -> t.schemaName("public").tableName("nope"))))
                .satisfies(errorCode("InvalidParameterValueException"));
        bed.jumpUntil(arn, t -> t.replicationTaskStats().tablesLoading() == 0, "the reload done");
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_run_an_assessment_to_passed_and_another_to_its_planned_failure(ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        DatabaseMigrationClient dms = bed.dms();
        String passing = bed.createReady("assessed", MigrationTypeValue.FULL_LOAD_AND_CDC);
        String failing = bed.createReady("doomed", MigrationTypeValue.FULL_LOAD);
        simulator.planIncident(
                ClientFlavour.ACCOUNT,
                REGION,
                "doomed",
                DmsIncident.assessmentFails("unsupported-data-types-in-source", "Column geo is GEOMETRY"));

        String passed = dms.startReplicationTaskAssessmentRun(run(passing, "first"))
                .replicationTaskAssessmentRun()
                .replicationTaskAssessmentRunArn();
        String failed = dms.startReplicationTaskAssessmentRun(run(failing, "second").toBuilder()
                        .includeOnly("unsupported-data-types-in-source")
                        .build())
                .replicationTaskAssessmentRun()
                .replicationTaskAssessmentRunArn();

        assertThat(jumpUntilRun(dms, passed, r -> r.status().equals("passed"))
                        .assessmentProgress()
                        .individualAssessmentCount())
                .isPositive();
        ReplicationTaskAssessmentRun doomed =
                jumpUntilRun(dms, failed, r -> !r.status().matches("starting|provisioning|running"));
        assertThat(doomed.status()).isEqualTo("failed");
        assertThat(doomed.lastFailureMessage()).contains("GEOMETRY");
        assertThat(dms.describeReplicationTaskIndividualAssessments(r -> r.filters(f ->
                                f.name("replication-task-assessment-run-arn").values(failed)))
                        .replicationTaskIndividualAssessments())
                .singleElement()
                .extracting(ReplicationTaskIndividualAssessment::status)
                .isEqualTo("failed");
        dms.deleteReplicationTaskAssessmentRun(r -> r.replicationTaskAssessmentRunArn(passed));
        assertThatThrownBy(() -> describeRun(dms, passed)).isInstanceOf(ResourceNotFoundException.class);
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_describe_the_events_of_a_task_in_virtual_time(ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        String arn = bed.createReady("evented", MigrationTypeValue.FULL_LOAD);
        bed.start(arn, "start-replication");
        bed.jumpUntilStatus(arn, "stopped");

        List<Event> events =
                bed.dms().describeEvents(r -> r.sourceType("replication-task")).events();

        assertThat(events)
                .extracting(Event::message)
                .containsExactly(
                        "Replication task has been created.", "Replication task started.", "Replication task stopped.");
        assertThat(events).allSatisfy(e -> assertThat(e.sourceIdentifier()).isEqualTo("evented"));
        assertThat(events.get(2).date())
                .isEqualTo(bed.describe(arn).replicationTaskStats().stopDate());
    }

    @ParameterizedTest
    @EnumSource(ClientFlavour.class)
    void should_answer_bad_task_input_with_the_error_dms_gives_and_a_400(ClientFlavour flavour) {
        ClassicTaskBed bed = bed(flavour, simulator);
        String arn = bed.createReady("picky", MigrationTypeValue.FULL_LOAD_AND_CDC);
        String unknown = arn.substring(0, arn.lastIndexOf(':') + 1) + "NOSUCHTASK";

        Map<String, Runnable> calls = new java.util.LinkedHashMap<>();
        calls.put(
                "InvalidParameterValueException",
                () -> bed.dms()
                        .createReplicationTask(bed.taskRequest("bulky", MigrationTypeValue.FULL_LOAD)
                                .migrationType("bulk-load")
                                .build()));
        calls.put(
                "InvalidParameterCombinationException",
                () -> bed.dms()
                        .createReplicationTask(bed.taskRequest("both-positions", MigrationTypeValue.CDC)
                                .cdcStartTime(Instant.parse("2026-01-01T00:00:00Z"))
                                .cdcStartPosition("mysql-bin-changelog.157832:1975")
                                .build()));
        calls.put("ResourceNotFoundFault", () -> bed.start(unknown, "start-replication"));
        calls.put("InvalidResourceStateFault", () -> bed.stop(arn));
        calls.put("ResourceAlreadyExistsFault", () -> bed.create("PICKY", MigrationTypeValue.CDC));

        calls.forEach((code, call) -> assertThatThrownBy(call::run)
                .as(code)
                .satisfies(errorCode(code))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(400)));
        assertThatThrownBy(() -> bed.dms()
                        .describeReplicationTasks(r ->
                                r.filters(f -> f.name("replication-task-id").values("bulky", "both-positions"))))
                .as("a refused create creates nothing (no match is ResourceNotFoundFault, as on DMS)")
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private static DmsFault fault(String error, String operation) {
        return DmsFault.error(error)
                .on(operation)
                .times(1)
                .message("staged " + error)
                .build();
    }

    private static StartReplicationTaskAssessmentRunRequest run(String task, String name) {
        return StartReplicationTaskAssessmentRunRequest.builder()
                .replicationTaskArn(task)
                .assessmentRunName(name)
                .serviceAccessRoleArn("arn:aws:iam::123456789012:role/dms-assessments")
                .resultLocationBucket("assessment-results")
                .build();
    }

    private static ReplicationTaskAssessmentRun describeRun(DatabaseMigrationClient dms, String run) {
        return dms.describeReplicationTaskAssessmentRuns(r -> r.filters(
                        f -> f.name("replication-task-assessment-run-arn").values(run)))
                .replicationTaskAssessmentRuns()
                .get(0);
    }

    private ReplicationTaskAssessmentRun jumpUntilRun(
            DatabaseMigrationClient dms, String run, Predicate<ReplicationTaskAssessmentRun> condition) {
        ReplicationTaskAssessmentRun current = describeRun(dms, run);
        while (!condition.test(current)) {
            simulator
                    .clock()
                    .advanceTo(simulator.nextChange().orElseThrow(() -> new AssertionError("run stays " + run)));
            current = describeRun(dms, run);
        }
        return current;
    }

    /** The SDK has no exception classes for these codes; they reach it as DatabaseMigrationException. */
    private static ThrowingConsumer<Throwable> errorCode(String code) {
        return thrown -> assertThat(thrown)
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code));
    }
}
