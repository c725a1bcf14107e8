package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.AssessmentReportType;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelImportsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelResponse;
import software.amazon.awssdk.services.databasemigration.model.ExportMetadataModelAssessmentResponse;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.MetadataModelReference;
import software.amazon.awssdk.services.databasemigration.model.OriginTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.model.SchemaConversionRequest;

/** DMS Schema Conversion on a migration project, through the real SDK client, in virtual time. */
class SchemaConversionOperationsTest {

    private final SchemaConversionFixture hr = new SchemaConversionFixture("hr");
    private final DatabaseMigrationClient dms = hr.dms;

    @Test
    void should_move_an_import_from_received_through_in_progress_to_success_in_virtual_time() {
        Instant start = hr.simulator.clock().now();
        String id = hr.startImport(hr.hr());

        assertThat(importRequest(id).status()).isEqualTo("RECEIVED");
        assertThat(importRequest(id).progress().totalObjects()).isEqualTo(3L);
        assertThat(hr.simulator.nextChange()).contains(start.plusSeconds(10));
        assertThat(hr.simulator.nextChange(SchemaConversionFixture.ACCOUNT, SchemaConversionFixture.REGION))
                .contains(start.plusSeconds(10));

        hr.advanceSeconds(10);
        SchemaConversionRequest working = importRequest(id);
        assertThat(working.status()).isEqualTo("IN_PROGRESS");
        assertThat(working.progress().progressStep()).isEqualTo("LOADING_METADATA");
        assertThat(working.progress().processedObject().name()).isEqualTo("hr");

        hr.advanceSeconds(15);
        SchemaConversionRequest done = importRequest(id);
        assertThat(done.status()).isEqualTo("SUCCESS");
        assertThat(done.progress().progressPercent()).isEqualTo(100.0);
        assertThat(done.progress().progressStep()).isEqualTo("FINISHED");
        assertThat(done.migrationProjectArn()).startsWith("arn:aws:dms:us-east-1:123456789012:migration-project:");
    }

    @Test
    void should_describe_the_metadata_tree_derived_from_the_declared_tables() {
        List<MetadataModelReference> schemas = dms.describeMetadataModelChildren(r -> r.migrationProjectIdentifier("hr")
                        .origin(OriginTypeValue.SOURCE)
                        .selectionRules(hr.rule(null, null)))
                .metadataModelChildren();
        assertThat(schemas)
                .extracting(MetadataModelReference::metadataModelName)
                .containsExactly("hr", "sales");

        List<MetadataModelReference> tables = dms.describeMetadataModelChildren(r -> r.migrationProjectIdentifier("hr")
                        .origin(OriginTypeValue.SOURCE)
                        .selectionRules(schemas.get(0).selectionRules()))
                .metadataModelChildren();
        assertThat(tables)
                .extracting(MetadataModelReference::metadataModelName)
                .containsExactly("employees", "departments");

        DescribeMetadataModelResponse employees = dms.describeMetadataModel(r -> r.migrationProjectIdentifier("hr")
                .origin(OriginTypeValue.SOURCE)
                .selectionRules(tables.get(0).selectionRules()));
        assertThat(employees.metadataModelType()).isEqualTo("table");
        assertThat(employees.definition()).contains("hr.employees");
        assertThat(employees.targetMetadataModels()).isEmpty();
    }

