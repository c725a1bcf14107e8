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
}
