package io.dmstestkit.simulator.internal.assessment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.protocol.SdkJsonCodec;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.Scheduled;
import io.dmstestkit.simulator.internal.task.TaskRecord;
import io.dmstestkit.simulator.internal.task.Tasks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTaskAssessmentResultsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTaskAssessmentResultsResponse;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTaskAssessmentResult;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskAssessmentRequest;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskAssessmentResponse;

/**
 * The legacy task assessment (StartReplicationTaskAssessment, DescribeReplicationTaskAssessmentResults): one
 * report per task, the latest replacing the one before, checking unsupported data types in the source. It
 * runs on the assessment-run timeline, so an {@code assessmentFails("unsupported-data-types-in-source", ...)}
 * planned on the task fails it. Kept apart from the assessment runs (DescribeReplicationTaskAssessmentRuns
 * does not list it), in one holder under a key that is no ARN, so ARN lookups and counts never meet it.
 * Callers hold the account lock.
 */
final class TaskAssessmentReports implements Scheduled {

    private static final String KEY = "task-assessment-reports";
    private static final String ASSESSMENT = "unsupported-data-types-in-source";
    private static final Set<String> ASSESSABLE = Set.of("ready", "stopped", "failed");

    /** The latest report of each task, by task ARN. */
    private final Map<String, AssessmentRun> byTask = new LinkedHashMap<>();

    private TaskAssessmentReports() {}

    /** The reports of one account, if any was ever started: reading must create nothing. */
    private static Map<String, AssessmentRun> reportsOf(AccountState account) {
        // Not account.store(...): that creates the store, and a new store reorders the state dump.
        return Optional.ofNullable(account.stores().get(TaskAssessmentReports.class))
                .flatMap(store -> store.get(KEY))
                .map(reports -> ((TaskAssessmentReports) reports).byTask)
                .orElse(Map.of());
    }

    private static TaskAssessmentReports of(AccountState account) {
        return account.store(TaskAssessmentReports.class)
                .get(KEY)
                .orElseGet(() -> account.store(TaskAssessmentReports.class).put(KEY, new TaskAssessmentReports()));
    }

    static StartReplicationTaskAssessmentResponse start(
            StartReplicationTaskAssessmentRequest request, OperationContext context) {
        AccountState account = context.account();
        Instant now = context.now();
        TaskRecord task = TaskSubjects.requireTask(account, request.replicationTaskArn());
        String status = task.statusAt(now);
        if (!ASSESSABLE.contains(status)) {
            throw ServiceError.invalidResourceState("Replication task " + task.identifier() + " is " + status
                    + "; a task assessment needs a task that is ready, stopped or failed");
        }
        AssessmentRun previous = reportsOf(account).get(task.arn());
        if (previous != null && previous.inProgressAt(now)) {
            throw ServiceError.invalidResourceState(
                    "The assessment of replication task " + task.identifier() + " is still running");
        }
        Map<String, io.dmstestkit.simulator.DmsIncident.AssessmentOutcome> outcomes = new LinkedHashMap<>();
        PlannedChecks.of(account).outcomes(task.arn()).stream()
                .filter(outcome -> outcome.assessmentName().equals(ASSESSMENT))
                .forEach(outcome -> outcomes.put(ASSESSMENT, outcome));
        AssessmentRun report = AssessmentRun.start(
                task.arn().replace(":task:", ":assessment-report:"),
                task.arn(),
                task.identifier() + "-assessment",
                List.of(ASSESSMENT),
                outcomes,
                new AssessmentRun.ResultLocation(null, bucket(context), null, null, null),
                false,
                now);
        of(account).byTask.put(task.arn(), report);
        // The API reference: the task is "testing" while StartReplicationTaskAssessment runs.
        TaskRecord testing = Tasks.testingUntil(account, task, report.endsAt(), now);
        return StartReplicationTaskAssessmentResponse.builder()
                .replicationTask(testing.taskAt(now))
                .build();
    }

    static DescribeReplicationTaskAssessmentResultsResponse describe(
            DescribeReplicationTaskAssessmentResultsRequest request, OperationContext context) {
        // Paging input first: a refused call must not even create the account it names.
        Paging.pageByIndex(List.of(), request.maxRecords(), request.marker());
        AccountState account = context.account();
        Instant now = context.now();
        List<ReplicationTaskAssessmentResult> results = new ArrayList<>();
        if (request.replicationTaskArn() != null) {
            TaskRecord task = TaskSubjects.requireTask(account, request.replicationTaskArn());
            Optional.ofNullable(reportsOf(account).get(task.arn()))
                    .ifPresent(report -> results.add(result(context, task, report)));
        } else {
            of(account)
                    .byTask
                    .forEach((taskArn, report) -> Tasks.store(account)
                            .get(taskArn)
                            .ifPresent(task -> results.add(result(context, task, report))));
        }
        Paging.Page<ReplicationTaskAssessmentResult> page =
                Paging.pageByIndex(results, request.maxRecords(), request.marker());
        return DescribeReplicationTaskAssessmentResultsResponse.builder()
                .bucketName(bucket(context))
                .replicationTaskAssessmentResults(page.items())
                .marker(page.nextMarker())
                .build();
    }

    private static ReplicationTaskAssessmentResult result(
            OperationContext context, TaskRecord task, AssessmentRun report) {
        Instant now = context.now();
        String status = report.inProgressAt(now) ? "in-progress" : report.finalStatus();
        String file = task.identifier() + "/" + report.createdAt().getEpochSecond() + ".json";
        ReplicationTaskAssessmentResult.Builder result = ReplicationTaskAssessmentResult.builder()
                .replicationTaskIdentifier(task.identifier())
                .replicationTaskArn(task.arn())
                .replicationTaskLastAssessmentDate(report.createdAt())
                .assessmentStatus(status);
        if (report.inProgressAt(now)) {
            return result.build();
        }
        return result.assessmentResultsFile(file)
                .assessmentResults(resultsJson(task, report, status))
                .s3ObjectUrl("https://" + bucket(context) + ".s3.amazonaws.com/" + file)
                .build();
    }

    private static String resultsJson(TaskRecord task, AssessmentRun report, String status) {
        ObjectNode root = SdkJsonCodec.mapper().createObjectNode();
        root.put("task-name", task.identifier());
        root.put("task-arn", task.arn());
        root.put("status", status);
        ArrayNode types = root.putArray("unsupported-data-types");
        Optional.ofNullable(report.outcomes().get(ASSESSMENT))
                .filter(outcome -> !outcome.status().equals("passed"))
                .ifPresent(outcome ->
                        types.addObject().put("status", outcome.status()).put("message", outcome.message()));
        return root.toString();
    }

    private static String bucket(OperationContext context) {
        return "dms-" + context.accountId() + "-task-assessments";
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        return byTask.values().stream()
                .map(report -> report.nextChangeAfter(now))
                .flatMap(Optional::stream)
                .min(Instant::compareTo);
    }

    @Override
    public String toString() {
        return "task assessment reports " + byTask.keySet();
    }
}
