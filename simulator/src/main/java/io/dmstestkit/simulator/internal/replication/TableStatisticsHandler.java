package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.run.TableView;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import java.util.List;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTableStatisticsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTableStatisticsResponse;

/**
 * DescribeReplicationTableStatistics: one entry per selected table of the latest run, in the order the
 * mapping selects them. Filters {@code schema-name}, {@code table-name} and {@code table-state} (the names
 * DMS documents for table statistics). A replication that was never started has no statistics:
 * InvalidResourceStateFault (the operation lists that fault; assumed to be its use).
 */
final class TableStatisticsHandler {

    private static final Filters<TableView> FILTERS = Filters.<TableView>named("DescribeReplicationTableStatistics")
            .on("schema-name", t -> List.of(t.table().schema()))
            .on("table-name", t -> List.of(t.table().name()))
            .on("table-state", t -> List.of(t.state()));

    private TableStatisticsHandler() {}

    static DescribeReplicationTableStatisticsResponse describe(
            DescribeReplicationTableStatisticsRequest request, OperationContext context) {
        ReplicationRecord record = Replications.requireArn(context.account(), request.replicationConfigArn());
        if (record.history().current().isEmpty()) {
            throw ServiceError.invalidResourceState(
                    "Replication " + record.identifier() + " has not been started, so it has no table statistics yet");
        }
        List<TableView> tables =
                FILTERS.applyOrNotFound(request.filters(), record.tablesAt(context.now()), "table statistics");
        Paging.Page<TableView> page = Paging.pageByIndex(tables, request.maxRecords(), request.marker());
        boolean validation = record.validationEnabled();
        return DescribeReplicationTableStatisticsResponse.builder()
                .replicationConfigArn(record.arn())
                .replicationTableStatistics(
                        page.items().stream().map(t -> t.toSdk(validation)).toList())
                .marker(page.nextMarker())
                .build();
    }
}
