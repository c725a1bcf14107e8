package io.dmstestkit.simulator.internal.schemaconversion;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.datamigration.DataMigrations;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.protocol.SdkJsonCodec;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.Paging;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.AssessmentReportType;
import software.amazon.awssdk.services.databasemigration.model.DescribeConversionConfigurationRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeConversionConfigurationResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelChildrenRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelChildrenResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeMetadataModelResponse;
import software.amazon.awssdk.services.databasemigration.model.ExportMetadataModelAssessmentRequest;
import software.amazon.awssdk.services.databasemigration.model.ExportMetadataModelAssessmentResponse;
import software.amazon.awssdk.services.databasemigration.model.ExportMetadataModelAssessmentResultEntry;
import software.amazon.awssdk.services.databasemigration.model.GetTargetSelectionRulesRequest;
import software.amazon.awssdk.services.databasemigration.model.GetTargetSelectionRulesResponse;
import software.amazon.awssdk.services.databasemigration.model.MetadataModelReference;
import software.amazon.awssdk.services.databasemigration.model.MigrationProject;
import software.amazon.awssdk.services.databasemigration.model.ModifyConversionConfigurationRequest;
import software.amazon.awssdk.services.databasemigration.model.ModifyConversionConfigurationResponse;

/**
 * The model half of schema conversion: reading the metadata tree, the conversion configuration, the
 * target selection rules and the assessment report. Nothing here moves in time by itself; it reads what
 * the requests have done by now.
 */
final class ModelOperations {

    private ModelOperations() {}

    static void register(OperationRegistry registry) {
        registry.register(DescribeMetadataModelRequest.class, ModelOperations::describeModel)
                .register(DescribeMetadataModelChildrenRequest.class, ModelOperations::describeChildren)
                .register(DescribeConversionConfigurationRequest.class, ModelOperations::describeConfiguration)
                .register(ModifyConversionConfigurationRequest.class, ModelOperations::modifyConfiguration)
                .register(GetTargetSelectionRulesRequest.class, ModelOperations::targetSelectionRules)
                .register(ExportMetadataModelAssessmentRequest.class, ModelOperations::exportAssessment);
    }

    private static DescribeMetadataModelResponse describeModel(
            DescribeMetadataModelRequest request, OperationContext context) {
        MigrationProject project = DataMigrations.project(context.account(), request.migrationProjectIdentifier());
        String origin = RequestOperations.origin(request.originAsString());
        MetadataModel model = RequestOperations.model(context, project, origin);
        MetadataObject object = model.find(SelectionRules.single(request.selectionRules()), origin);
        DescribeMetadataModelResponse.Builder response = DescribeMetadataModelResponse.builder()
                .metadataModelName(object.name())
                .metadataModelType(object.type())
                .definition(object.definition());
        if (origin.equals("SOURCE")
                && !object.isServer()
                && SchemaConversions.converted(context.account(), project.migrationProjectArn(), context.now())
                        .contains(object.key())) {
            response.targetMetadataModels(MetadataModelReference.builder()
                    .metadataModelName(object.name())
                    .selectionRules(SelectionRules.explicitFor(object, MetadataModel.targetServer(project)))
                    .build());
        }
        return response.build();
    }

    private static DescribeMetadataModelChildrenResponse describeChildren(
            DescribeMetadataModelChildrenRequest request, OperationContext context) {
        MigrationProject project = DataMigrations.project(context.account(), request.migrationProjectIdentifier());
        String origin = RequestOperations.origin(request.originAsString());
        MetadataModel model = RequestOperations.model(context, project, origin);
        MetadataObject parent = model.find(SelectionRules.single(request.selectionRules()), origin);
        List<MetadataModelReference> children = model.children(parent).stream()
                .map(child -> MetadataModelReference.builder()
                        .metadataModelName(child.name())
                        .selectionRules(SelectionRules.explicitFor(child, model.server()))
                        .build())
                .toList();
        Paging.Page<MetadataModelReference> page = Paging.pageByIndex(children, request.maxRecords(), request.marker());
        return DescribeMetadataModelChildrenResponse.builder()
                .metadataModelChildren(page.items())
                .marker(page.nextMarker())
                .build();
    }

    private static DescribeConversionConfigurationResponse describeConfiguration(
            DescribeConversionConfigurationRequest request, OperationContext context) {
        MigrationProject project = DataMigrations.project(context.account(), request.migrationProjectIdentifier());
        return DescribeConversionConfigurationResponse.builder()
                .migrationProjectIdentifier(project.migrationProjectArn())
                .conversionConfiguration(SchemaConversions.conversion(context.account(), project.migrationProjectArn())
                        .configuration())
                .build();
    }

