package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTasksResponse;
import software.amazon.awssdk.services.databasemigration.model.Endpoint;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/**
 * Filters by identifier ({@code replication-task-id}, {@code replication-config-id}, {@code endpoint-id},
 * {@code replication-instance-id}) and lookups by name go through each store's name index: they must answer
 * exactly as a scan would after creates, renames and deletions; paging with filters on other attributes reads
 * the account from the marker on and still pages as before.
 */
class NameIndexTest {

    private final DmsSimulator simulator = DmsSimulator.create();
    private final TaskFixture tasks = new TaskFixture(simulator);
    private final ReplicationFixture configs = ReplicationFixture.of(simulator);
    private final DatabaseMigrationClient dms = tasks.dms();

    @Test
    void should_follow_a_task_through_create_rename_and_delete() {
        String orders =
                tasks.createReady("orders", MigrationTypeValue.FULL_LOAD).replicationTaskArn();
        tasks.createReady("payments", MigrationTypeValue.CDC);

        assertThat(taskIds("replication-task-id", "orders", "payments", "none")).containsExactly("orders", "payments");

        dms.modifyReplicationTask(r -> r.replicationTaskArn(orders).replicationTaskIdentifier("orders-v2"));
        tasks.jumpUntilStatus(orders, "ready");
        assertThatThrownBy(() -> taskIds("replication-task-id", "orders"))
                .as("the old identifier no longer names it")
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(taskIds("replication-task-id", "orders-v2")).containsExactly("orders-v2");

        assertThatThrownBy(() -> dms.modifyReplicationTask(
                        r -> r.replicationTaskArn(orders).replicationTaskIdentifier("PAYMENTS")))
                .as("identifiers stay unique without regard to case")
                .isInstanceOf(ResourceAlreadyExistsException.class);

        tasks.create("orders", MigrationTypeValue.FULL_LOAD);
        assertThat(taskIds("replication-task-id", "orders", "orders-v2"))
                .as("the freed identifier can be taken, in creation order")
                .containsExactly("orders-v2", "orders");

        dms.deleteReplicationTask(r -> r.replicationTaskArn(orders));
        simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
        assertThat(taskIds("replication-task-id", "orders-v2", "orders")).containsExactly("orders");
        assertThatThrownBy(() -> taskIds("replication-task-id", "ORDERS"))
                .as("filter values compare exactly, as DMS filters do")
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_filter_configs_and_endpoints_by_identifier_after_a_rename() {
        String arn = configs.createConfig("first", MigrationTypeValue.FULL_LOAD).replicationConfigArn();
        configs.createConfig("second", MigrationTypeValue.CDC);

        dms.modifyReplicationConfig(r -> r.replicationConfigArn(arn).replicationConfigIdentifier("renamed"));

        assertThat(dms.describeReplicationConfigs(r ->
                                r.filters(f -> f.name("replication-config-id").values("renamed", "second")))
                        .replicationConfigs())
                .extracting(c -> c.replicationConfigIdentifier())
                .containsExactly("renamed", "second");
        assertThatThrownBy(() -> dms.describeReplicationConfigs(
                        r -> r.filters(f -> f.name("replication-config-id").values("first"))))
                .isInstanceOf(ResourceNotFoundException.class);

        String source = configs.sourceArn();
        dms.modifyEndpoint(r -> r.endpointArn(source).endpointIdentifier("renamed-source"));
        assertThat(dms.describeEndpoints(
                                r -> r.filters(f -> f.name("endpoint-id").values("renamed-source")))
                        .endpoints())
                .extracting(Endpoint::endpointArn)
                .containsExactly(source);
    }

    @Test
    void should_page_a_filter_on_another_attribute_from_the_marker() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            MigrationTypeValue type = i % 3 == 0 ? MigrationTypeValue.CDC : MigrationTypeValue.FULL_LOAD;
            created.add(tasks.create("task-" + i, type).replicationTaskIdentifier());
        }
        List<String> expected = created.stream()
                .filter(id -> Integer.parseInt(id.substring(5)) % 3 == 0)
                .toList();

        List<String> paged = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            String current = marker;
            DescribeReplicationTasksResponse page = dms.describeReplicationTasks(r -> r.maxRecords(20)
                    .marker(current)
                    .filters(f -> f.name("migration-type").values("cdc")));
            page.replicationTasks().forEach(task -> paged.add(task.replicationTaskIdentifier()));
            marker = page.marker();
            pages++;
        } while (marker != null);
        assertThat(paged).isEqualTo(expected);
        assertThat(pages).as("15 matches fit one page of 20").isEqualTo(1);

        DescribeReplicationTasksResponse first = dms.describeReplicationTasks(r -> r.maxRecords(20));
        DescribeReplicationTasksResponse second =
                dms.describeReplicationTasks(r -> r.maxRecords(20).marker(first.marker()));
        assertThat(second.replicationTasks().get(0).replicationTaskIdentifier()).isEqualTo("task-20");
        assertThat(dms.describeReplicationTasks(r -> r.maxRecords(20)
                                .marker(second.marker())
                                .filters(f -> f.name("replication-task-id").values("task-3")))
                        .replicationTasks())
                .as("a later page of a filter that matched earlier is empty, not ResourceNotFound")
                .isEmpty();
    }

    @Test
    void should_leave_out_the_settings_only_when_asked() {
        tasks.create("with-settings", MigrationTypeValue.FULL_LOAD);

        ReplicationTask full = dms.describeReplicationTasks(r -> r.withoutSettings(false))
                .replicationTasks()
                .get(0);
        ReplicationTask without = dms.describeReplicationTasks(r -> r.withoutSettings(true))
                .replicationTasks()
                .get(0);

        assertThat(full.replicationTaskSettings()).contains("TargetMetadata");
        assertThat(without.replicationTaskSettings()).isNull();
        assertThat(without.toBuilder()
                        .replicationTaskSettings(full.replicationTaskSettings())
                        .build())
                .isEqualTo(full);
    }

    private List<String> taskIds(String filter, String... values) {
        return dms
                .describeReplicationTasks(r -> r.filters(f -> f.name(filter).values(values)))
                .replicationTasks()
                .stream()
                .map(ReplicationTask::replicationTaskIdentifier)
                .toList();
    }
}
