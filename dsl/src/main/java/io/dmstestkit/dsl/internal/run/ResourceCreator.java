package io.dmstestkit.dsl.internal.run;

import io.dmstestkit.dsl.AwaitFailedError;
import io.dmstestkit.dsl.RunAwait;
import io.dmstestkit.dsl.internal.await.AwaitLoop;
import io.dmstestkit.dsl.internal.await.Readers;
import io.dmstestkit.dsl.model.Resource;
import io.dmstestkit.dsl.model.Table;
import io.dmstestkit.simulator.TableMappings;
import io.dmstestkit.simulator.TableSpec;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/**
 * Creates a scenario's resources through the SDK, with everything a real account would need first:
 * endpoints for a replication; a replication instance (awaited until available) and endpoints for a task,
 * which is awaited until ready; instance profile, data providers and migration project for a data
 * migration, and the first two for a migration project declared on its own. Declared tables are made known to the target so the full load takes their sizes.
 */
public final class ResourceCreator {

    /** How long a created instance or task may take to become usable (DMS: about 10 minutes), in DMS time. */
    private static final Duration CREATION_LIMIT = Duration.ofHours(1);

    /** How often that is polled: as the SDK's instance and task waiters. */
    private static final Duration CREATION_POLL = Duration.ofSeconds(15);

    /** An instance a task gets when the scenario declares none: the Java DSL's defaults. */
    private static final Resource.Instance DEFAULT_INSTANCE =
            (Resource.Instance) io.dmstestkit.dsl.Dsl.scenario("defaults")
                    .instance("instance", i -> {})
                    .build()
                    .resources()
                    .get(0);

    private final RunContext context;

    public ResourceCreator(RunContext context) {
        this.context = context;
    }

