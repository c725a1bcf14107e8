package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.RefreshSchemasStatus;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/** RefreshSchemas, DescribeRefreshSchemasStatus and DescribeSchemas through the real SDK client. */
class SchemaOperationsTest {

    private static final String ACCOUNT = "123456789012";

    private final DmsSimulator simulator = DmsSimulator.builder().build();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);

    @Test
    void should_refresh_schemas_in_virtual_time_and_list_the_declared_schemas() {
        simulator.declareTables(
                ACCOUNT,
                "us-east-1",
                List.of(
                        TableSpec.of("sales", "orders", 10),
                        TableSpec.of("sales", "lines", 10),
                        TableSpec.of("hr", "staff", 5)));
        String instance = availableInstance("schemas");
        String endpoint = endpoint("schema-source");

        RefreshSchemasStatus started = dms.refreshSchemas(
                        r -> r.endpointArn(endpoint).replicationInstanceArn(instance))
                .refreshSchemasStatus();
        assertThat(started.statusAsString()).isEqualTo("refreshing");
        assertThat(started.lastRefreshDate()).isNull();
        assertThatThrownBy(() -> dms.describeSchemas(r -> r.endpointArn(endpoint)))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("refreshing");

        simulator.clock().advance(Duration.ofMinutes(1));
        RefreshSchemasStatus done =
                dms.describeRefreshSchemasStatus(r -> r.endpointArn(endpoint)).refreshSchemasStatus();
        assertThat(done.statusAsString()).isEqualTo("successful");
        assertThat(done.lastRefreshDate()).isEqualTo(simulator.clock().now());
        assertThat(done.replicationInstanceArn()).isEqualTo(instance);
        assertThat(dms.describeSchemas(r -> r.endpointArn(endpoint)).schemas()).containsExactly("hr", "sales");
    }

    @Test
    void should_fail_a_refresh_when_the_test_plans_it() {
        String instance = availableInstance("failing");
        String endpoint = endpoint("unreachable");
        simulator.planIncident(
                ACCOUNT, "us-east-1", "unreachable", DmsIncident.schemaRefreshFails("ORA-12541: TNS:no listener"));

        dms.refreshSchemas(r -> r.endpointArn(endpoint).replicationInstanceArn(instance));
        simulator.clock().advance(Duration.ofMinutes(1));

        RefreshSchemasStatus failed =
                dms.describeRefreshSchemasStatus(r -> r.endpointArn(endpoint)).refreshSchemasStatus();
        assertThat(failed.statusAsString()).isEqualTo("failed");
        assertThat(failed.lastFailureMessage()).isEqualTo("ORA-12541: TNS:no listener");
        assertThatThrownBy(() -> dms.describeSchemas(r -> r.endpointArn(endpoint)))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("failed");
    }

    @Test
    void should_refuse_a_refresh_on_an_instance_that_is_not_available() {
        String creating = dms.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier("young").replicationInstanceClass("dms.t3.small"))
                .replicationInstance()
                .replicationInstanceArn();
        String endpoint = endpoint("early");
        assertThatThrownBy(() -> dms.refreshSchemas(r -> r.endpointArn(endpoint).replicationInstanceArn(creating)))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("creating");
    }

    @Test
    void should_refuse_a_second_refresh_while_one_is_under_way() {
        String instance = availableInstance("busy");
        String endpoint = endpoint("busy-source");
        dms.refreshSchemas(r -> r.endpointArn(endpoint).replicationInstanceArn(instance));
        assertThatThrownBy(() -> dms.refreshSchemas(r -> r.endpointArn(endpoint).replicationInstanceArn(instance)))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("already refreshing");
    }

    @Test
    void should_answer_not_found_for_unknown_endpoints_instances_and_unrefreshed_endpoints() {
        String instance = availableInstance("lookup");
        String endpoint = endpoint("never-refreshed");
        String unknown = "arn:aws:dms:us-east-1:000000000000:endpoint:UNKNOWN";
        assertThatThrownBy(() -> dms.refreshSchemas(r -> r.endpointArn(unknown).replicationInstanceArn(instance)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dms.refreshSchemas(r -> r.endpointArn(endpoint)
                        .replicationInstanceArn("arn:aws:dms:us-east-1:000000000000:rep:UNKNOWN")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dms.describeRefreshSchemasStatus(r -> r.endpointArn(endpoint)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("RefreshSchemas first");
        assertThatThrownBy(() -> dms.describeSchemas(r -> r.endpointArn(unknown)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_count_what_the_account_uses_in_its_attributes() {
        availableInstance("counted");
        endpoint("counted-endpoint");
        var quotas = dms.describeAccountAttributes(r -> {}).accountQuotas();
        assertThat(quotas)
                .filteredOn(q -> q.accountQuotaName().equals("ReplicationInstances"))
                .singleElement()
                .satisfies(q -> assertThat(q.used()).isEqualTo(1));
        assertThat(quotas)
                .filteredOn(q -> q.accountQuotaName().equals("AllocatedStorage"))
                .singleElement()
                .satisfies(q -> assertThat(q.used()).isPositive());
        assertThat(quotas)
                .filteredOn(q -> q.accountQuotaName().equals("Endpoints"))
                .singleElement()
                .satisfies(q -> assertThat(q.used()).isEqualTo(1));
    }

    private String availableInstance(String identifier) {
        String arn = dms.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier(identifier).replicationInstanceClass("dms.t3.small"))
                .replicationInstance()
                .replicationInstanceArn();
        simulator.clock().advance(Duration.ofMinutes(10));
        return arn;
    }

    private String endpoint(String identifier) {
        return dms.createEndpoint(r ->
                        r.endpointIdentifier(identifier).endpointType("source").engineName("mysql"))
                .endpoint()
                .endpointArn();
    }
}
