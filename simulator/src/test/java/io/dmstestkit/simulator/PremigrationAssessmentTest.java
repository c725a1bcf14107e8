package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.PremigrationAssessmentStatus;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/**
 * DescribeApplicableIndividualAssessments and the premigration assessment of a serverless StartReplication
 * (PremigrationAssessmentSettings, PremigrationAssessmentStatuses, FailOnAssessmentFailure), through the
 * real SDK client.
 */
class PremigrationAssessmentTest {

    private static final String ACCOUNT = "123456789012";

    private final DmsSimulator simulator = DmsSimulator.builder().build();
    private final ReplicationFixture fixture = ReplicationFixture.of(simulator);
    private final DatabaseMigrationClient dms = fixture.dms();

    @Test
    void should_list_every_assessment_without_parameters_and_the_applicable_ones_for_a_modelled_task() {
        assertThat(dms.describeApplicableIndividualAssessments(r -> {}).individualAssessmentNames())
                .contains(
                        "unsupported-data-types-in-source",
                        "table-with-lob-but-without-primary-key-or-unique-constraint");

        String instance = dms.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier("modeller").replicationInstanceClass("dms.t3.small"))
                .replicationInstance()
                .replicationInstanceArn();
        var toS3 = dms.describeApplicableIndividualAssessments(r -> r.replicationInstanceArn(instance)
                        .sourceEngineName("mysql")
                        .targetEngineName("s3")
                        .migrationType(MigrationTypeValue.FULL_LOAD))
                .individualAssessmentNames();
        assertThat(toS3)
                .contains("unsupported-data-types-in-source")
                .doesNotContain("full-lob-not-nullable-at-target", "table-with-no-primary-key-or-unique-constraint");
        var withCdc = dms.describeApplicableIndividualAssessments(r -> r.replicationInstanceArn(instance)
                        .sourceEngineName("postgres")
                        .targetEngineName("postgres")
                        .migrationType(MigrationTypeValue.FULL_LOAD_AND_CDC))
                .individualAssessmentNames();
        assertThat(withCdc)
                .contains("full-lob-not-nullable-at-target", "table-with-no-primary-key-or-unique-constraint");
    }

    @Test
    void should_base_the_applicable_assessments_on_an_existing_replication_config() {
        String config =
                fixture.createConfig("applicable", MigrationTypeValue.CDC).replicationConfigArn();
        assertThat(dms.describeApplicableIndividualAssessments(r -> r.replicationConfigArn(config))
                        .individualAssessmentNames())
                .contains("target-table-has-unique-key-or-primary-key-for-cdc");
    }

    @Test
    void should_refuse_partial_modelling_parameters_and_unknown_resources() {
        assertThatThrownBy(() -> dms.describeApplicableIndividualAssessments(r -> r.sourceEngineName("mysql")))
                .isInstanceOf(DatabaseMigrationException.class)
                .satisfies(e -> assertThat(((DatabaseMigrationException) e)
                                .awsErrorDetails()
                                .errorCode())
                        .isEqualTo("InvalidParameterCombinationException"));
        assertThatThrownBy(() -> dms.describeApplicableIndividualAssessments(
                        r -> r.replicationTaskArn("arn:aws:dms:us-east-1:" + ACCOUNT + ":task:UNKNOWN")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dms.describeApplicableIndividualAssessments(r ->
                        r.replicationConfigArn("arn:aws:dms:us-east-1:" + ACCOUNT + ":replication-config:UNKNOWN")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_run_the_assessment_of_a_serverless_start_in_virtual_time_and_pass() {
        String config =
                fixture.createConfig("assessed", MigrationTypeValue.FULL_LOAD).replicationConfigArn();
        Replication started = dms.startReplication(r -> r.replicationConfigArn(config)
                        .startReplicationType("start-replication")
                        .premigrationAssessmentSettings(
                                "{\"IncludeOnly\":\"unsupported-data-types-in-source full-lob-not-nullable-at-target\","
                                        + "\"ResultLocationFolder\":\"reports\"}"))
                .replication();
        PremigrationAssessmentStatus starting =
                started.premigrationAssessmentStatuses().get(0);
        assertThat(starting.status()).isEqualTo("starting");
        assertThat(starting.failOnAssessmentFailure()).isTrue();
        assertThat(starting.resultLocationFolder()).isEqualTo("reports");
        assertThat(starting.assessmentProgress().individualAssessmentCount()).isEqualTo(2);

        simulator.clock().advance(Duration.ofSeconds(45));
        assertThat(assessmentOf(config).status()).isEqualTo("running");
        simulator.clock().advance(Duration.ofMinutes(1));
        PremigrationAssessmentStatus passed = assessmentOf(config);
        assertThat(passed.status()).isEqualTo("passed");
        assertThat(passed.resultStatistic().passed()).isEqualTo(2);
        assertThat(passed.assessmentProgress().individualAssessmentCompletedCount())
                .isEqualTo(2);

        Replication done = fixture.jumpUntilStatus(config, "stopped");
        assertThat(done.stopReason()).isEqualTo("Stop Reason FULL_LOAD_ONLY_FINISHED");
    }

    @Test
    void should_keep_the_replication_from_running_when_an_assessment_fails() {
        String config =
                fixture.createConfig("blocked", MigrationTypeValue.FULL_LOAD).replicationConfigArn();
        simulator.planIncident(
                ACCOUNT,
                "us-east-1",
                "blocked",
                DmsIncident.assessmentFails("unsupported-data-types-in-source", "column geo has type GEOMETRY"));
        dms.startReplication(r -> r.replicationConfigArn(config)
                .startReplicationType("start-replication")
                .premigrationAssessmentSettings("{\"FailOnAssessmentFailure\":true}"));

        Replication failed = fixture.jumpUntilStatus(config, "failed");
        assertThat(failed.stopReason()).isEqualTo("Stop Reason FATAL_ERROR");
        assertThat(failed.failureMessages()).singleElement().asString().contains("GEOMETRY");
        PremigrationAssessmentStatus assessment =
                failed.premigrationAssessmentStatuses().get(0);
        assertThat(assessment.status()).isEqualTo("failed");
        assertThat(assessment.lastFailureMessage())
                .isEqualTo("unsupported-data-types-in-source: column geo has type GEOMETRY");
        assertThat(assessment.resultStatistic().failed()).isEqualTo(1);
    }

    @Test
    void should_start_anyway_when_fail_on_assessment_failure_is_off() {
        String config =
                fixture.createConfig("tolerant", MigrationTypeValue.FULL_LOAD).replicationConfigArn();
        simulator.planIncident(
                ACCOUNT,
                "us-east-1",
                "tolerant",
                DmsIncident.assessmentFails("unsupported-data-types-in-source", "GEOMETRY"));
        dms.startReplication(r -> r.replicationConfigArn(config)
                .startReplicationType("start-replication")
                .premigrationAssessmentSettings("{\"FailOnAssessmentFailure\":false}"));

        Replication stopped = fixture.jumpUntilStatus(config, "stopped");
        assertThat(stopped.stopReason()).isEqualTo("Stop Reason FULL_LOAD_ONLY_FINISHED");
        assertThat(stopped.premigrationAssessmentStatuses().get(0).status()).isEqualTo("failed");
    }

    @Test
    void should_refuse_bad_assessment_settings_without_starting() {
        String config = fixture.createConfig("misconfigured", MigrationTypeValue.FULL_LOAD)
                .replicationConfigArn();
        for (String settings : new String[] {
            "not json",
            "{\"Colour\":\"red\"}",
            "{\"IncludeOnly\":\"no-such-assessment\"}",
            "{\"IncludeOnly\":\"unsupported-data-types-in-source\",\"Exclude\":\"full-lob-not-nullable-at-target\"}",
            "{\"ResultEncryptionMode\":\"SSE_KMS\"}"
        }) {
            assertThatThrownBy(() -> dms.startReplication(r -> r.replicationConfigArn(config)
                            .startReplicationType("start-replication")
                            .premigrationAssessmentSettings(settings)))
                    .as(settings)
                    .isInstanceOf(DatabaseMigrationException.class)
                    .satisfies(e -> assertThat(((DatabaseMigrationException) e).statusCode())
                            .isEqualTo(400));
        }
        assertThat(fixture.describe(config).status()).isEqualTo("created");
    }

    private PremigrationAssessmentStatus assessmentOf(String config) {
        return fixture.describe(config).premigrationAssessmentStatuses().get(0);
    }
}
