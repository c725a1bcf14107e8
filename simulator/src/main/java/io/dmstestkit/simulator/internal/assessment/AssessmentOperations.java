package io.dmstestkit.simulator.internal.assessment;

import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import software.amazon.awssdk.services.databasemigration.model.CancelReplicationTaskAssessmentRunRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteReplicationTaskAssessmentRunRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeApplicableIndividualAssessmentsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTaskAssessmentResultsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTaskAssessmentRunsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTaskIndividualAssessmentsRequest;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskAssessmentRequest;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskAssessmentRunRequest;

/** Registers the premigration assessment operations, serverless and of classic tasks. */
public final class AssessmentOperations {

    private AssessmentOperations() {}

    public static void register(OperationRegistry registry) {
        registry.register(DescribeApplicableIndividualAssessmentsRequest.class, ApplicableAssessments::describe);
        registry.register(StartReplicationTaskAssessmentRunRequest.class, TaskAssessmentRuns::start);
        registry.register(DescribeReplicationTaskAssessmentRunsRequest.class, TaskAssessmentRuns::describe);
        registry.register(
                DescribeReplicationTaskIndividualAssessmentsRequest.class, TaskAssessmentRuns::describeIndividual);
        registry.register(CancelReplicationTaskAssessmentRunRequest.class, TaskAssessmentRuns::cancel);
        registry.register(DeleteReplicationTaskAssessmentRunRequest.class, TaskAssessmentRuns::delete);
        registry.register(StartReplicationTaskAssessmentRequest.class, TaskAssessmentReports::start);
        registry.register(DescribeReplicationTaskAssessmentResultsRequest.class, TaskAssessmentReports::describe);
    }
}
