package io.dmstestkit.simulator.internal.datamigration;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.SdkCopy;
import io.dmstestkit.simulator.internal.state.Tagging;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.CreateDataProviderRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateDataProviderResponse;
import software.amazon.awssdk.services.databasemigration.model.DataProvider;
import software.amazon.awssdk.services.databasemigration.model.DataProviderSettings;
import software.amazon.awssdk.services.databasemigration.model.DeleteDataProviderRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteDataProviderResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeDataProvidersRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeDataProvidersResponse;
import software.amazon.awssdk.services.databasemigration.model.ModifyDataProviderRequest;
import software.amazon.awssdk.services.databasemigration.model.ModifyDataProviderResponse;

/**
 * Data providers: the source and target databases of a migration project. Stored as the SDK's
 * {@code DataProvider} shape itself.
 *
 * <p>ModifyDataProvider without {@code ExactSettings} merges settings one engine block at a time (a new
 * {@code PostgreSqlSettings} replaces the old one as a whole); with {@code ExactSettings} it replaces them.
 */
final class DataProviderOperations {

    static final NamedKind<DataProvider> PROVIDERS = new NamedKind<>(
            DataProvider.class,
            "data provider",
            "data-provider",
            DataProvider::dataProviderName,
            DataProvider::dataProviderArn);

    /** The engines the API documentation lists for data providers. */
    private static final Set<String> ENGINES = Set.of(
            "aurora",
            "aurora-postgresql",
            "db2",
            "db2-zos",
            "docdb",
            "mariadb",
            "mongodb",
            "mysql",
            "oracle",
            "postgres",
            "redshift",
            "sqlserver",
            "sybase");

    private static final Set<String> NOT_COPIED = Set.of("DataProviderName", "Engine", "Settings", "Tags");

    private DataProviderOperations() {}

    static void register(OperationRegistry registry) {
        registry.register(CreateDataProviderRequest.class, DataProviderOperations::create)
                .register(DescribeDataProvidersRequest.class, DataProviderOperations::describe)
                .register(ModifyDataProviderRequest.class, DataProviderOperations::modify)
                .register(DeleteDataProviderRequest.class, DataProviderOperations::delete);
    }

    private static CreateDataProviderResponse create(CreateDataProviderRequest request, OperationContext context) {
        String arn = PROVIDERS.newArn(context.account());
        String name = PROVIDERS.nameFor(context.account(), "DataProviderName", request.dataProviderName(), arn);
        DataProvider provider = SdkCopy.sharedMembers(request, DataProvider.builder(), NOT_COPIED)
                .dataProviderArn(arn)
                .dataProviderName(name)
                .dataProviderCreationTime(context.now())
                .engine(engine(request.engine()))
                .settings(request.settings())
                .build();
        PROVIDERS.store(context.account()).put(arn, provider);
        Tagging.tagOnCreate(context, arn, request.tags());
        return CreateDataProviderResponse.builder().dataProvider(provider).build();
    }

    private static DescribeDataProvidersResponse describe(
            DescribeDataProvidersRequest request, OperationContext context) {
        Filters<DataProvider> filters = Filters.<DataProvider>named("DescribeDataProviders")
                .onKeyOrName("data-provider-identifier", PROVIDERS::identifiers);
        Paging.Page<DataProvider> page = filters.page(
                PROVIDERS.store(context.account()),
                request.filters(),
                request.maxRecords(),
                request.marker(),
                "data providers");
        return DescribeDataProvidersResponse.builder()
                .dataProviders(page.items())
                .marker(page.nextMarker())
                .build();
    }

    private static ModifyDataProviderResponse modify(ModifyDataProviderRequest request, OperationContext context) {
        DataProvider existing = PROVIDERS.require(context.account(), request.dataProviderIdentifier());
        DataProvider.Builder modified = SdkCopy.sharedMembers(request, existing.toBuilder(), NOT_COPIED);
        if (request.dataProviderName() != null) {
            modified.dataProviderName(PROVIDERS.nameFor(
                    context.account(), "DataProviderName", request.dataProviderName(), existing.dataProviderArn()));
        }
        if (request.engine() != null) {
            modified.engine(engine(request.engine()));
        }
        if (request.settings() != null) {
            modified.settings(settings(existing.settings(), request.settings(), request.exactSettings()));
        }
        DataProvider saved = PROVIDERS.store(context.account()).put(existing.dataProviderArn(), modified.build());
        return ModifyDataProviderResponse.builder().dataProvider(saved).build();
    }

    /** Refused while a migration project uses the provider, as the API documentation requires. */
    private static DeleteDataProviderResponse delete(DeleteDataProviderRequest request, OperationContext context) {
        DataProvider existing = PROVIDERS.require(context.account(), request.dataProviderIdentifier());
        MigrationProjectOperations.projectUsing(context.account(), existing.dataProviderArn())
                .ifPresent(project -> {
                    throw ServiceError.invalidResourceState("Data provider " + existing.dataProviderName()
                            + " is used by migration project " + project + "; delete or modify that first");
                });
        PROVIDERS.store(context.account()).remove(existing.dataProviderArn());
        context.account().tags().remove(existing.dataProviderArn());
        return DeleteDataProviderResponse.builder().dataProvider(existing).build();
    }

    private static DataProviderSettings settings(
            DataProviderSettings existing, DataProviderSettings requested, Boolean exact) {
        if (Boolean.TRUE.equals(exact) || existing == null) {
            return requested;
        }
        return SdkCopy.sharedMembers(requested, existing.toBuilder(), Set.of()).build();
    }

    private static String engine(String engine) {
        if (!ENGINES.contains(engine)) {
            throw ServiceError.invalidParameterValue("Invalid Engine '" + engine + "'. Valid values: "
                    + String.join(" | ", ENGINES.stream().sorted().toList()));
        }
        return engine;
    }
}
