package io.dmstestkit.simulator.internal.assessment;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.Tagging;
import io.dmstestkit.simulator.internal.task.TaskRecord;
import io.dmstestkit.simulator.internal.task.Tasks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.CancelReplicationTaskAssessmentRunRequest;
import software.amazon.awssdk.services.databasemigration.model.CancelReplicationTaskAssessmentRunResponse;
import software.amazon.awssdk.services.databasemigration.model.DeleteReplicationTaskAssessmentRunRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteReplicationTaskAssessmentRunResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTaskAssessmentRunsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTaskAssessmentRunsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTaskIndividualAssessmentsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTaskIndividualAssessmentsResponse;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskIndividualAssessment;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskAssessmentRunRequest;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskAssessmentRunResponse;

/**
 * The premigration assessment runs of classic replication tasks: start, describe (runs and their individual
 * assessments), cancel and delete. A run starts only on a task that is {@code ready}, {@code stopped} or
 * {@code failed} and has no other run under way; its outcomes are those planned on the task.
 */
final class TaskAssessmentRuns {

    /** The task statuses a run may start from: a task that is not moving data. */
    private static final Set<String> ASSESSABLE = Set.of("ready", "stopped", "failed");

    private TaskAssessmentRuns() {}

    static StartReplicationTaskAssessmentRunResponse start(
            StartReplicationTaskAssessmentRunRequest request, OperationContext context) {
        AccountState account = context.account();
        Instant now = context.now();
        TaskRecord task = TaskSubjects.requireTask(account, request.replicationTaskArn());
        requireText(request.serviceAccessRoleArn(), "ServiceAccessRoleArn");
        requireText(request.resultLocationBucket(), "ResultLocationBucket");
        requireText(request.assessmentRunName(), "AssessmentRunName");
        String encryption = request.resultEncryptionMode();
        if (encryption != null && !encryption.equals("SSE_S3") && !encryption.equals("SSE_KMS")) {
            throw ServiceError.invalidParameterValue("Invalid ResultEncryptionMode '" + ServiceError.echo(encryption)
                    + "'. Valid values: SSE_S3 | SSE_KMS");
        }
        if ("SSE_KMS".equals(encryption) && (request.resultKmsKeyArn() == null)) {
            throw ServiceError.invalidParameterCombination("ResultEncryptionMode SSE_KMS needs ResultKmsKeyArn");
        }
        String status = task.statusAt(now);
        if (!ASSESSABLE.contains(status)) {
            throw ServiceError.invalidResourceState("Replication task " + task.identifier() + " is " + status
                    + "; an assessment run needs a task that is ready, stopped or failed");
        }
        Assessments.inProgress(account, task.arn(), now).ifPresent(run -> {
            throw ServiceError.invalidResourceState("Assessment run " + run.arn() + " of replication task "
                    + task.identifier() + " is still " + run.statusAt(now) + "; cancel it or wait for it");
        });
        boolean taken = Assessments.runsOf(account, task.arn()).stream()
                .anyMatch(run -> run.name().equals(request.assessmentRunName()));
        if (taken) {
            throw ServiceError.alreadyExists("Replication task " + task.identifier()
                    + " already has an assessment run named '" + ServiceError.echo(request.assessmentRunName())
                    + "'");
        }
        Assessments.Subject subject = TaskSubjects.of(account, task);
        List<String> names = Assessments.selected(subject, request.includeOnly(), request.exclude());
        AssessmentRun run = Assessments.start(
                context,
                subject,
                request.assessmentRunName(),
                names,
                new AssessmentRun.ResultLocation(
                        request.serviceAccessRoleArn(),
                        request.resultLocationBucket(),
                        request.resultLocationFolder(),
                        encryption,
                        request.resultKmsKeyArn()),
                false);
        Tagging.tagOnCreate(context, run.arn(), request.tags());
        return StartReplicationTaskAssessmentRunResponse.builder()
                .replicationTaskAssessmentRun(run.describeAt(now, true))
                .build();
    }

