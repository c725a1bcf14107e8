package io.dmstestkit.simulator.internal.assessment;

import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import software.amazon.awssdk.services.databasemigration.model.DescribeApplicableIndividualAssessmentsRequest;

/** Registers the premigration assessment operations. */
public final class AssessmentOperations {

    private AssessmentOperations() {}

    public static void register(OperationRegistry registry) {
        registry.register(DescribeApplicableIndividualAssessmentsRequest.class, ApplicableAssessments::describe);
    }
}
