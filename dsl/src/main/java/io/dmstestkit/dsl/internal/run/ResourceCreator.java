package io.dmstestkit.dsl.internal.run;

import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.Table;
import io.dmstestkit.simulator.TableMappings;
import io.dmstestkit.simulator.TableSpec;
import java.util.List;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * Creates a scenario's resources through the SDK, with everything a real account would need first:
 * endpoints for a replication; instance profile, data providers and migration project for a data
 * migration. Declared tables are made known to the target so the full load takes their sizes.
 */
public final class ResourceCreator {

    private final RunContext context;

    public ResourceCreator(RunContext context) {
        this.context = context;
    }

    public Handle create(Resource resource) {
        List<TableSpec> tables = tableSpecs(resource);
        if (!tables.isEmpty()) {
            context.session().declareTables(tables);
        }
        String mappings = tables.isEmpty() ? TableMappings.everything() : TableMappings.selecting(tables);
        if (resource instanceof Resource.Replication replication) {
            return new Handle(replication, createReplication(replication, mappings));
        }
        Resource.DataMigration migration = (Resource.DataMigration) resource;
        return new Handle(migration, createDataMigration(migration, mappings));
    }

    private String createReplication(Resource.Replication replication, String mappings) {
        DatabaseMigrationClient dms = context.session().client();
        String name = replication.name();
        String source = dms.createEndpoint(r -> r.endpointIdentifier(name + "-source")
                        .endpointType("source")
                        .engineName(replication.sourceEngine())
                        .serverName("source.example.com")
                        .databaseName(name))
                .endpoint()
                .endpointArn();
        String target = dms.createEndpoint(r -> r.endpointIdentifier(name + "-target")
                        .endpointType("target")
                        .engineName(replication.targetEngine())
                        .serverName("target.example.com")
                        .databaseName(name))
                .endpoint()
                .endpointArn();
        return dms.createReplicationConfig(r -> r.replicationConfigIdentifier(name)
                        .sourceEndpointArn(source)
                        .targetEndpointArn(target)
                        .replicationType(replication.type().wireValue())
                        .computeConfig(c -> c.maxCapacityUnits(replication.maxCapacityUnits()))
                        .tableMappings(mappings))
                .replicationConfig()
                .replicationConfigArn();
    }

    private String createDataMigration(Resource.DataMigration migration, String mappings) {
        DatabaseMigrationClient dms = context.session().client();
        String name = migration.name();
        String profile = dms.createInstanceProfile(r -> r.instanceProfileName(name + "-profile"))
                .instanceProfile()
                .instanceProfileArn();
        String source = createDataProvider(dms, name + "-source", migration.engine());
        String target = createDataProvider(dms, name + "-target", migration.engine());
        dms.createMigrationProject(r -> r.migrationProjectName(projectOf(name))
                .instanceProfileIdentifier(profile)
                .sourceDataProviderDescriptors(d -> d.dataProviderIdentifier(source))
                .targetDataProviderDescriptors(d -> d.dataProviderIdentifier(target)));
        return dms.createDataMigration(r -> r.dataMigrationName(name)
                        .migrationProjectIdentifier(projectOf(name))
                        .dataMigrationType(migration.type().wireValue())
                        .serviceAccessRoleArn("arn:aws:iam::" + accountOf(profile) + ":role/dms-testkit-data-migration")
                        .selectionRules(mappings))
                .dataMigration()
                .dataMigrationArn();
    }

    /** The name of the migration project created for a data migration. */
    static String projectOf(String dataMigration) {
        return dataMigration + "-project";
    }

    private static String createDataProvider(DatabaseMigrationClient dms, String name, String engine) {
        return dms.createDataProvider(r -> r.dataProviderName(name)
                        .engine(engine)
                        .settings(s -> s.postgreSqlSettings(p ->
                                p.serverName(name + ".example.com").port(5432).databaseName("app"))))
                .dataProvider()
                .dataProviderArn();
    }

    private static String accountOf(String arn) {
        return arn.split(":")[4];
    }

    private static List<TableSpec> tableSpecs(Resource resource) {
        List<Table> tables = resource instanceof Resource.Replication replication
                ? replication.tables()
                : ((Resource.DataMigration) resource).tables();
        return tables.stream().map(t -> TableSpec.parse(t.name(), t.rows())).toList();
    }
}
