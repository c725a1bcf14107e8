package io.dmstestkit.simulator;

import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.DataProvider;
import software.amazon.awssdk.services.databasemigration.model.InstanceProfile;
import software.amazon.awssdk.services.databasemigration.model.MigrationProject;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;

/** Builds the chain a data migration needs (profile, two providers, project) through the real SDK client. */
final class DataMigrationFixture {

    static final String ROLE = "arn:aws:iam::123456789012:role/dms-data-migration";

    private final DatabaseMigrationClient dms;

    DataMigrationFixture(DatabaseMigrationClient dms) {
        this.dms = dms;
    }

    InstanceProfile profile(String name) {
        return dms.createInstanceProfile(r -> r.instanceProfileName(name).description("test profile"))
                .instanceProfile();
    }

    DataProvider provider(String name, String host) {
        return dms.createDataProvider(r -> r.dataProviderName(name)
                        .engine("postgres")
                        .settings(s -> s.postgreSqlSettings(
                                p -> p.serverName(host).port(5432).databaseName("app"))))
                .dataProvider();
    }

    /** A project named {@code name} with its own profile and providers, named after it. */
    MigrationProject project(String name) {
        profile(name + "-profile");
        provider(name + "-source", "source.example.com");
        provider(name + "-target", "target.example.com");
        return dms.createMigrationProject(r -> r.migrationProjectName(name)
                        .instanceProfileIdentifier(name + "-profile")
                        .sourceDataProviderDescriptors(d -> d.dataProviderIdentifier(name + "-source"))
                        .targetDataProviderDescriptors(d -> d.dataProviderIdentifier(name + "-target")))
                .migrationProject();
    }

    DataMigration migration(String project, String name, MigrationTypeValue type) {
        return dms.createDataMigration(r -> r.migrationProjectIdentifier(project)
                        .dataMigrationName(name)
                        .dataMigrationType(type)
                        .serviceAccessRoleArn(ROLE))
                .dataMigration();
    }

    /** A project and one data migration of {@code type} in it. */
    DataMigration migration(String name, MigrationTypeValue type) {
        project(name + "-project");
        return migration(name + "-project", name, type);
    }
}
