package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstancesRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationInstancesResponse;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationWaiter;

/**
 * The SDK's own replication instance waiters against the simulator, in virtual time: either the clock
 * advances on every Describe (advance-on-poll), or the waiter's backoff advances a manual clock by the
 * waiter's real delay instead of sleeping.
 */
class ReplicationInstanceWaitersTest {

    private static final WaiterOverrideConfiguration NO_REAL_DELAY = WaiterOverrideConfiguration.builder()
            .backoffStrategyV2(BackoffStrategy.retryImmediately())
            .build();

    private final DmsSimulator polled = DmsSimulator.builder()
            .settings(SimulatorSettings.builder().advanceOnPoll(true).build())
            .build();
    private final DatabaseMigrationClient dms = TestClients.inProcess(polled);

    @Test
    void should_wait_until_available_with_the_clock_advancing_on_poll() {
        Instant start = polled.clock().now();
        ReplicationInstance created = create(dms, "waited");

        WaiterResponse<DescribeReplicationInstancesResponse> response =
                dms.waiter().waitUntilReplicationInstanceAvailable(byArn(created), NO_REAL_DELAY);

        ReplicationInstance available = response.matched()
                .response()
                .orElseThrow()
                .replicationInstances()
                .get(0);
        assertThat(available.replicationInstanceStatus()).isEqualTo("available");
        assertThat(polled.clock().now()).isEqualTo(start.plus(Duration.ofMinutes(10)));
        assertThat(response.attemptsExecuted()).isLessThanOrEqualTo(2);
    }

    @Test
    void should_wait_until_available_with_a_backoff_that_advances_a_manual_clock() {
        DmsSimulator manual = DmsSimulator.create();
        DatabaseMigrationClient client = TestClients.inProcess(manual);
        ReplicationInstance created = create(client, "advanced");
        // The waiter's own delay (60 s) passes in virtual time between two polls; nothing sleeps.
        WaiterOverrideConfiguration virtualDelay = WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(attempt -> {
                    manual.clock().advance(Duration.ofSeconds(60));
                    return Duration.ZERO;
                })
                .build();

        WaiterResponse<DescribeReplicationInstancesResponse> response =
                client.waiter().waitUntilReplicationInstanceAvailable(byArn(created), virtualDelay);

        assertThat(response.matched().response()).isPresent();
        assertThat(response.attemptsExecuted()).isEqualTo(11);
    }

    @Test
    void should_fail_the_available_waiter_when_the_instance_goes_incompatible_network() {
        ReplicationInstance created = create(dms, "broken-net");
        polled.planIncident(
                "123456789012",
                "us-east-1",
                "broken-net",
                DmsIncident.incompatibleNetwork(polled.clock().now().plus(Duration.ofMinutes(5))));

        assertThatThrownBy(() -> dms.waiter().waitUntilReplicationInstanceAvailable(byArn(created), NO_REAL_DELAY))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("failure");
        assertThat(describe(created).replicationInstanceStatus()).isEqualTo("incompatible-network");
    }

    @Test
    void should_fail_the_available_waiter_on_a_deleting_instance_and_succeed_the_deleted_waiter() {
        ReplicationInstance created = create(dms, "going");
        dms.waiter().waitUntilReplicationInstanceAvailable(byArn(created), NO_REAL_DELAY);
        ReplicationInstance deleting = dms.deleteReplicationInstance(
                        r -> r.replicationInstanceArn(created.replicationInstanceArn()))
                .replicationInstance();
        assertThat(deleting.replicationInstanceStatus()).isEqualTo("deleting");

        DatabaseMigrationWaiter waiter = dms.waiter();
        // A single poll: the clock moves to the end of deleting, but within that one read the answer is deleting.
        assertThatThrownBy(() -> waiter.waitUntilReplicationInstanceAvailable(
                        byArn(created),
                        WaiterOverrideConfiguration.builder().maxAttempts(1).build()))
                .isInstanceOf(SdkClientException.class);

        WaiterResponse<DescribeReplicationInstancesResponse> deleted =
                waiter.waitUntilReplicationInstanceDeleted(byArn(created), NO_REAL_DELAY);
        assertThat(deleted.matched().exception()).containsInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_fail_the_deleted_waiter_on_an_available_instance() {
        ReplicationInstance created = create(dms, "staying");
        dms.waiter().waitUntilReplicationInstanceAvailable(byArn(created), NO_REAL_DELAY);

        assertThatThrownBy(() -> dms.waiter().waitUntilReplicationInstanceDeleted(byArn(created), NO_REAL_DELAY))
                .isInstanceOf(SdkClientException.class)
                .hasMessageContaining("failure");
    }

    private static ReplicationInstance create(DatabaseMigrationClient client, String identifier) {
        return client.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier(identifier).replicationInstanceClass("dms.t3.small"))
                .replicationInstance();
    }

    private static DescribeReplicationInstancesRequest byArn(ReplicationInstance instance) {
        return DescribeReplicationInstancesRequest.builder()
                .filters(f -> f.name("replication-instance-arn").values(instance.replicationInstanceArn()))
                .build();
    }

    private ReplicationInstance describe(ReplicationInstance instance) {
        return dms.describeReplicationInstances(byArn(instance))
                .replicationInstances()
                .get(0);
    }
}
