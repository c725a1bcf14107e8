package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.run.RunHistory;
import io.dmstestkit.simulator.internal.run.RunPlanner;
import io.dmstestkit.simulator.internal.run.RunStart;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.ReplicationConfig;

/**
 * The serverless replication's side of a start: the tables its mapping selects now and the capacity its
 * compute config asks for. The start step itself is the shared model's ({@link RunStart}).
 */
final class ReplicationRuns {

    private ReplicationRuns() {}

    static RunHistory start(RunStart start, ReplicationConfig config, OperationContext context) {
        List<TableSpec> tables = RunStart.selectedTables(config.tableMappings(), context);
        RunPlanner.CapacityNeed capacity = new RunPlanner.CapacityNeed(
                config.computeConfig(),
                () -> CapacityUnits.provisionedFor(
                        config.computeConfig(),
                        tables.stream().mapToLong(TableSpec::rows).sum()));
        return start.run(config.replicationType(), tables, Optional.of(capacity));
    }
}
