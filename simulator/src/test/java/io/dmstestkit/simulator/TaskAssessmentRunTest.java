package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskAssessmentResult;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskAssessmentRun;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskIndividualAssessment;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskAssessmentRunRequest;

/**
 * The premigration assessment runs and the legacy assessment of classic replication tasks, through the real
 * SDK client: start, describe (runs, individual assessments, results), cancel, delete, and the outcomes
 * planned on a task.
 */
class TaskAssessmentRunTest {

    private static final String ACCOUNT = "123456789012";
    private static final String REGION = "us-east-1";
    private static final String UNSUPPORTED_TYPES = "unsupported-data-types-in-source";

    private final DmsSimulator simulator = DmsSimulator.builder().build();
    private final TaskFixture fixture = new TaskFixture(simulator);
    private final DatabaseMigrationClient dms = fixture.dms();

    @Test
    void should_run_every_applicable_assessment_of_a_ready_task_then_pass_and_be_deletable() {
        String task = fixture.createReady("assessed", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationTaskArn();
        ReplicationTaskAssessmentRun started =
                dms.startReplicationTaskAssessmentRun(run(task, "first")).replicationTaskAssessmentRun();
        assertThat(started.status()).isEqualTo("starting");
        assertThat(started.assessmentRunName()).isEqualTo("first");
        assertThat(started.replicationTaskArn()).isEqualTo(task);

        ReplicationTaskAssessmentRun done = jumpUntilRun(
                started.replicationTaskAssessmentRunArn(), r -> r.status().equals("passed"));
        assertThat(done.assessmentProgress().individualAssessmentCompletedCount())
                .isEqualTo(done.assessmentProgress().individualAssessmentCount())
                .isPositive();
        assertThat(done.isLatestTaskAssessmentRun()).isTrue();
        assertThat(individual(done.replicationTaskAssessmentRunArn()))
                .extracting(ReplicationTaskIndividualAssessment::individualAssessmentName)
                .containsExactlyElementsOf(dms.describeApplicableIndividualAssessments(r -> r.replicationTaskArn(task))
                        .individualAssessmentNames());
        assertThat(dms.describeReplicationTaskAssessmentRuns(
                                r -> r.filters(f -> f.name("status").values("passed")))
                        .replicationTaskAssessmentRuns())
                .extracting(ReplicationTaskAssessmentRun::replicationTaskAssessmentRunArn)
                .containsExactly(done.replicationTaskAssessmentRunArn());

        dms.deleteReplicationTaskAssessmentRun(
                r -> r.replicationTaskAssessmentRunArn(done.replicationTaskAssessmentRunArn()));
        assertThatThrownBy(() -> describeRun(done.replicationTaskAssessmentRunArn()))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_fail_the_run_when_an_assessment_failure_is_planned_on_the_task() {
        String task =
                fixture.createReady("doomed", MigrationTypeValue.FULL_LOAD).replicationTaskArn();
        simulator.planIncident(
                ACCOUNT, REGION, "doomed", DmsIncident.assessmentFails(UNSUPPORTED_TYPES, "Column geo is GEOMETRY"));
        String run = dms.startReplicationTaskAssessmentRun(run(task, "doomed-run").toBuilder()
                        .includeOnly(UNSUPPORTED_TYPES)
                        .build())
                .replicationTaskAssessmentRun()
                .replicationTaskAssessmentRunArn();

        ReplicationTaskAssessmentRun failed =
                jumpUntilRun(run, r -> !r.status().matches("starting|provisioning|running"));
        assertThat(failed.status()).isEqualTo("failed");
        assertThat(failed.lastFailureMessage()).contains(UNSUPPORTED_TYPES, "GEOMETRY");
        assertThat(failed.resultStatistic().failed()).isEqualTo(1);
        assertThat(individual(run))
                .singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo("failed"));
    }

    @Test
    void should_cancel_a_running_run_and_refuse_to_delete_it_while_it_is_under_way() {
        String task =
                fixture.createReady("cancelled", MigrationTypeValue.FULL_LOAD).replicationTaskArn();
        String run = dms.startReplicationTaskAssessmentRun(run(task, "to-cancel"))
                .replicationTaskAssessmentRun()
                .replicationTaskAssessmentRunArn();
        assertThatThrownBy(() -> dms.deleteReplicationTaskAssessmentRun(r -> r.replicationTaskAssessmentRunArn(run)))
                .isInstanceOf(InvalidResourceStateException.class);
        assertThatThrownBy(() -> dms.startReplicationTaskAssessmentRun(run(task, "second")))
                .isInstanceOf(InvalidResourceStateException.class);

        assertThat(dms.cancelReplicationTaskAssessmentRun(r -> r.replicationTaskAssessmentRunArn(run))
                        .replicationTaskAssessmentRun()
                        .status())
                .isEqualTo("cancelling");
        assertThatThrownBy(() -> dms.cancelReplicationTaskAssessmentRun(r -> r.replicationTaskAssessmentRunArn(run)))
                .isInstanceOf(InvalidResourceStateException.class);
        assertThat(jumpUntilRun(run, r -> r.status().equals("cancelled")).status())
                .isEqualTo("cancelled");
        assertThat(individual(run))
                .extracting(ReplicationTaskIndividualAssessment::status)
                .containsOnly("cancelled");
        dms.deleteReplicationTaskAssessmentRun(r -> r.replicationTaskAssessmentRunArn(run));
    }

    @Test
    void should_refuse_unknown_tasks_running_tasks_and_bad_input_with_aws_errors() {
        assertThatThrownBy(() -> dms.startReplicationTaskAssessmentRun(
                        run("arn:aws:dms:us-east-1:123456789012:task:UNKNOWN", "x")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dms.cancelReplicationTaskAssessmentRun(r ->
                        r.replicationTaskAssessmentRunArn("arn:aws:dms:us-east-1:123456789012:assessment-run:UNKNOWN")))
                .isInstanceOf(ResourceNotFoundException.class);
        String task = fixture.createReady("busy", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationTaskArn();
        assertThat(errorCode(() -> dms.startReplicationTaskAssessmentRun(run(task, "bad").toBuilder()
                        .resultEncryptionMode("ROT13")
                        .build())))
                .isEqualTo("InvalidParameterValueException");
        assertThat(errorCode(() -> dms.startReplicationTaskAssessmentRun(run(task, "bad").toBuilder()
                        .includeOnly("no-such-assessment")
                        .build())))
                .isEqualTo("InvalidParameterValueException");
        fixture.start(task, "start-replication");
        fixture.jumpUntilStatus(task, "running");
        assertThatThrownBy(() -> dms.startReplicationTaskAssessmentRun(run(task, "late")))
                .isInstanceOf(InvalidResourceStateException.class);
        assertThatThrownBy(() -> dms.startReplicationTaskAssessment(r -> r.replicationTaskArn(task)))
                .isInstanceOf(InvalidResourceStateException.class);
    }

    @Test
    void should_report_the_legacy_assessment_in_progress_then_with_its_planned_warning() {
        String task =
                fixture.createReady("legacy", MigrationTypeValue.FULL_LOAD).replicationTaskArn();
        simulator.planIncident(
                ACCOUNT, REGION, "legacy", DmsIncident.assessmentWarns(UNSUPPORTED_TYPES, "Column doc is XML"));
        assertThat(dms.startReplicationTaskAssessment(r -> r.replicationTaskArn(task))
                        .replicationTask()
                        .replicationTaskArn())
                .isEqualTo(task);
        assertThat(result(task).assessmentStatus()).isEqualTo("in-progress");

        while (result(task).assessmentStatus().equals("in-progress")) {
            simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
        }
        ReplicationTaskAssessmentResult result = result(task);
        assertThat(result.assessmentStatus()).isEqualTo("warning");
        assertThat(result.assessmentResults()).contains("Column doc is XML");
        assertThat(result.assessmentResultsFile()).startsWith("legacy/");
        assertThat(dms.describeReplicationTaskAssessmentRuns(r -> {}).replicationTaskAssessmentRuns())
                .as("the legacy assessment is no assessment run")
                .isEmpty();
    }

    private static StartReplicationTaskAssessmentRunRequest run(String task, String name) {
        return StartReplicationTaskAssessmentRunRequest.builder()
                .replicationTaskArn(task)
                .assessmentRunName(name)
                .serviceAccessRoleArn("arn:aws:iam::123456789012:role/dms-assessments")
                .resultLocationBucket("assessment-results")
                .build();
    }

    private ReplicationTaskAssessmentRun describeRun(String run) {
        return dms.describeReplicationTaskAssessmentRuns(r -> r.filters(
                        f -> f.name("replication-task-assessment-run-arn").values(run)))
                .replicationTaskAssessmentRuns()
                .get(0);
    }

    private ReplicationTaskAssessmentRun jumpUntilRun(String run, Predicate<ReplicationTaskAssessmentRun> condition) {
        ReplicationTaskAssessmentRun current = describeRun(run);
        while (!condition.test(current)) {
            simulator
                    .clock()
                    .advanceTo(simulator.nextChange().orElseThrow(() -> new AssertionError("run stays " + run)));
            current = describeRun(run);
        }
        return current;
    }

    private java.util.List<ReplicationTaskIndividualAssessment> individual(String run) {
        return dms.describeReplicationTaskIndividualAssessments(r -> r.filters(
                        f -> f.name("replication-task-assessment-run-arn").values(run)))
                .replicationTaskIndividualAssessments();
    }

    private ReplicationTaskAssessmentResult result(String task) {
        return dms.describeReplicationTaskAssessmentResults(r -> r.replicationTaskArn(task))
                .replicationTaskAssessmentResults()
                .get(0);
    }

    private static String errorCode(Runnable call) {
        try {
            call.run();
        } catch (DatabaseMigrationException e) {
            return e.awsErrorDetails().errorCode();
        }
        throw new AssertionError("the call succeeded");
    }
}
