package io.dmstestkit.simulator.internal.datamigration;

import static io.dmstestkit.simulator.internal.datamigration.DataMigrationRecord.KIND;
import static io.dmstestkit.simulator.internal.datamigration.MigrationProjectOperations.PROJECTS;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.AccountState;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.Tagging;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.databasemigration.model.CreateDataMigrationRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateDataMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.DataMigrationSettings;
import software.amazon.awssdk.services.databasemigration.model.DeleteDataMigrationRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteDataMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeDataMigrationsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeDataMigrationsResponse;
import software.amazon.awssdk.services.databasemigration.model.MigrationProject;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ModifyDataMigrationRequest;
import software.amazon.awssdk.services.databasemigration.model.ModifyDataMigrationResponse;

/**
 * Creating, describing, modifying and deleting data migrations; running them is
 * {@link DataMigrationRunOperations}. A data migration can be modified or deleted only while no run is
 * under way ({@code STARTING}, {@code RUNNING}, {@code STOPPING}).
 */
final class DataMigrationDefinitionOperations {

    /** DMS allows 600 data migrations per account and region. */
    static final int QUOTA = 600;

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:role/.+");

    private DataMigrationDefinitionOperations() {}

    static void register(OperationRegistry registry) {
        registry.register(CreateDataMigrationRequest.class, DataMigrationDefinitionOperations::create)
                .register(DescribeDataMigrationsRequest.class, DataMigrationDefinitionOperations::describe)
                .register(ModifyDataMigrationRequest.class, DataMigrationDefinitionOperations::modify)
                .register(DeleteDataMigrationRequest.class, DataMigrationDefinitionOperations::delete);
    }

    private static CreateDataMigrationResponse create(CreateDataMigrationRequest request, OperationContext context) {
        AccountState account = context.account();
        MigrationProject project = PROJECTS.require(account, request.migrationProjectIdentifier());
        if (KIND.store(account).size() >= QUOTA) {
            throw ServiceError.quotaExceeded("The account already has " + QUOTA + " data migrations in "
                    + context.region() + ", the most DMS allows; delete some first");
        }
        String arn = KIND.newArn(account);
        DataMigration config = DataMigration.builder()
                .dataMigrationArn(arn)
                .dataMigrationName(KIND.nameFor(account, "DataMigrationName", request.dataMigrationName(), arn))
                .dataMigrationCreateTime(context.now())
                .migrationProjectArn(project.migrationProjectArn())
                .dataMigrationType(type(request.dataMigrationTypeAsString()))
                .serviceAccessRoleArn(roleArn(request.serviceAccessRoleArn()))
                .dataMigrationSettings(settings(
                        DataMigrationSettings.builder()
                                .cloudwatchLogsEnabled(false)
                                .build(),
                        request.numberOfJobs(),
                        request.enableCloudwatchLogs(),
                        request.selectionRules()))
                .sourceDataSettings(request.sourceDataSettings())
                .targetDataSettings(request.targetDataSettings())
                .build();
        DataMigrationRecord record = KIND.store(account).put(arn, DataMigrationRecord.created(config, context.now()));
        Tagging.tagOnCreate(context, arn, request.tags());
        return CreateDataMigrationResponse.builder()
                .dataMigration(DataMigrationView.render(record, context.now()))
                .build();
    }

    private static DescribeDataMigrationsResponse describe(
            DescribeDataMigrationsRequest request, OperationContext context) {
        Filters<DataMigrationRecord> filters = Filters.<DataMigrationRecord>named("DescribeDataMigrations")
                .onName("data-migration-name", DataMigrationRecord::name)
                .onKey("data-migration-arn", DataMigrationRecord::arn)
                .on("migration-project-arn", m -> List.of(m.projectArn()));
        Paging.Page<DataMigrationRecord> page = filters.page(
                KIND.store(context.account()),
                request.filters(),
                request.maxRecords(),
                request.marker(),
                "data migrations");
        boolean settings = !Boolean.TRUE.equals(request.withoutSettings());
        boolean statistics = !Boolean.TRUE.equals(request.withoutStatistics());
        return DescribeDataMigrationsResponse.builder()
                .dataMigrations(page.items().stream()
                        .map(m -> DataMigrationView.render(m, context.now(), settings, statistics))
                        .toList())
                .marker(page.nextMarker())
                .build();
    }

