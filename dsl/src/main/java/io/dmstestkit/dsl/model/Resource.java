package io.dmstestkit.dsl.model;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Something a scenario creates before its steps run. Endpoints (and, for data migrations, the instance
 * profile, data providers and migration project) that are not declared are created with defaults.
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface Resource {

    /** The name steps refer to; also the DMS identifier. */
    String name();

    Source source();

    /**
     * A serverless replication (a replication config).
     *
     * @param sourceEngine engine of the source endpoint created for it (e.g. {@code postgres})
     * @param targetEngine engine of the target endpoint created for it
     * @param maxCapacityUnits DMS capacity units of the ComputeConfig
     */
    record Replication(
            String name,
            ReplicationType type,
            List<Table> tables,
            String sourceEngine,
            String targetEngine,
            int maxCapacityUnits,
            Source source)
            implements Resource {
        public Replication {
            Invariants.text(name, "a replication's name", "e.g. replication('orders')");
            Invariants.required(type, "replication '" + name + "': the type", "e.g. full-load-and-cdc");
            Invariants.text(sourceEngine, "replication '" + name + "': sourceEngine", "e.g. postgres");
            Invariants.text(targetEngine, "replication '" + name + "': targetEngine", "e.g. postgres");
            if (maxCapacityUnits < 1) {
                throw new IllegalArgumentException("replication '" + name
                        + "': maxCapacityUnits must be 1 or more, was " + maxCapacityUnits + "; e.g. 16");
            }
            tables = List.copyOf(tables);
        }
    }

    /** A homogeneous data migration, with its migration project and prerequisites created for it. */
    record DataMigration(String name, ReplicationType type, List<Table> tables, String engine, Source source)
            implements Resource {
        public DataMigration {
            Invariants.text(name, "a data migration's name", "e.g. dataMigration('orders')");
            Invariants.required(type, "data migration '" + name + "': the type", "e.g. full-load");
            Invariants.text(engine, "data migration '" + name + "': engine", "e.g. postgres");
            tables = List.copyOf(tables);
        }
    }

    /**
     * A migration project on its own, for schema conversion without a data migration: its instance profile
     * and data providers are created for it, and its tables are the source its metadata model is read from.
     */
    record MigrationProject(String name, List<Table> tables, String engine, Source source) implements Resource {
        public MigrationProject {
            Invariants.text(name, "a migration project's name", "e.g. migrationProject('hr')");
            Invariants.text(engine, "migration project '" + name + "': engine", "e.g. postgres");
            tables = List.copyOf(tables);
        }
    }

    /**
     * A classic replication task, run on a replication instance between two endpoints.
     *
     * @param instance the replication instance it runs on: one the scenario declares, or one created for it
     *     (named after the task, {@code <name>-instance}, when null)
     * @param sourceEndpoint the identifier of an existing source endpoint; null to create {@code <name>-source}
     * @param targetEndpoint the identifier of an existing target endpoint; null to create {@code <name>-target}
     * @param sourceEngine engine of the source endpoint created for it
     * @param targetEngine engine of the target endpoint created for it
     */
    record Task(
            String name,
            ReplicationType type,
            List<Table> tables,
            String instance,
            String sourceEndpoint,
            String targetEndpoint,
            String sourceEngine,
            String targetEngine,
            Source source)
            implements Resource {
        public Task {
            Invariants.text(name, "a task's name", "e.g. task('orders')");
            Invariants.required(type, "task '" + name + "': the migration type", "e.g. full-load-and-cdc");
            Invariants.text(sourceEngine, "task '" + name + "': sourceEngine", "e.g. postgres");
            Invariants.text(targetEngine, "task '" + name + "': targetEngine", "e.g. postgres");
            Invariants.optionalText(instance, "task '" + name + "': instance", "e.g. instance 'shared'");
            Invariants.optionalText(
                    sourceEndpoint, "task '" + name + "': sourceEndpoint", "e.g. sourceEndpoint 'crm-source'");
            Invariants.optionalText(
                    targetEndpoint, "task '" + name + "': targetEndpoint", "e.g. targetEndpoint 'crm-target'");
            tables = List.copyOf(tables);
        }

        /** The instance it runs on: the one named, or the one created for it. */
        public String instanceName() {
            return instance != null ? instance : name + "-instance";
        }
    }

    /**
     * A classic replication instance, created and awaited ({@code available}) before the steps run.
     *
     * @param instanceClass e.g. {@code dms.t3.medium}
     * @param allocatedStorage GiB of storage
     */
    record Instance(String name, String instanceClass, int allocatedStorage, Source source) implements Resource {
        public Instance {
            Invariants.text(name, "an instance's name", "e.g. instance('shared')");
            Invariants.text(instanceClass, "instance '" + name + "': instanceClass", "e.g. dms.t3.medium");
            if (!instanceClass.startsWith("dms.")) {
                throw new IllegalArgumentException("instance '" + name + "': instanceClass '" + instanceClass
                        + "' is not a DMS instance class; e.g. dms.t3.medium");
            }
            if (allocatedStorage < 5 || allocatedStorage > 6144) {
                throw new IllegalArgumentException("instance '" + name
                        + "': allocatedStorage must be from 5 to 6144 GiB, was " + allocatedStorage + "; e.g. 50");
            }
        }
    }

    /** What messages call this kind of resource: {@code replication}, {@code task} … */
    static String kind(Resource resource) {
        if (resource instanceof Replication) {
            return "replication";
        }
        if (resource instanceof DataMigration) {
            return "data migration";
        }
        if (resource instanceof Task) {
            return "task";
        }
        if (resource instanceof MigrationProject) {
            return "migration project";
        }
        return "instance";
    }

    /**
     * The message for two resources of one name and different kinds (a replication and a task): steps name
     * their target by name alone, whatever its kind, so a name must say one resource.
     */
    static String kindClash(Resource first, Resource again) {
        return "'" + again.name() + "' is declared as a " + kind(first) + " (at " + first.source() + ") and as a "
                + kind(again) + " (at " + again.source() + "); steps name what they act on by name alone, so"
                + " replications, data migrations, tasks and instances need distinct names";
    }
}
