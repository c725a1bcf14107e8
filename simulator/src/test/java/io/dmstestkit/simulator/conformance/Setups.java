package io.dmstestkit.simulator.conformance;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.ReplicationFixture;
import io.dmstestkit.simulator.TableSpec;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;

/** The resources several families' calls need, created through the client as a user would. */
final class Setups {

    static final String ACCOUNT = "123456789012";
    static final String ROLE = "arn:aws:iam::123456789012:role/dms-access";
    static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:dms-events";

    private Setups() {}

    static String endpoint(DatabaseMigrationClient dms, String identifier, String type) {
        return dms.createEndpoint(
                        r -> r.endpointIdentifier(identifier).endpointType(type).engineName("postgres"))
                .endpoint()
                .endpointArn();
    }

    /** A replication instance that has become available (creation takes virtual minutes). */
    static String availableInstance(DmsSimulator simulator, DatabaseMigrationClient dms, String identifier) {
        String arn = dms.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier(identifier).replicationInstanceClass("dms.t3.small"))
                .replicationInstance()
                .replicationInstanceArn();
        simulator.clock().advance(Duration.ofMinutes(30));
        return arn;
    }

    static ReplicationFixture replications(DmsSimulator simulator, DatabaseMigrationClient dms) {
        simulator.declareTables(ACCOUNT, "us-east-1", List.of(TableSpec.of("public", "orders", 1_000)));
        return new ReplicationFixture(dms, simulator.clock(), simulator::nextChange);
    }

    /** A full-load-and-CDC replication that is running. */
    static String runningReplication(DmsSimulator simulator, DatabaseMigrationClient dms) {
        ReplicationFixture fixture = replications(simulator, dms);
        String arn = fixture.createConfig("conformance", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationConfigArn();
        fixture.start(arn, "start-replication");
        fixture.jumpUntilStatus(arn, "running");
        return arn;
    }

    static void profile(DatabaseMigrationClient dms, String name) {
        dms.createInstanceProfile(r -> r.instanceProfileName(name));
    }

    static void provider(DatabaseMigrationClient dms, String name) {
        dms.createDataProvider(r -> r.dataProviderName(name)
                .engine("postgres")
                .settings(s -> s.postgreSqlSettings(
                        p -> p.serverName(name + ".example.com").port(5432).databaseName("app"))));
    }

    /** A migration project named {@code name} with its own profile and providers. */
    static void project(DatabaseMigrationClient dms, String name) {
        profile(dms, name + "-profile");
        provider(dms, name + "-source");
        provider(dms, name + "-target");
        dms.createMigrationProject(r -> r.migrationProjectName(name)
                .instanceProfileIdentifier(name + "-profile")
                .sourceDataProviderDescriptors(d -> d.dataProviderIdentifier(name + "-source"))
                .targetDataProviderDescriptors(d -> d.dataProviderIdentifier(name + "-target")));
    }

    /** A full-load data migration {@code name} in a project of its own. */
    static void dataMigration(DatabaseMigrationClient dms, String name) {
        project(dms, name + "-project");
        dms.createDataMigration(r -> r.migrationProjectIdentifier(name + "-project")
                .dataMigrationName(name)
                .dataMigrationType(MigrationTypeValue.FULL_LOAD)
                .serviceAccessRoleArn(ROLE));
    }
}
