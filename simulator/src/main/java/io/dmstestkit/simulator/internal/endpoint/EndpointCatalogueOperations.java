package io.dmstestkit.simulator.internal.endpoint;

import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.databasemigration.model.DescribeEndpointSettingsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeEndpointSettingsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeEndpointTypesRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeEndpointTypesResponse;
import software.amazon.awssdk.services.databasemigration.model.EndpointSetting;
import software.amazon.awssdk.services.databasemigration.model.SupportedEndpointType;

/**
 * DescribeEndpointTypes (which engines may be a source, a target, or both) and DescribeEndpointSettings
 * (a small, curated catalogue of the settings of the most used engines; other engines answer an empty
 * list). Every listed endpoint type supports CDC.
 */
final class EndpointCatalogueOperations {

    private static final Set<String> SOURCES = Set.of(
            "mysql",
            "oracle",
            "postgres",
            "mariadb",
            "aurora",
            "aurora-postgresql",
            "s3",
            "db2",
            "db2-zos",
            "azuredb",
            "azure-sql-managed-instance",
            "sybase",
            "mongodb",
            "docdb",
            "sqlserver",
            "gcp-mysql");
    private static final Set<String> TARGETS = Set.of(
            "mysql",
            "oracle",
            "postgres",
            "mariadb",
            "aurora",
            "aurora-postgresql",
            "opensearch",
            "redshift",
            "redshift-serverless",
            "s3",
            "azuredb",
            "sybase",
            "dynamodb",
            "kinesis",
            "kafka",
            "elasticsearch",
            "docdb",
            "sqlserver",
            "neptune",
            "babelfish",
            "redis",
            "timestream");

    private static final Map<String, List<EndpointSetting>> SETTINGS = Map.of(
            "postgres",
            List.of(
                    bool("CaptureDdls", "true", "source"),
                    text("DdlArtifactsSchema", "public", "source"),
                    integer("ExecuteTimeout", "60", "seconds", "source & target"),
                    bool("HeartbeatEnable", "false", "source"),
                    integer("HeartbeatFrequency", "5", "minutes", "source"),
                    integer("MaxFileSize", "32768", "KB", "target"),
                    choice("PluginName", "no-preference", "source", "no-preference", "test-decoding", "pglogical"),
                    text("SlotName", null, "source"),
                    bool("MapBooleanAsBoolean", "false", "source & target")),
            "mysql",
            List.of(
                    integer("EventsPollInterval", "5", "seconds", "source"),
                    text("ServerTimezone", null, "source"),
                    bool("CleanSourceMetadataOnMismatch", "false", "source"),
                    choice("TargetDbType", "multiple-databases", "target", "specific-database", "multiple-databases"),
                    integer("ParallelLoadThreads", "1", null, "target"),
                    integer("MaxFileSize", "32768", "KB", "target")),
            "oracle",
            List.of(
                    bool("AddSupplementalLogging", "false", "source"),
                    bool("UseLogminerReader", "true", "source"),
                    bool("UseBFile", "false", "source"),
                    integer("NumberDatatypeScale", "10", null, "source"),
                    choice("CharLengthSemantics", "default", "source", "default", "char", "byte")),
            "s3",
            List.of(
                    text("BucketName", null, "source & target"),
                    text("BucketFolder", null, "source & target"),
                    text("ServiceAccessRoleArn", null, "source & target"),
                    choice("DataFormat", "csv", "target", "csv", "parquet"),
                    choice("CompressionType", "none", "target", "none", "gzip"),
                    text("CsvDelimiter", ",", "source & target")));

    private EndpointCatalogueOperations() {}

    static void register(OperationRegistry registry) {
        registry.register(DescribeEndpointTypesRequest.class, EndpointCatalogueOperations::types)
                .register(DescribeEndpointSettingsRequest.class, EndpointCatalogueOperations::settings);
    }

    private static DescribeEndpointTypesResponse types(DescribeEndpointTypesRequest request, OperationContext context) {
        List<SupportedEndpointType> all = new ArrayList<>();
        for (String engine : Engines.names()) {
            if (SOURCES.contains(engine)) {
                all.add(type(engine, "source"));
            }
            if (TARGETS.contains(engine)) {
                all.add(type(engine, "target"));
            }
        }
        Filters<SupportedEndpointType> filters = Filters.<SupportedEndpointType>named("DescribeEndpointTypes")
                .on("engine-name", t -> List.of(t.engineName()))
                .on(
                        "endpoint-type",
                        t -> List.of(
                                t.endpointTypeAsString(),
                                t.endpointTypeAsString().toUpperCase(Locale.ROOT)));
        Paging.Page<SupportedEndpointType> page =
                Paging.pageByIndex(filters.apply(request.filters(), all), request.maxRecords(), request.marker());
        return DescribeEndpointTypesResponse.builder()
                .supportedEndpointTypes(page.items())
                .marker(page.nextMarker())
                .build();
    }

    private static DescribeEndpointSettingsResponse settings(
            DescribeEndpointSettingsRequest request, OperationContext context) {
        Engines.displayName(request.engineName()); // refuses an unknown engine, naming the valid ones
        Paging.Page<EndpointSetting> page = Paging.pageByIndex(
                SETTINGS.getOrDefault(request.engineName(), List.of()), request.maxRecords(), request.marker());
        return DescribeEndpointSettingsResponse.builder()
                .endpointSettings(page.items())
                .marker(page.nextMarker())
                .build();
    }

    private static SupportedEndpointType type(String engine, String endpointType) {
        return SupportedEndpointType.builder()
                .engineName(engine)
                .engineDisplayName(Engines.displayName(engine))
                .endpointType(endpointType)
                .supportsCDC(true)
                .build();
    }

    private static EndpointSetting bool(String name, String defaultValue, String applicability) {
        return setting(name, "boolean", defaultValue, null, applicability).build();
    }

    private static EndpointSetting text(String name, String defaultValue, String applicability) {
        return setting(name, "string", defaultValue, null, applicability).build();
    }

    private static EndpointSetting integer(String name, String defaultValue, String units, String applicability) {
        return setting(name, "integer", defaultValue, units, applicability).build();
    }

    private static EndpointSetting choice(String name, String defaultValue, String applicability, String... values) {
        return setting(name, "enum", defaultValue, null, applicability)
                .enumValues(values)
                .build();
    }

    private static EndpointSetting.Builder setting(
            String name, String type, String defaultValue, String units, String applicability) {
        return EndpointSetting.builder()
                .name(name)
                .type(type)
                .defaultValue(defaultValue)
                .units(units)
                .applicability(applicability)
                .sensitive(false);
    }
}
