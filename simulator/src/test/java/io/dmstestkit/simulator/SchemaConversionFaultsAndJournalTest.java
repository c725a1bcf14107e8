package io.dmstestkit.simulator;

import static io.dmstestkit.simulator.CallCount.exactly;
import static io.dmstestkit.simulator.CallPattern.dmsCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.model.AccessDeniedException;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.ResourceQuotaExceededException;

/**
 * Service faults and the journal reach DMS Schema Conversion, Fleet Advisor and recommendation operations
 * as they reach the others: a fault armed on one of them answers through the SDK client, scoped to a
 * migration project by name, and every call is journaled with the resource it named.
 */
class SchemaConversionFaultsAndJournalTest {

    private final SchemaConversionFixture hr = new SchemaConversionFixture("hr");

    @Test
    void should_answer_a_fault_armed_on_a_schema_conversion_operation_of_one_project_and_journal_it() {
        hr.simulator
                .faults()
                .arm(DmsFault.error("AccessDenied")
                        .on("StartMetadataModelConversion")
                        .resource("hr")
                        .times(1)
                        .build());

        assertThatThrownBy(() -> hr.startConversion(hr.hr())).isInstanceOf(AccessDeniedException.class);
        String id = hr.startConversion(hr.hr());

        assertThat(id).isNotBlank();
        hr.simulator.verify(exactly(2), dmsCall("StartMetadataModelConversion").withResource("hr"));
        assertThat(hr.simulator.journal().entries("StartMetadataModelConversion"))
                .extracting(JournalEntry::status)
                .containsExactly(400, 200);
    }

    @Test
    void should_answer_faults_armed_on_fleet_advisor_and_recommendation_operations() {
        hr.simulator
                .faults()
                .arm(DmsFault.error("ResourceQuotaExceeded")
                        .on("CreateFleetAdvisorCollector")
                        .build());
        hr.simulator
                .faults()
                .arm(DmsFault.error("InvalidResourceState")
                        .on("StartRecommendations")
                        .build());

        assertThatThrownBy(() -> hr.dms.createFleetAdvisorCollector(r -> r.collectorName("inventory")
                        .serviceAccessRoleArn("arn:aws:iam::123456789012:role/fleet")
                        .s3BucketName("inventory")))
                .isInstanceOf(ResourceQuotaExceededException.class);
        assertThatThrownBy(() -> hr.dms.startRecommendations(r -> r.databaseId("db-1")
                        .settings(s -> s.instanceSizingType("total-capacity").workloadType("production"))))
                .isInstanceOf(InvalidResourceStateException.class);

        hr.simulator.verify(exactly(1), dmsCall("CreateFleetAdvisorCollector"));
        hr.simulator.verify(exactly(1), dmsCall("StartRecommendations"));
    }
}