    static DescribeReplicationTaskAssessmentRunsResponse describe(
            DescribeReplicationTaskAssessmentRunsRequest request, OperationContext context) {
        AccountState account = context.account();
        Instant now = context.now();
        Paging.Page<AssessmentRun> page = Filters.<AssessmentRun>named("DescribeReplicationTaskAssessmentRuns")
                .onKey("replication-task-assessment-run-arn", AssessmentRun::arn)
                .on("replication-task-arn", run -> List.of(run.subjectArn()))
                .on(
                        "replication-instance-arn",
                        run -> Tasks.find(account, run.subjectArn())
                                .filter(task -> task.arn().equals(run.subjectArn()))
                                .map(task -> List.of(task.task().replicationInstanceArn()))
                                .orElse(List.of()))
                .on("status", run -> List.of(run.statusAt(now)))
                .page(
                        Assessments.store(account),
                        request.filters(),
                        request.maxRecords(),
                        request.marker(),
                        "replication task assessment runs");
        return DescribeReplicationTaskAssessmentRunsResponse.builder()
                .replicationTaskAssessmentRuns(page.items().stream()
                        .map(run -> run.describeAt(now, Assessments.isLatest(account, run)))
                        .toList())
                .marker(page.nextMarker())
                .build();
    }

    static DescribeReplicationTaskIndividualAssessmentsResponse describeIndividual(
            DescribeReplicationTaskIndividualAssessmentsRequest request, OperationContext context) {
        AccountState account = context.account();
        Instant now = context.now();
        List<ReplicationTaskIndividualAssessment> all = new ArrayList<>();
        Map<String, String> subjectOfRun = new HashMap<>();
        for (AssessmentRun run : Assessments.store(account).values()) {
            all.addAll(run.individualAssessmentsAt(now));
            subjectOfRun.put(run.arn(), run.subjectArn());
        }
        List<ReplicationTaskIndividualAssessment> matched = Filters.<ReplicationTaskIndividualAssessment>named(
                        "DescribeReplicationTaskIndividualAssessments")
                .on("replication-task-assessment-run-arn", a -> List.of(a.replicationTaskAssessmentRunArn()))
                .on("replication-task-arn", a -> List.of(subjectOfRun.get(a.replicationTaskAssessmentRunArn())))
                .on("status", a -> List.of(a.status()))
                .applyOrNotFound(request.filters(), all, "individual assessments");
        Paging.Page<ReplicationTaskIndividualAssessment> page =
                Paging.pageByIndex(matched, request.maxRecords(), request.marker());
        return DescribeReplicationTaskIndividualAssessmentsResponse.builder()
                .replicationTaskIndividualAssessments(page.items())
                .marker(page.nextMarker())
                .build();
    }

    static CancelReplicationTaskAssessmentRunResponse cancel(
            CancelReplicationTaskAssessmentRunRequest request, OperationContext context) {
        Instant now = context.now();
        AssessmentRun run = requireRun(context.account(), request.replicationTaskAssessmentRunArn());
        if (!run.inProgressAt(now) || run.cancelledAt().isPresent()) {
            throw ServiceError.invalidResourceState("Assessment run " + run.arn() + " is " + run.statusAt(now)
                    + "; only a run that is starting, provisioning or running can be cancelled");
        }
        AssessmentRun cancelled = Assessments.store(context.account()).put(run.arn(), run.cancelled(now));
        return CancelReplicationTaskAssessmentRunResponse.builder()
                .replicationTaskAssessmentRun(
                        cancelled.describeAt(now, Assessments.isLatest(context.account(), cancelled)))
                .build();
    }

    static DeleteReplicationTaskAssessmentRunResponse delete(
            DeleteReplicationTaskAssessmentRunRequest request, OperationContext context) {
        Instant now = context.now();
        AssessmentRun run = requireRun(context.account(), request.replicationTaskAssessmentRunArn());
        if (run.inProgressAt(now)) {
            throw ServiceError.invalidResourceState("Assessment run " + run.arn() + " is " + run.statusAt(now)
                    + "; cancel it or wait until it is over before deleting it");
        }
        boolean latest = Assessments.isLatest(context.account(), run);
        Assessments.store(context.account()).remove(run.arn());
        return DeleteReplicationTaskAssessmentRunResponse.builder()
                .replicationTaskAssessmentRun(run.describeAt(now, latest))
                .build();
    }

    private static AssessmentRun requireRun(AccountState account, String arn) {
        requireText(arn, "ReplicationTaskAssessmentRunArn");
        return Assessments.store(account)
                .get(arn)
                .orElseThrow(
                        () -> ServiceError.resourceNotFound("Assessment run " + ServiceError.echo(arn) + " not found"));
    }

    private static void requireText(String value, String member) {
        if (value == null || value.isBlank()) {
            throw ServiceError.invalidParameterValue(member + " is required");
        }
    }
}