    /** Refused while a conversion of the project is under way (it reads the configuration as it goes). */
    private static ModifyConversionConfigurationResponse modifyConfiguration(
            ModifyConversionConfigurationRequest request, OperationContext context) {
        AccountState account = context.account();
        MigrationProject project = DataMigrations.project(account, request.migrationProjectIdentifier());
        JsonNode configuration;
        try {
            configuration = SdkJsonCodec.mapper().readTree(request.conversionConfiguration());
        } catch (JsonProcessingException e) {
            throw ServiceError.invalidParameterValue(
                    "ConversionConfiguration is not valid JSON: " + e.getOriginalMessage());
        }
        if (configuration == null || !configuration.isObject()) {
            throw ServiceError.invalidParameterValue("ConversionConfiguration must be a JSON object");
        }
        SchemaConversions.requests(account, project.migrationProjectArn(), RequestKind.CONVERSION).stream()
                .filter(r -> r.timeline().activeAt(context.now()))
                .findFirst()
                .ifPresent(r -> {
                    throw ServiceError.invalidResourceState("Migration project " + project.migrationProjectName()
                            + " has conversion " + r.id() + " " + r.statusAt(context.now())
                            + "; modify the conversion configuration when it has ended");
                });
        SchemaConversions.save(
                account,
                SchemaConversions.conversion(account, project.migrationProjectArn())
                        .configured(configuration.toString()));
        return ModifyConversionConfigurationResponse.builder()
                .migrationProjectIdentifier(project.migrationProjectArn())
                .build();
    }

    /** The target twins of source rules exist once the objects they select are converted. */
    private static GetTargetSelectionRulesResponse targetSelectionRules(
            GetTargetSelectionRulesRequest request, OperationContext context) {
        MigrationProject project = DataMigrations.project(context.account(), request.migrationProjectIdentifier());
        List<MetadataObject> selected = RequestOperations.model(context, project, "SOURCE")
                .select(SelectionRules.parse(request.selectionRules()));
        Set<String> converted =
                SchemaConversions.converted(context.account(), project.migrationProjectArn(), context.now());
        if (selected.stream().noneMatch(o -> converted.contains(o.key()))) {
            throw ServiceError.invalidResourceState("None of the selected objects of migration project "
                    + project.migrationProjectName() + " is converted yet; run StartMetadataModelConversion first");
        }
        return GetTargetSelectionRulesResponse.builder()
                .targetSelectionRules(
                        SelectionRules.onServer(request.selectionRules(), MetadataModel.targetServer(project)))
                .build();
    }

    /** The report of the latest successful assessment, written where the project keeps its files. */
    private static ExportMetadataModelAssessmentResponse exportAssessment(
            ExportMetadataModelAssessmentRequest request, OperationContext context) {
        MigrationProject project = DataMigrations.project(context.account(), request.migrationProjectIdentifier());
        RequestOperations.model(context, project, "SOURCE").select(SelectionRules.parse(request.selectionRules()));
        ConversionRequest assessment = SchemaConversions.latestSuccess(
                        context.account(), project.migrationProjectArn(), RequestKind.ASSESSMENT, context.now())
                .orElseThrow(() -> ServiceError.resourceNotFound("Migration project " + project.migrationProjectName()
                        + " has no completed assessment; run StartMetadataModelAssessment and wait for SUCCESS"));
        String file = request.fileName() == null || request.fileName().isBlank()
                ? "assessment-report-" + assessment.id()
                : request.fileName();
        List<AssessmentReportType> types = request.hasAssessmentReportTypes()
                ? request.assessmentReportTypes()
                : List.of(AssessmentReportType.PDF, AssessmentReportType.CSV);
        ExportMetadataModelAssessmentResponse.Builder response = ExportMetadataModelAssessmentResponse.builder();
        for (AssessmentReportType type : types) {
            if (type == AssessmentReportType.UNKNOWN_TO_SDK_VERSION) {
                throw ServiceError.invalidParameterValue("AssessmentReportTypes may hold pdf and csv only");
            }
            String key = Buckets.prefix(project, context) + file + "."
                    + type.toString().toLowerCase(Locale.ROOT);
            ExportMetadataModelAssessmentResultEntry entry = ExportMetadataModelAssessmentResultEntry.builder()
                    .s3ObjectKey(key)
                    .objectURL(Buckets.url(project, context) + key)
                    .build();
            if (type == AssessmentReportType.PDF) {
                response.pdfReport(entry);
            } else {
                response.csvReport(entry);
            }
        }
        return response.build();
    }
}
