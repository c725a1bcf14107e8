package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DataProvider;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.InstanceProfile;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.MigrationProject;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/** Instance profiles, data providers and migration projects, through the real SDK client. */
class DataMigrationPrerequisitesTest {

    private final DmsSimulator simulator =
            DmsSimulator.builder().clock(SimulatedClock.manual()).build();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);
    private final DataMigrationFixture fixture = new DataMigrationFixture(dms);

    @Test
    void should_create_an_instance_profile_with_documented_defaults() {
        InstanceProfile profile = fixture.profile("orders-profile");

        assertThat(profile.instanceProfileArn())
                .matches("arn:aws:dms:us-east-1:123456789012:instance-profile:[A-Z0-9]{26}");
        assertThat(profile.instanceProfileName()).isEqualTo("orders-profile");
        assertThat(profile.description()).isEqualTo("test profile");
        assertThat(profile.publiclyAccessible()).isTrue();
        assertThat(profile.networkType()).isEqualTo("IPV4");
        assertThat(profile.availabilityZone()).isEqualTo("us-east-1a");
        assertThat(profile.instanceProfileCreationTime()).isEqualTo(SimulatedClock.DEFAULT_START);
    }

    @Test
    void should_generate_a_name_when_none_is_given() {
        InstanceProfile profile =
                dms.createInstanceProfile(r -> r.publiclyAccessible(false)).instanceProfile();
        String id = profile.instanceProfileArn()
                .substring(profile.instanceProfileArn().lastIndexOf(':') + 1);

        assertThat(profile.instanceProfileName()).isEqualTo("instance-profile-" + id.toLowerCase());
        assertThat(profile.publiclyAccessible()).isFalse();
    }

    @Test
    void should_refuse_duplicate_names_of_each_kind() {
        fixture.project("orders");

        assertThatThrownBy(() -> fixture.profile("ORDERS-profile")).isInstanceOf(ResourceAlreadyExistsException.class);
        assertThatThrownBy(() -> fixture.provider("orders-source", "x"))
                .isInstanceOf(ResourceAlreadyExistsException.class);
        assertThatThrownBy(() -> dms.createMigrationProject(r -> r.migrationProjectName("orders")
                        .instanceProfileIdentifier("orders-profile")
                        .sourceDataProviderDescriptors(d -> d.dataProviderIdentifier("orders-source"))
                        .targetDataProviderDescriptors(d -> d.dataProviderIdentifier("orders-target"))))
                .isInstanceOf(ResourceAlreadyExistsException.class);
    }

    @Test
    void should_describe_profiles_and_providers_by_name_or_arn() {
        InstanceProfile profile = fixture.profile("orders-profile");
        fixture.profile("other-profile");
        DataProvider provider = fixture.provider("orders-source", "db.example.com");

        assertThat(dms.describeInstanceProfiles(r -> r.filters(
                                f -> f.name("instance-profile-identifier").values(profile.instanceProfileArn())))
                        .instanceProfiles())
                .containsExactly(profile);
        assertThat(dms.describeInstanceProfiles(r -> r.filters(
                                f -> f.name("instance-profile-identifier").values("orders-profile")))
                        .instanceProfiles())
                .containsExactly(profile);
        assertThat(dms.describeDataProviders(r -> r.filters(
                                f -> f.name("data-provider-identifier").values("orders-source")))
                        .dataProviders())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p).isEqualTo(provider);
                    assertThat(p.engine()).isEqualTo("postgres");
                    assertThat(p.settings().postgreSqlSettings().serverName()).isEqualTo("db.example.com");
                });
    }

    @Test
    void should_answer_resource_not_found_when_a_filter_matches_nothing() {
        fixture.profile("orders-profile");

        assertThatThrownBy(() -> dms.describeInstanceProfiles(r ->
                        r.filters(f -> f.name("instance-profile-identifier").values("nope"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dms.describeDataProviders(
                        r -> r.filters(f -> f.name("data-provider-identifier").values("nope"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dms.describeMigrationProjects(r ->
                        r.filters(f -> f.name("migration-project-identifier").values("nope"))))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_page_instance_profiles_in_creation_order() {
        for (int i = 0; i < 25; i++) {
            fixture.profile("profile-" + i);
        }

        var first = dms.describeInstanceProfiles(r -> r.maxRecords(20));
        var second = dms.describeInstanceProfiles(r -> r.maxRecords(20).marker(first.marker()));

        assertThat(first.instanceProfiles()).hasSize(20);
        assertThat(first.instanceProfiles().get(0).instanceProfileName()).isEqualTo("profile-0");
        assertThat(second.instanceProfiles())
                .extracting(InstanceProfile::instanceProfileName)
                .containsExactly("profile-20", "profile-21", "profile-22", "profile-23", "profile-24");
        assertThat(second.marker()).isNull();
    }

    @Test
    void should_refuse_an_engine_data_providers_do_not_support() {
        assertThatThrownBy(() -> dms.createDataProvider(r -> r.dataProviderName("kafka")
                        .engine("kafka")
                        .settings(s -> s.mySqlSettings(m -> m.serverName("x")))))
                .isInstanceOfSatisfying(DatabaseMigrationException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValueException");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .contains("kafka")
                            .contains("postgres");
                });
    }

    @Test
    void should_refuse_a_data_provider_without_settings_naming_the_member() {
        assertThatThrownBy(() ->
                        dms.createDataProvider(r -> r.dataProviderName("p").engine("mysql")))
                .isInstanceOfSatisfying(DatabaseMigrationException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("Settings");
                });
    }

    @Test
    void should_create_a_migration_project_referring_to_profile_and_providers_by_name_or_arn() {
        InstanceProfile profile = fixture.profile("p");
        DataProvider source = fixture.provider("src", "a");
        fixture.provider("dst", "b");

        MigrationProject project = dms.createMigrationProject(r -> r.migrationProjectName("orders")
                        .instanceProfileIdentifier(profile.instanceProfileArn())
                        .sourceDataProviderDescriptors(d -> d.dataProviderIdentifier(source.dataProviderArn())
                                .secretsManagerSecretId("src-secret"))
                        .targetDataProviderDescriptors(d -> d.dataProviderIdentifier("dst")))
                .migrationProject();

        assertThat(project.migrationProjectArn()).contains(":migration-project:");
        assertThat(project.instanceProfileName()).isEqualTo("p");
        assertThat(project.instanceProfileArn()).isEqualTo(profile.instanceProfileArn());
        assertThat(project.sourceDataProviderDescriptors()).singleElement().satisfies(d -> {
            assertThat(d.dataProviderName()).isEqualTo("src");
            assertThat(d.dataProviderArn()).isEqualTo(source.dataProviderArn());
            assertThat(d.secretsManagerSecretId()).isEqualTo("src-secret");
        });
        assertThat(project.targetDataProviderDescriptors().get(0).dataProviderName())
                .isEqualTo("dst");
    }

    @Test
    void should_refuse_a_migration_project_whose_profile_or_provider_is_missing() {
        fixture.profile("p");
        fixture.provider("src", "a");

        assertThatThrownBy(() -> dms.createMigrationProject(r -> r.instanceProfileIdentifier("nope")
                        .sourceDataProviderDescriptors(d -> d.dataProviderIdentifier("src"))
                        .targetDataProviderDescriptors(d -> d.dataProviderIdentifier("src"))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> dms.createMigrationProject(r -> r.instanceProfileIdentifier("p")
                        .sourceDataProviderDescriptors(d -> d.dataProviderIdentifier("src"))
                        .targetDataProviderDescriptors(d -> d.dataProviderIdentifier("missing-target"))))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("missing-target");
    }

    @Test
    void should_refuse_a_descriptor_without_its_required_identifier() {
        fixture.profile("p");

        assertThatThrownBy(() -> dms.createMigrationProject(r -> r.instanceProfileIdentifier("p")
                        .sourceDataProviderDescriptors(d -> d.secretsManagerSecretId("s"))
                        .targetDataProviderDescriptors(d -> d.secretsManagerSecretId("s"))))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).contains("DataProviderIdentifier"));
    }

    @Test
    void should_filter_migration_projects_by_profile_and_provider() {
        MigrationProject orders = fixture.project("orders");
        fixture.project("billing");

        assertThat(describeProjects("instance-profile-identifier", "orders-profile"))
                .containsExactly(orders);
        assertThat(describeProjects("data-provider-identifier", "orders-target"))
                .containsExactly(orders);
        assertThat(describeProjects("source-data-provider-identifier", "orders-source"))
                .containsExactly(orders);
        assertThatThrownBy(() -> describeProjects("target-data-provider-identifier", "orders-source"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(describeProjects("migration-project-identifier", orders.migrationProjectArn()))
                .containsExactly(orders);
    }

    @Test
    void should_show_the_new_name_of_a_renamed_provider_in_its_projects() {
        fixture.project("orders");

        dms.modifyDataProvider(r -> r.dataProviderIdentifier("orders-source").dataProviderName("orders-primary"));

        assertThat(describeProjects("source-data-provider-identifier", "orders-primary"))
                .singleElement()
                .satisfies(
                        p -> assertThat(p.sourceDataProviderDescriptors().get(0).dataProviderName())
                                .isEqualTo("orders-primary"));
    }

    @Test
    void should_modify_profile_provider_and_project() {
        fixture.project("orders");
        fixture.profile("bigger");

        InstanceProfile profile = dms.modifyInstanceProfile(
                        r -> r.instanceProfileIdentifier("orders-profile").description("changed"))
                .instanceProfile();
        DataProvider provider = dms.modifyDataProvider(r -> r.dataProviderIdentifier("orders-target")
                        .settings(s -> s.postgreSqlSettings(p -> p.serverName("new-host"))))
                .dataProvider();
        MigrationProject project = dms.modifyMigrationProject(
                        r -> r.migrationProjectIdentifier("orders").instanceProfileIdentifier("bigger"))
                .migrationProject();

        assertThat(profile.description()).isEqualTo("changed");
        assertThat(provider.settings().postgreSqlSettings().serverName()).isEqualTo("new-host");
        assertThat(project.instanceProfileName()).isEqualTo("bigger");
    }

    @Test
    void should_refuse_deleting_what_a_project_uses_until_the_project_is_gone() {
        fixture.project("orders");

        assertThatThrownBy(() -> dms.deleteInstanceProfile(r -> r.instanceProfileIdentifier("orders-profile")))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("orders");
        assertThatThrownBy(() -> dms.deleteDataProvider(r -> r.dataProviderIdentifier("orders-source")))
                .isInstanceOf(InvalidResourceStateException.class);

        dms.deleteMigrationProject(r -> r.migrationProjectIdentifier("orders"));
        dms.deleteInstanceProfile(r -> r.instanceProfileIdentifier("orders-profile"));
        DataProvider deleted = dms.deleteDataProvider(r -> r.dataProviderIdentifier("orders-source"))
                .dataProvider();

        assertThat(deleted.dataProviderName()).isEqualTo("orders-source");
        assertThat(dms.describeInstanceProfiles(r -> {}).instanceProfiles()).isEmpty();
        assertThat(dms.describeMigrationProjects(r -> {}).migrationProjects()).isEmpty();
    }

    @Test
    void should_refuse_deleting_a_project_that_has_a_data_migration() {
        fixture.migration("orders", MigrationTypeValue.FULL_LOAD);

        assertThatThrownBy(() -> dms.deleteMigrationProject(r -> r.migrationProjectIdentifier("orders-project")))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("orders");
    }

    @Test
    void should_answer_resource_not_found_for_unknown_identifiers() {
        assertThatThrownBy(() -> dms.deleteInstanceProfile(r -> r.instanceProfileIdentifier("nope")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dms.modifyDataProvider(r -> r.dataProviderIdentifier("nope")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dms.deleteMigrationProject(r -> r.migrationProjectIdentifier(
                        "arn:aws:dms:us-east-1:123456789012:migration-project:AAAAAAAAAAAAAAAAAAAAAAAAAA")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_stamp_creation_times_with_virtual_time() {
        simulator.clock().advance(java.time.Duration.ofHours(2));

        DataProvider provider = fixture.provider("p", "h");

        assertThat(provider.dataProviderCreationTime()).isEqualTo(Instant.parse("2026-01-01T02:00:00Z"));
    }

    private java.util.List<MigrationProject> describeProjects(String filter, String value) {
        return dms.describeMigrationProjects(r -> r.filters(f -> f.name(filter).values(value)))
                .migrationProjects();
    }
}