    @Test
    void should_convert_then_show_the_target_model_and_target_selection_rules() {
        assertThatThrownBy(() -> describe(OriginTypeValue.TARGET, hr.rule("hr", "employees")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> hr.startExportToTarget(hr.hr()))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("hr.employees")
                .hasMessageContaining("StartMetadataModelConversion");

        String id = hr.startConversion(hr.hr());
        hr.advanceSeconds(25);

        assertThat(hr.conversion(id).status()).isEqualTo("SUCCESS");
        assertThat(describe(OriginTypeValue.SOURCE, hr.rule("hr", "employees")).targetMetadataModels())
                .extracting(MetadataModelReference::selectionRules)
                .singleElement()
                .asString()
                .contains("\"server-name\":\"hr-target\"");
        assertThat(describe(OriginTypeValue.TARGET, hr.rule("hr", "employees")).metadataModelName())
                .isEqualTo("employees");
        assertThat(dms.getTargetSelectionRules(
                                r -> r.migrationProjectIdentifier("hr").selectionRules(hr.hr()))
                        .targetSelectionRules())
                .contains("\"server-name\":\"hr-target\"")
                .contains("\"schema-name\":\"hr\"");
        assertThat(hr.startExportToTarget(hr.hr())).isNotBlank();
    }

    @Test
    void should_cancel_a_conversion_through_canceling_to_canceled_and_refuse_a_second_cancel() {
        String id = hr.startConversion(hr.hr());
        hr.advanceSeconds(12);

        SchemaConversionRequest canceling = dms.cancelMetadataModelConversion(
                        r -> r.migrationProjectIdentifier("hr").requestIdentifier(id))
                .request();
        assertThat(canceling.status()).isEqualTo("CANCELING");
        hr.advanceSeconds(10);
        assertThat(hr.conversion(id).status()).isEqualTo("CANCELED");
        hr.advanceSeconds(3600);
        assertThat(hr.conversion(id).status()).isEqualTo("CANCELED");

        assertThatThrownBy(() -> dms.cancelMetadataModelConversion(
                        r -> r.migrationProjectIdentifier("hr").requestIdentifier(id)))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("CANCELED");
        assertThatThrownBy(() -> dms.cancelMetadataModelConversion(
                        r -> r.migrationProjectIdentifier("hr").requestIdentifier("no-such-request")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_fail_the_conversion_under_way_with_the_planned_message() {
        String id = hr.startConversion(hr.hr());
        hr.advanceSeconds(12);
        hr.planIncident(DmsIncident.conversionFailure("Unsupported data type SDO_GEOMETRY"));
        assertThat(hr.conversion(id).status()).isEqualTo("IN_PROGRESS");

        hr.advanceSeconds(20);

        SchemaConversionRequest failed = hr.conversion(id);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.error().defaultErrorDetails().message()).isEqualTo("Unsupported data type SDO_GEOMETRY");
        String next = hr.startConversion(hr.hr());
        hr.advanceSeconds(25);
        assertThat(hr.conversion(next).status()).isEqualTo("SUCCESS");
    }

    @Test
    void should_report_planned_action_items_from_a_successful_assessment_and_export_its_report() {
        assertThatThrownBy(() -> exportAssessment()).isInstanceOf(ResourceNotFoundException.class);
        hr.planIncident(DmsIncident.assessmentActionItems("Action item 5584: CONNECT BY is not supported"));

        hr.startAssessment(hr.hr());
        hr.advanceSeconds(25);

        assertThat(hr.simulator.assessmentActionItems(
                        SchemaConversionFixture.ACCOUNT, SchemaConversionFixture.REGION, "hr"))
                .containsExactly("Action item 5584: CONNECT BY is not supported");
        ExportMetadataModelAssessmentResponse report = exportAssessment();
        assertThat(report.pdfReport().s3ObjectKey()).endsWith(".pdf");
        assertThat(report.csvReport().objectURL()).startsWith("https://").endsWith(".csv");
    }

    @Test
    void should_create_an_object_that_then_appears_in_its_schema_and_refuse_a_duplicate() {
        String id = hr.startCreation("active_employees", "CREATE VIEW hr.active_employees AS SELECT 1");
        assertThatThrownBy(() -> hr.startCreation("active_employees", "CREATE VIEW hr.active_employees AS SELECT 2"))
                .isInstanceOf(ResourceAlreadyExistsException.class);
        hr.advanceSeconds(15);

        assertThat(dms.describeMetadataModelCreations(r -> r.migrationProjectIdentifier("hr"))
                        .requests())
                .extracting(SchemaConversionRequest::requestIdentifier, SchemaConversionRequest::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, "SUCCESS"));
        DescribeMetadataModelResponse view = describe(OriginTypeValue.SOURCE, hr.rule("hr", "active_employees"));
        assertThat(view.metadataModelType()).isEqualTo("view");
        assertThat(view.definition()).isEqualTo("CREATE VIEW hr.active_employees AS SELECT 1");
    }

    @Test
    void should_cancel_a_creation() {
        String id = hr.startCreation("v", "CREATE VIEW hr.v AS SELECT 1");
        SchemaConversionRequest canceled = dms.cancelMetadataModelCreation(
                        r -> r.migrationProjectIdentifier("hr").requestIdentifier(id))
                .request();
        assertThat(canceled.status()).isEqualTo("CANCELING");
        assertThat(canceled.exportSqlDetails()).isNull();
    }

    @Test
    void should_export_a_script_to_the_projects_bucket_and_associate_the_extension_pack() {
        String script = hr.startExportAsScript(hr.hr());
        String pack = hr.startExtensionPack();
        hr.advanceSeconds(60);

        SchemaConversionRequest exported = dms.describeMetadataModelExportsAsScript(
                        r -> r.migrationProjectIdentifier("hr"))
                .requests()
                .get(0);
        assertThat(exported.requestIdentifier()).isEqualTo(script);
        assertThat(exported.exportSqlDetails().s3ObjectKey())
                .startsWith("hr-ddl-")
                .endsWith(".sql");
        assertThat(exported.exportSqlDetails().objectURL())
                .endsWith(exported.exportSqlDetails().s3ObjectKey());
        assertThat(dms.describeExtensionPackAssociations(r -> r.migrationProjectIdentifier("hr"))
                        .requests())
                .extracting(SchemaConversionRequest::requestIdentifier, SchemaConversionRequest::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(pack, "SUCCESS"));
    }

    @Test
    void should_keep_the_conversion_configuration_and_refuse_changes_while_converting() {
        assertThat(dms.describeConversionConfiguration(r -> r.migrationProjectIdentifier("hr"))
                        .conversionConfiguration())
                .contains("Common project settings");
        dms.modifyConversionConfiguration(
                r -> r.migrationProjectIdentifier("hr").conversionConfiguration("{\"setting\":\"on\"}"));
        assertThat(dms.describeConversionConfiguration(r -> r.migrationProjectIdentifier("hr"))
                        .conversionConfiguration())
                .isEqualTo("{\"setting\":\"on\"}");

        hr.startConversion(hr.hr());
        assertThatThrownBy(() -> dms.modifyConversionConfiguration(
                        r -> r.migrationProjectIdentifier("hr").conversionConfiguration("{}")))
                .isInstanceOf(InvalidResourceStateException.class);
        assertThatThrownBy(() -> dms.modifyConversionConfiguration(
                        r -> r.migrationProjectIdentifier("hr").conversionConfiguration("not json")))
                .isInstanceOf(DatabaseMigrationException.class)
                .satisfies(e -> assertThat(((DatabaseMigrationException) e)
                                .awsErrorDetails()
                                .errorCode())
                        .isEqualTo("InvalidParameterValueException"));
    }

    @Test
    void should_filter_by_status_and_request_id_and_page_with_markers() {
        List<String> ids = java.util.stream.IntStream.range(0, 25)
                .mapToObj(i -> hr.startImport(hr.rule("sales", null)))
                .toList();
        hr.advanceSeconds(10);
        String late = hr.startImport(hr.hr());

        DescribeMetadataModelImportsResponse first = dms.describeMetadataModelImports(
                r -> r.migrationProjectIdentifier("hr").maxRecords(20));
        DescribeMetadataModelImportsResponse second = dms.describeMetadataModelImports(
                r -> r.migrationProjectIdentifier("hr").maxRecords(20).marker(first.marker()));
        assertThat(first.requests()).hasSize(20);
        assertThat(second.requests()).hasSize(6);
        assertThat(second.marker()).isNull();
        assertThat(dms.describeMetadataModelImports(r -> r.migrationProjectIdentifier("hr")
                                .filters(f -> f.name("status").values("RECEIVED")))
                        .requests())
                .extracting(SchemaConversionRequest::requestIdentifier)
                .containsExactly(late);
        assertThat(dms.describeMetadataModelImports(r -> r.migrationProjectIdentifier("hr")
                                .filters(f -> f.name("request-id").values(ids.get(3))))
                        .requests())
                .singleElement()
                .extracting(SchemaConversionRequest::status)
                .isEqualTo("IN_PROGRESS");
        assertThatThrownBy(() -> dms.describeMetadataModelImports(r -> r.migrationProjectIdentifier("hr")
                        .filters(f -> f.name("status").values("CANCELED"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertInvalidParameter(() -> dms.describeMetadataModelImports(r ->
                r.migrationProjectIdentifier("hr").filters(f -> f.name("color").values("red"))));
        assertInvalidParameter(() -> dms.describeMetadataModelImports(
                r -> r.migrationProjectIdentifier("hr").maxRecords(5)));
    }

    @Test
    void should_answer_bad_input_with_dms_error_codes() {
        assertThatThrownBy(() -> dms.startMetadataModelConversion(
                        r -> r.migrationProjectIdentifier("nope").selectionRules(hr.hr())))
                .isInstanceOf(ResourceNotFoundException.class);
        assertInvalidParameter(() -> hr.startConversion("not json"));
        assertInvalidParameter(() -> hr.startConversion(hr.rule("payroll", null)));
        assertInvalidParameter(() -> dms.startMetadataModelImport(
                r -> r.migrationProjectIdentifier("hr").selectionRules(hr.hr()).origin("SIDEWAYS")));
        assertInvalidParameter(() -> dms.describeMetadataModel(r -> r.migrationProjectIdentifier("hr")
                .origin(OriginTypeValue.SOURCE)
                .selectionRules(hr.rule("%", null))));
        assertInvalidParameter(() -> hr.startCreation("x", " "));
        assertThatThrownBy(() -> describe(OriginTypeValue.SOURCE, hr.rule("hr", "payroll")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("hr.payroll");
    }

    @Test
    void should_show_the_requests_in_the_state_dump() {
        dms.modifyConversionConfiguration(
                r -> r.migrationProjectIdentifier("hr").conversionConfiguration("{\"setting\":\"on\"}"));
        String id = hr.startConversion(hr.hr());
        hr.simulator.clock().advance(Duration.ofSeconds(11));

        assertThat(hr.simulator.stateAsJson())
                .contains("\"MetadataModelConversions\"")
                .contains(id)
                .contains("\"IN_PROGRESS\"")
                .contains("\"ConversionConfigurations\"");
    }

    private SchemaConversionRequest importRequest(String id) {
        return dms.describeMetadataModelImports(r -> r.migrationProjectIdentifier("hr")
                        .filters(f -> f.name("request-id").values(id)))
                .requests()
                .get(0);
    }

    private DescribeMetadataModelResponse describe(OriginTypeValue origin, String rules) {
        return dms.describeMetadataModel(
                r -> r.migrationProjectIdentifier("hr").origin(origin).selectionRules(rules));
    }

    private ExportMetadataModelAssessmentResponse exportAssessment() {
        return dms.exportMetadataModelAssessment(r -> r.migrationProjectIdentifier("hr")
                .selectionRules(hr.hr())
                .assessmentReportTypes(AssessmentReportType.PDF, AssessmentReportType.CSV));
    }

    private static void assertInvalidParameter(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOf(DatabaseMigrationException.class)
                .satisfies(e -> assertThat(((DatabaseMigrationException) e)
                                .awsErrorDetails()
                                .errorCode())
                        .isEqualTo("InvalidParameterValueException"));
    }
}
