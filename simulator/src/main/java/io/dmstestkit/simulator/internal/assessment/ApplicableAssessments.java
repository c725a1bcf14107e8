package io.dmstestkit.simulator.internal.assessment;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.instance.Instances;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.state.Paging;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.services.databasemigration.model.DescribeApplicableIndividualAssessmentsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeApplicableIndividualAssessmentsResponse;

/**
 * DescribeApplicableIndividualAssessments, by the rules its documentation gives: an existing task (or
 * serverless replication config) alone; or a replication instance, source engine, target engine and
 * migration type all together; or nothing, for every assessment. Any other mix is
 * InvalidParameterCombinationException.
 */
final class ApplicableAssessments {

    private ApplicableAssessments() {}

    static DescribeApplicableIndividualAssessmentsResponse describe(
            DescribeApplicableIndividualAssessmentsRequest request, OperationContext context) {
        List<String> names = names(request, context);
        Paging.Page<String> page = Paging.pageByIndex(names, request.maxRecords(), request.marker());
        return DescribeApplicableIndividualAssessmentsResponse.builder()
                .individualAssessmentNames(page.items())
                .marker(page.nextMarker())
                .build();
    }

    private static List<String> names(
            DescribeApplicableIndividualAssessmentsRequest request, OperationContext context) {
        boolean task = request.replicationTaskArn() != null;
        boolean config = request.replicationConfigArn() != null;
        long modelling = Stream.of(
                        request.replicationInstanceArn(),
                        request.sourceEngineName(),
                        request.targetEngineName(),
                        request.migrationTypeAsString())
                .filter(value -> value != null)
                .count();
        if ((task || config) && modelling > 0 || task && config) {
            throw ServiceError.invalidParameterCombination("Give ReplicationTaskArn or ReplicationConfigArn alone, or"
                    + " ReplicationInstanceArn, SourceEngineName, TargetEngineName and MigrationType together");
        }
        if (task) {
            return AssessmentCatalogue.applicableTo(
                    TaskSubjects.require(context.account(), request.replicationTaskArn())
                            .migration());
        }
        if (config) {
            return AssessmentCatalogue.applicableTo(
                    Assessments.requireConfig(context.account(), request.replicationConfigArn())
                            .migration());
        }
        if (modelling == 0) {
            return AssessmentCatalogue.all();
        }
        if (modelling < 4) {
            throw ServiceError.invalidParameterCombination("ReplicationInstanceArn, SourceEngineName,"
                    + " TargetEngineName and MigrationType go together: give all four or none");
        }
        Instances.requireStatus(context.account(), request.replicationInstanceArn(), context.now());
        String type = request.migrationTypeAsString();
        if (!List.of("full-load", "cdc", "full-load-and-cdc").contains(type)) {
            throw ServiceError.invalidParameterValue("Invalid MigrationType '" + ServiceError.echo(type)
                    + "'. Valid values: full-load | cdc | full-load-and-cdc");
        }
        return AssessmentCatalogue.applicableTo(
                new AssessmentCatalogue.Migration(request.sourceEngineName(), request.targetEngineName(), type));
    }
}