    public Handle create(Resource resource) {
        if (resource instanceof Resource.Instance instance) {
            return createInstance(instance);
        }
        List<TableSpec> tables = tableSpecs(resource);
        if (!tables.isEmpty()) {
            context.session().declareTables(tables);
        }
        String mappings = tables.isEmpty() ? TableMappings.everything() : TableMappings.selecting(tables);
        if (resource instanceof Resource.Replication replication) {
            return new Handle(replication, createReplication(replication, mappings));
        }
        if (resource instanceof Resource.Task task) {
            return createTask(task, mappings);
        }
        if (resource instanceof Resource.MigrationProject project) {
            return new Handle(project, createProject(project.name(), project.name(), project.engine()));
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

    /** Creates a replication instance and waits, on the target's clock, until it is available. */
    private Handle createInstance(Resource.Instance instance) {
        String arn = context.session()
                .client()
                .createReplicationInstance(r -> r.replicationInstanceIdentifier(instance.name())
                        .replicationInstanceClass(instance.instanceClass())
                        .allocatedStorage(instance.allocatedStorage()))
                .replicationInstance()
                .replicationInstanceArn();
        Handle handle = new Handle(instance, arn);
        context.add(handle);
        awaitStatus(handle, "available");
        return handle;
    }

    /**
     * Creates a task on its instance (created now with defaults when the scenario declares none of that
     * name) between its endpoints (created unless it names existing ones), and waits until it is ready.
     */
    private Handle createTask(Resource.Task task, String mappings) {
        DatabaseMigrationClient dms = context.session().client();
        String name = task.name();
        if (!context.has(task.instanceName())) {
            create(new Resource.Instance(
                    task.instanceName(),
                    DEFAULT_INSTANCE.instanceClass(),
                    DEFAULT_INSTANCE.allocatedStorage(),
                    task.source()));
        }
        String instanceArn = context.handle(task.instanceName()).arn();
        String source = task.sourceEndpoint() != null
                ? existingEndpoint(dms, task.sourceEndpoint())
                : createEndpoint(dms, name + "-source", "source", task.sourceEngine(), name);
        String target = task.targetEndpoint() != null
                ? existingEndpoint(dms, task.targetEndpoint())
                : createEndpoint(dms, name + "-target", "target", task.targetEngine(), name);
        String arn = dms.createReplicationTask(r -> r.replicationTaskIdentifier(name)
                        .replicationInstanceArn(instanceArn)
                        .sourceEndpointArn(source)
                        .targetEndpointArn(target)
                        .migrationType(task.type().wireValue())
                        .tableMappings(mappings))
                .replicationTask()
                .replicationTaskArn();
        Handle handle = new Handle(task, arn);
        awaitStatus(handle, "ready");
        return handle;
    }

    private static String createEndpoint(
            DatabaseMigrationClient dms, String identifier, String type, String engine, String database) {
        return dms.createEndpoint(r -> r.endpointIdentifier(identifier)
                        .endpointType(type)
                        .engineName(engine)
                        .serverName(type + ".example.com")
                        .databaseName(database))
                .endpoint()
                .endpointArn();
    }

    /** The ARN of an endpoint the scenario names by identifier; it must exist already. */
    private static String existingEndpoint(DatabaseMigrationClient dms, String identifier) {
        try {
            return dms
                    .describeEndpoints(r -> r.filters(f -> f.name("endpoint-id").values(identifier)))
                    .endpoints()
                    .stream()
                    .findFirst()
                    .orElseThrow(() -> noEndpoint(identifier))
                    .endpointArn();
        } catch (ResourceNotFoundException none) {
            // DMS answers a filter that matches nothing with ResourceNotFoundFault
            throw noEndpoint(identifier);
        }
    }

    private static IllegalArgumentException noEndpoint(String identifier) {
        return new IllegalArgumentException("there is no endpoint '" + identifier
                + "' to run the task on; create it before the scenario runs, or leave sourceEndpoint /"
                + " targetEndpoint out so that the scenario creates one");
    }

    /** Waits through the one wait engine, as an await step would, so a resource that fails says so alike. */
    private void awaitStatus(Handle handle, String status) {
        try {
            loop(handle, status).await();
        } catch (AwaitFailedError failed) {
            // a setup failure, reported as such by the runner (or by the include step that declared it)
            throw new IllegalStateException(failed.getMessage(), failed);
        }
    }

    private AwaitLoop<?> loop(Handle handle, String status) {
        return loop(new Observer(context).reader(handle, Readers.Tables.NONE), handle, status);
    }

    private <T> AwaitLoop<T> loop(RunAwait.Reader<T> reader, Handle handle, String status) {
        return AwaitLoop.builder(reader, Awaiter.clock(context.session()), RunAwait.Condition.status(status))
                .title(handle.title())
                .within(CREATION_LIMIT)
                .pollEvery(CREATION_POLL)
                .speaker(RunAwait.Speaker.SCENARIO)
                .history(context.statuses(handle.resource().name()))
                .where(
                        handle.resource().source().toString(),
                        "create " + handle.resource().name())
                .budget(context.budget())
                .build();
    }

    private String createDataMigration(Resource.DataMigration migration, String mappings) {
        DatabaseMigrationClient dms = context.session().client();
        String name = migration.name();
        String project = createProject(name, projectOf(name), migration.engine());
        return dms.createDataMigration(r -> r.dataMigrationName(name)
                        .migrationProjectIdentifier(projectOf(name))
                        .dataMigrationType(migration.type().wireValue())
                        .serviceAccessRoleArn("arn:aws:iam::" + accountOf(project) + ":role/dms-testkit-data-migration")
                        .selectionRules(mappings))
                .dataMigration()
                .dataMigrationArn();
    }

    /**
     * Creates a migration project with what it needs first: an instance profile and a source and target data
     * provider, named after {@code name}. Returns the project's ARN.
     */
    private String createProject(String name, String projectName, String engine) {
        DatabaseMigrationClient dms = context.session().client();
        String profile = dms.createInstanceProfile(r -> r.instanceProfileName(name + "-profile"))
                .instanceProfile()
                .instanceProfileArn();
        String source = createDataProvider(dms, name + "-source", engine);
        String target = createDataProvider(dms, name + "-target", engine);
        return dms.createMigrationProject(r -> r.migrationProjectName(projectName)
                        .instanceProfileIdentifier(profile)
                        .sourceDataProviderDescriptors(d -> d.dataProviderIdentifier(source))
                        .targetDataProviderDescriptors(d -> d.dataProviderIdentifier(target)))
                .migrationProject()
                .migrationProjectArn();
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
                : resource instanceof Resource.Task task
                        ? task.tables()
                        : resource instanceof Resource.MigrationProject project
                                ? project.tables()
                                : ((Resource.DataMigration) resource).tables();
        return tables.stream().map(t -> TableSpec.parse(t.name(), t.rows())).toList();
    }
}
