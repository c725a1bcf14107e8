package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.SimulatorSettings;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationAsyncClient;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstancesRequest;
import software.amazon.awssdk.services.databasemigration.model.Event;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/**
 * Classic replication instances and what surrounds them, through the real SDK v2 clients over HTTP
 * against the standalone server. The simulator advances its clock on every Describe, so the SDK's own
 * waiters (with their delays switched off) see the whole lifecycle in a few polls.
 */
class ClassicInstanceAcceptanceTest {

    private static final WaiterOverrideConfiguration NO_REAL_DELAY = WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.retryImmediately())
            .build();

    private final DmsSimulator simulator = DmsSimulator.builder()
            .settings(SimulatorSettings.builder().advanceOnPoll(true).build())
            .build();
    private final DmsServer server =
            DmsServer.builder().port(0).simulator(simulator).start();
    private final DatabaseMigrationClient dms = HttpTestClients.syncClient(server.baseUri());
    private final DatabaseMigrationAsyncClient async = HttpTestClients.asyncClient(server.baseUri());

    @AfterEach
    void close() {
        dms.close();
        async.close();
        server.close();
    }

    @Test
    void should_run_an_instance_from_creation_to_deletion_with_the_sdk_waiters() {
        dms.createReplicationSubnetGroup(r -> r.replicationSubnetGroupIdentifier("private")
                .replicationSubnetGroupDescription("private subnets")
                .subnetIds("subnet-0a0a0a0a", "subnet-0b0b0b0b"));
        ReplicationInstance created = dms.createReplicationInstance(r -> r.replicationInstanceIdentifier("Orders-RI")
                        .replicationInstanceClass("dms.c5.large")
                        .allocatedStorage(100)
                        .replicationSubnetGroupIdentifier("private"))
                .replicationInstance();
        assertThat(created.replicationInstanceStatus()).isEqualTo("creating");

        ReplicationInstance available = dms.waiter()
                .waitUntilReplicationInstanceAvailable(byArn(created), NO_REAL_DELAY)
                .matched()
                .response()
                .orElseThrow()
                .replicationInstances()
                .get(0);
        assertThat(available.replicationInstanceIdentifier()).isEqualTo("orders-ri");
        assertThat(available.replicationSubnetGroup().vpcId()).startsWith("vpc-");

        dms.modifyReplicationInstance(r -> r.replicationInstanceArn(created.replicationInstanceArn())
                .replicationInstanceClass("dms.c5.xlarge")
                .applyImmediately(true));
        ReplicationInstance modified = dms.waiter()
                .waitUntilReplicationInstanceAvailable(byArn(created), NO_REAL_DELAY)
                .matched()
                .response()
                .orElseThrow()
                .replicationInstances()
                .get(0);
        assertThat(modified.replicationInstanceClass()).isEqualTo("dms.c5.xlarge");

        String endpoint = dms.createEndpoint(r ->
                        r.endpointIdentifier("orders-db").endpointType("source").engineName("postgres"))
                .endpoint()
                .endpointArn();
        dms.testConnection(
                r -> r.replicationInstanceArn(created.replicationInstanceArn()).endpointArn(endpoint));
        dms.waiter()
                .waitUntilTestConnectionSucceeds(
                        r -> r.filters(f -> f.name("endpoint-arn").values(endpoint)),
                        w -> w.backoffStrategyV2(BackoffStrategy.retryImmediately()));

        dms.deleteReplicationInstance(r -> r.replicationInstanceArn(created.replicationInstanceArn()));
        assertThat(dms.waiter()
                        .waitUntilReplicationInstanceDeleted(byArn(created), NO_REAL_DELAY)
                        .matched()
                        .exception())
                .containsInstanceOf(ResourceNotFoundException.class);

        List<String> messages = async.describeEvents(r -> r.sourceIdentifier("orders-ri")).join().events().stream()
                .map(Event::message)
                .toList();
        assertThat(messages)
                .startsWith("A replication instance is being created.", "A replication instance has been created.")
                .contains("The replication instance class for this replication instance has been changed.")
                .endsWith("The replication instance has been deleted.");
    }

    @Test
    void should_fail_the_available_waiter_over_http_when_the_instance_goes_incompatible_network() {
        ReplicationInstance created = dms.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier("netless").replicationInstanceClass("dms.t3.small"))
                .replicationInstance();
        simulator.planIncident(
                HttpTestClients.ACCOUNT,
                "us-east-1",
                "netless",
                DmsIncident.incompatibleNetwork(simulator.clock().now().plus(Duration.ofMinutes(4))));

        assertThatThrownBy(() -> dms.waiter().waitUntilReplicationInstanceAvailable(byArn(created), NO_REAL_DELAY))
                .isInstanceOf(SdkClientException.class);
        assertThatThrownBy(() ->
                        dms.rebootReplicationInstance(r -> r.replicationInstanceArn(created.replicationInstanceArn())))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("incompatible-network");
    }

    private static DescribeReplicationInstancesRequest byArn(ReplicationInstance instance) {
        return DescribeReplicationInstancesRequest.builder()
                .filters(f -> f.name("replication-instance-arn").values(instance.replicationInstanceArn()))
                .build();
    }
}
