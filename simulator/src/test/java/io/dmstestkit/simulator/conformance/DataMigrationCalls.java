package io.dmstestkit.simulator.conformance;

import static io.dmstestkit.simulator.conformance.Setups.dataMigration;
import static io.dmstestkit.simulator.conformance.Setups.profile;
import static io.dmstestkit.simulator.conformance.Setups.project;
import static io.dmstestkit.simulator.conformance.Setups.provider;
import static java.util.Map.entry;

import io.dmstestkit.simulator.DmsSimulator;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;

/** Instance profiles, data providers, migration projects and the data migrations inside them. */
public final class DataMigrationCalls implements ConformanceCalls {

    /** A data migration that has just started (a full load of few rows soon stops by itself). */
    private static void started(DatabaseMigrationClient dms) {
        dataMigration(dms, "orders");
        dms.startDataMigration(r -> r.dataMigrationIdentifier("orders").startType("start-replication"));
    }

    @Override
    public Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls() {
        return Map.ofEntries(
                entry(
                        "CreateInstanceProfile",
                        (simulator, dms) -> dms.createInstanceProfile(
                                r -> r.instanceProfileName("profile").description("conformance"))),
                entry("DescribeInstanceProfiles", (simulator, dms) -> {
                    profile(dms, "profile");
                    return dms.describeInstanceProfiles(r -> {});
                }),
                entry("ModifyInstanceProfile", (simulator, dms) -> {
                    profile(dms, "profile");
                    return dms.modifyInstanceProfile(
                            r -> r.instanceProfileIdentifier("profile").description("changed"));
                }),
                entry("DeleteInstanceProfile", (simulator, dms) -> {
                    profile(dms, "profile");
                    return dms.deleteInstanceProfile(r -> r.instanceProfileIdentifier("profile"));
                }),
                entry(
                        "CreateDataProvider",
                        (simulator, dms) -> dms.createDataProvider(r -> r.dataProviderName("source")
                                .engine("postgres")
                                .settings(s -> s.postgreSqlSettings(p -> p.serverName("db.example.com")
                                        .port(5432)
                                        .databaseName("app"))))),
                entry("DescribeDataProviders", (simulator, dms) -> {
                    provider(dms, "source");
                    return dms.describeDataProviders(r -> {});
                }),
                entry("ModifyDataProvider", (simulator, dms) -> {
                    provider(dms, "source");
                    return dms.modifyDataProvider(
                            r -> r.dataProviderIdentifier("source").description("changed"));
                }),
                entry("DeleteDataProvider", (simulator, dms) -> {
                    provider(dms, "source");
                    return dms.deleteDataProvider(r -> r.dataProviderIdentifier("source"));
                }),
                entry("CreateMigrationProject", (simulator, dms) -> {
                    profile(dms, "profile");
                    provider(dms, "source");
                    provider(dms, "target");
                    return dms.createMigrationProject(r -> r.migrationProjectName("project")
                            .instanceProfileIdentifier("profile")
                            .sourceDataProviderDescriptors(d -> d.dataProviderIdentifier("source"))
                            .targetDataProviderDescriptors(d -> d.dataProviderIdentifier("target")));
                }),
                entry("DescribeMigrationProjects", (simulator, dms) -> {
                    project(dms, "project");
                    return dms.describeMigrationProjects(r -> {});
                }),
                entry("ModifyMigrationProject", (simulator, dms) -> {
                    project(dms, "project");
                    return dms.modifyMigrationProject(
                            r -> r.migrationProjectIdentifier("project").description("changed"));
                }),
                entry("DeleteMigrationProject", (simulator, dms) -> {
                    project(dms, "project");
                    return dms.deleteMigrationProject(r -> r.migrationProjectIdentifier("project"));
                }),
                entry("CreateDataMigration", (simulator, dms) -> {
                    project(dms, "project");
                    return dms.createDataMigration(r -> r.migrationProjectIdentifier("project")
                            .dataMigrationName("orders")
                            .dataMigrationType(MigrationTypeValue.FULL_LOAD)
                            .serviceAccessRoleArn(Setups.ROLE));
                }),
                entry("DescribeDataMigrations", (simulator, dms) -> {
                    dataMigration(dms, "orders");
                    return dms.describeDataMigrations(r -> {});
                }),
                entry("ModifyDataMigration", (simulator, dms) -> {
                    dataMigration(dms, "orders");
                    return dms.modifyDataMigration(
                            r -> r.dataMigrationIdentifier("orders").enableCloudwatchLogs(true));
                }),
                entry("DeleteDataMigration", (simulator, dms) -> {
                    dataMigration(dms, "orders");
                    return dms.deleteDataMigration(r -> r.dataMigrationIdentifier("orders"));
                }),
                entry("StartDataMigration", (simulator, dms) -> {
                    dataMigration(dms, "orders");
                    return dms.startDataMigration(
                            r -> r.dataMigrationIdentifier("orders").startType("start-replication"));
                }),
                entry("StopDataMigration", (simulator, dms) -> {
                    started(dms);
                    return dms.stopDataMigration(r -> r.dataMigrationIdentifier("orders"));
                }));
    }
}
