package io.dmstestkit.simulator.conformance;

import io.dmstestkit.simulator.DmsSimulator;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskAssessmentRunResponse;

/** Conformance calls of the classic task assessment operations, each on a ready task it sets up first. */
public final class TaskAssessmentCalls implements ConformanceCalls {

    @Override
    public Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls() {
        Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls =
                new LinkedHashMap<>();
        calls.put("StartReplicationTaskAssessmentRun", (simulator, dms) -> startRun(simulator, dms));
        calls.put("DescribeReplicationTaskAssessmentRuns", (simulator, dms) -> {
            String task =
                    startRun(simulator, dms).replicationTaskAssessmentRun().replicationTaskArn();
            return dms.describeReplicationTaskAssessmentRuns(
                    r -> r.filters(f -> f.name("replication-task-arn").values(task)));
        });
        calls.put("DescribeReplicationTaskIndividualAssessments", (simulator, dms) -> {
            String run = runArn(simulator, dms);
            return dms.describeReplicationTaskIndividualAssessments(r ->
                    r.filters(f -> f.name("replication-task-assessment-run-arn").values(run)));
        });
        calls.put("CancelReplicationTaskAssessmentRun", (simulator, dms) -> {
            String run = runArn(simulator, dms);
            return dms.cancelReplicationTaskAssessmentRun(r -> r.replicationTaskAssessmentRunArn(run));
        });
        calls.put("DeleteReplicationTaskAssessmentRun", (simulator, dms) -> {
            String run = runArn(simulator, dms);
            simulator.clock().advance(Duration.ofHours(1));
            return dms.deleteReplicationTaskAssessmentRun(r -> r.replicationTaskAssessmentRunArn(run));
        });
        calls.put("StartReplicationTaskAssessment", (simulator, dms) -> {
            String task = ReplicationTaskCalls.ready(simulator, dms);
            return dms.startReplicationTaskAssessment(r -> r.replicationTaskArn(task));
        });
        calls.put("DescribeReplicationTaskAssessmentResults", (simulator, dms) -> {
            String task = ReplicationTaskCalls.ready(simulator, dms);
            dms.startReplicationTaskAssessment(r -> r.replicationTaskArn(task));
            simulator.clock().advance(Duration.ofHours(1));
            return dms.describeReplicationTaskAssessmentResults(r -> r.replicationTaskArn(task));
        });
        return calls;
    }

    private static StartReplicationTaskAssessmentRunResponse startRun(
            DmsSimulator simulator, DatabaseMigrationClient dms) {
        String task = ReplicationTaskCalls.ready(simulator, dms);
        return dms.startReplicationTaskAssessmentRun(r -> r.replicationTaskArn(task)
                .assessmentRunName("conformance-run")
                .serviceAccessRoleArn("arn:aws:iam::123456789012:role/dms-assessments")
                .resultLocationBucket("assessment-results"));
    }

    private static String runArn(DmsSimulator simulator, DatabaseMigrationClient dms) {
        return startRun(simulator, dms).replicationTaskAssessmentRun().replicationTaskAssessmentRunArn();
    }
}
