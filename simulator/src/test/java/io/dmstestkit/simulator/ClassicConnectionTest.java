package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.Connection;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/** TestConnection and DeleteConnection against real simulated instances, through the real SDK client. */
class ClassicConnectionTest {

    private final DmsSimulator simulator = DmsSimulator.builder()
            .settings(SimulatorSettings.builder().advanceOnPoll(true).build())
            .build();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);

    @Test
    void should_test_a_connection_from_an_available_instance_and_delete_it() {
        ReplicationInstance instance = create("tester");
        String endpoint = endpoint("source-db");
        assertThatThrownBy(() -> dms.testConnection(r -> r.replicationInstanceArn(instance.replicationInstanceArn())
                        .endpointArn(endpoint)))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("creating");

        simulator.clock().advance(Duration.ofMinutes(10));
        Connection testing = dms.testConnection(r -> r.replicationInstanceArn(instance.replicationInstanceArn())
                        .endpointArn(endpoint))
                .connection();
        assertThat(testing.status()).isEqualTo("testing");
        assertThat(testing.replicationInstanceIdentifier()).isEqualTo("tester");

        dms.waiter()
                .waitUntilTestConnectionSucceeds(
                        r -> r.filters(f -> f.name("endpoint-arn").values(endpoint)),
                        w -> w.backoffStrategyV2(BackoffStrategy.retryImmediately()));

        Connection deleted = dms.deleteConnection(r -> r.replicationInstanceArn(instance.replicationInstanceArn())
                        .endpointArn(endpoint))
                .connection();
        assertThat(deleted.status()).isEqualTo("deleting");
        assertThat(dms.describeConnections(r -> {}).connections()).isEmpty();
        assertThatThrownBy(() -> dms.deleteConnection(r -> r.replicationInstanceArn(instance.replicationInstanceArn())
                        .endpointArn(endpoint)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_refuse_a_connection_test_from_an_unknown_instance() {
        String endpoint = endpoint("lonely");
        assertThatThrownBy(() -> dms.testConnection(
                        r -> r.replicationInstanceArn("arn:aws:dms:us-east-1:123456789012:rep:UNKNOWN")
                                .endpointArn(endpoint)))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("UNKNOWN");
    }

    @Test
    void should_forget_the_connections_of_a_deleted_instance() {
        ReplicationInstance instance = create("temporary");
        String endpoint = endpoint("target-db");
        simulator.clock().advance(Duration.ofMinutes(10));
        dms.testConnection(
                r -> r.replicationInstanceArn(instance.replicationInstanceArn()).endpointArn(endpoint));
        simulator.clock().advance(Duration.ofMinutes(1));
        dms.deleteReplicationInstance(r -> r.replicationInstanceArn(instance.replicationInstanceArn()));
        simulator.clock().advance(Duration.ofMinutes(10));

        dms.describeReplicationInstances(r -> {});
        assertThat(dms.describeConnections(r -> {}).connections()).isEmpty();
    }

    private ReplicationInstance create(String identifier) {
        return dms.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier(identifier).replicationInstanceClass("dms.t3.small"))
                .replicationInstance();
    }

    private String endpoint(String identifier) {
        return dms.createEndpoint(r ->
                        r.endpointIdentifier(identifier).endpointType("source").engineName("mysql"))
                .endpoint()
                .endpointArn();
    }
}