    private static ModifyDataMigrationResponse modify(ModifyDataMigrationRequest request, OperationContext context) {
        AccountState account = context.account();
        DataMigrationRecord record = requireSettled(context, request.dataMigrationIdentifier(), "modified");
        DataMigration.Builder config = record.config().toBuilder();
        if (request.dataMigrationName() != null) {
            config.dataMigrationName(
                    KIND.nameFor(account, "DataMigrationName", request.dataMigrationName(), record.arn()));
        }
        if (request.dataMigrationType() != null) {
            config.dataMigrationType(type(request.dataMigrationTypeAsString()));
        }
        if (request.serviceAccessRoleArn() != null) {
            config.serviceAccessRoleArn(roleArn(request.serviceAccessRoleArn()));
        }
        if (request.hasSourceDataSettings()) {
            config.sourceDataSettings(request.sourceDataSettings());
        }
        if (request.hasTargetDataSettings()) {
            config.targetDataSettings(request.targetDataSettings());
        }
        config.dataMigrationSettings(settings(
                record.config().dataMigrationSettings(),
                request.numberOfJobs(),
                request.enableCloudwatchLogs(),
                request.selectionRules()));
        DataMigrationRecord saved = KIND.store(account).put(record.arn(), record.withConfig(config.build()));
        return ModifyDataMigrationResponse.builder()
                .dataMigration(DataMigrationView.render(saved, context.now()))
                .build();
    }

    private static DeleteDataMigrationResponse delete(DeleteDataMigrationRequest request, OperationContext context) {
        DataMigrationRecord record = requireSettled(context, request.dataMigrationIdentifier(), "deleted");
        KIND.store(context.account()).remove(record.arn());
        context.account().tags().remove(record.arn());
        DataMigration deleting = DataMigrationView.render(record, context.now()).toBuilder()
                .dataMigrationStatus(DataMigrationStatus.DELETING)
                .build();
        return DeleteDataMigrationResponse.builder().dataMigration(deleting).build();
    }

    /** The data migration named by {@code identifier}, refused with InvalidResourceStateFault while it runs. */
    private static DataMigrationRecord requireSettled(OperationContext context, String identifier, String action) {
        DataMigrationRecord record = KIND.require(context.account(), identifier);
        String status = record.statusAt(context.now());
        if (DataMigrationStatus.IN_FLIGHT.contains(status)) {
            throw ServiceError.invalidResourceState("Data migration " + record.name() + " is " + status
                    + " and cannot be " + action + "; stop it and wait until it is STOPPED");
        }
        return record;
    }

    private static DataMigrationSettings settings(
            DataMigrationSettings base, Integer numberOfJobs, Boolean cloudwatchLogs, String selectionRules) {
        DataMigrationSettings.Builder settings = base.toBuilder();
        if (numberOfJobs != null) {
            if (numberOfJobs < 1) {
                throw ServiceError.invalidParameterValue("NumberOfJobs must be at least 1, was " + numberOfJobs);
            }
            settings.numberOfJobs(numberOfJobs);
        }
        if (cloudwatchLogs != null) {
            settings.cloudwatchLogsEnabled(cloudwatchLogs);
        }
        if (selectionRules != null) {
            settings.selectionRules(MigrationTables.validated(selectionRules));
        }
        return settings.build();
    }

    private static MigrationTypeValue type(String requested) {
        MigrationTypeValue type = MigrationTypeValue.fromValue(requested);
        if (type == null || type == MigrationTypeValue.UNKNOWN_TO_SDK_VERSION) {
            throw ServiceError.invalidParameterValue(
                    "Invalid DataMigrationType '" + requested + "'. Valid values: full-load | cdc | full-load-and-cdc");
        }
        return type;
    }

    private static String roleArn(String requested) {
        if (!ROLE_ARN.matcher(requested).matches()) {
            throw ServiceError.invalidParameterValue("ServiceAccessRoleArn '" + requested
                    + "' is not an IAM role ARN (arn:aws:iam::<account>:role/<name>)");
        }
        return requested;
    }
}
