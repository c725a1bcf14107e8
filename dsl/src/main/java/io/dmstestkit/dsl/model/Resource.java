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
            tables = List.copyOf(tables);
        }
    }

    /** A homogeneous data migration, with its migration project and prerequisites created for it. */
    record DataMigration(String name, ReplicationType type, List<Table> tables, String engine, Source source)
            implements Resource {
        public DataMigration {
            tables = List.copyOf(tables);
        }
    }
}
