package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

/**
 * {@code nextChange()} answers from each account's remembered next change, and filtered Describes look
 * their ARNs up: both must answer exactly as a full scan would, whatever changed in between.
 */
class NextChangeIndexTest {

    private final DmsSimulator simulator = DmsSimulator.create();
    private final DatabaseMigrationClient first = TestClients.inProcess(simulator, "111111111111", Region.US_EAST_1);
    private final DatabaseMigrationClient second = TestClients.inProcess(simulator, "222222222222", Region.US_EAST_1);

    @Test
    void should_follow_changes_in_any_account_and_the_passing_of_time() {
        Instant start = simulator.clock().now();
        create(first, "first");
        assertThat(simulator.nextChange()).contains(start.plus(Duration.ofMinutes(10)));
        assertThat(simulator.nextChange())
                .as("asked again, nothing changed")
                .contains(start.plus(Duration.ofMinutes(10)));

        simulator.clock().advance(Duration.ofMinutes(5));
        create(second, "second");
        assertThat(simulator.nextChange())
                .as("a change in another account is seen at once")
                .contains(start.plus(Duration.ofMinutes(10)));
        assertThat(simulator.nextChange("222222222222", "us-east-1")).contains(start.plus(Duration.ofMinutes(15)));

        simulator.clock().advanceTo(start.plus(Duration.ofMinutes(10)));
        assertThat(simulator.nextChange())
                .as("once the remembered change has come, the next one is looked for")
                .contains(start.plus(Duration.ofMinutes(15)));

        simulator.clock().advanceTo(start.plus(Duration.ofMinutes(15)));
        assertThat(simulator.nextChange()).isEmpty();

        create(first, "later");
        assertThat(simulator.nextChange())
                .as("a call that plans a change is seen after an empty answer")
                .contains(start.plus(Duration.ofMinutes(25)));
    }

    @Test
    void should_answer_an_arn_filter_as_a_scan_would() {
        List<String> arns = List.of(
                create(first, "a").replicationInstanceArn(),
                create(first, "b").replicationInstanceArn(),
                create(first, "c").replicationInstanceArn());

        List<String> found = first
                .describeReplicationInstances(r -> r.filters(f -> f.name("replication-instance-arn")
                        .values(arns.get(2), arns.get(0), arns.get(2), "arn:aws:dms:us-east-1:111111111111:rep:NONE")))
                .replicationInstances()
                .stream()
                .map(ReplicationInstance::replicationInstanceArn)
                .toList();
        assertThat(found).as("in creation order, once each").containsExactly(arns.get(0), arns.get(2));

        assertThatThrownBy(() -> first.describeReplicationInstances(r -> r.filters(
                        f -> f.name("replication-instance-arn").values(arns.get(1)),
                        f -> f.name("replication-instance-id").values("a"))))
                .as("the other filters still apply")
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> second.describeReplicationInstances(
                        r -> r.filters(f -> f.name("replication-instance-arn").values(arns.get(0)))))
                .as("another account's ARN is not found")
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private ReplicationInstance create(DatabaseMigrationClient dms, String identifier) {
        return dms.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier(identifier).replicationInstanceClass("dms.t3.small"))
                .replicationInstance();
    }
}
