package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.InvalidSubnetException;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ReplicationSubnetGroup;
import software.amazon.awssdk.services.databasemigration.model.ReplicationSubnetGroupDoesNotCoverEnoughAZsException;
import software.amazon.awssdk.services.databasemigration.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.model.Subnet;

/** Replication subnet groups through the real SDK client, in-process. */
class ReplicationSubnetGroupOperationsTest {

    private final DmsSimulator simulator = DmsSimulator.create();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);

    @Test
    void should_create_describe_modify_and_delete_a_subnet_group() {
        ReplicationSubnetGroup created = create("Private-Subnets", "subnet-0a1b2c3d", "subnet-0e1f2a3b");

        assertThat(created.replicationSubnetGroupIdentifier()).isEqualTo("private-subnets");
        assertThat(created.subnetGroupStatus()).isEqualTo("Complete");
        assertThat(created.vpcId()).startsWith("vpc-");
        assertThat(created.subnets())
                .extracting(s -> s.subnetAvailabilityZone().name())
                .containsExactly("us-east-1a", "us-east-1b");

        ReplicationSubnetGroup modified = dms.modifyReplicationSubnetGroup(
                        r -> r.replicationSubnetGroupIdentifier("private-subnets")
                                .replicationSubnetGroupDescription("three zones")
                                .subnetIds("subnet-0a1b2c3d", "subnet-0e1f2a3b", "subnet-0c0c0c0c"))
                .replicationSubnetGroup();
        assertThat(modified.replicationSubnetGroupDescription()).isEqualTo("three zones");
        assertThat(modified.subnets()).extracting(Subnet::subnetIdentifier).hasSize(3);

        assertThat(dms.describeReplicationSubnetGroups(r -> r.filters(
                                f -> f.name("replication-subnet-group-id").values("private-subnets")))
                        .replicationSubnetGroups())
                .containsExactly(modified);

        dms.deleteReplicationSubnetGroup(r -> r.replicationSubnetGroupIdentifier("private-subnets"));
        assertThat(dms.describeReplicationSubnetGroups(r -> {}).replicationSubnetGroups())
                .isEmpty();
        assertThatThrownBy(() ->
                        dms.deleteReplicationSubnetGroup(r -> r.replicationSubnetGroupIdentifier("private-subnets")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_refuse_to_delete_a_group_an_instance_uses_until_the_instance_is_gone() {
        create("used", "subnet-11111111", "subnet-22222222");
        ReplicationInstance instance = dms.createReplicationInstance(r -> r.replicationInstanceIdentifier("ri")
                        .replicationInstanceClass("dms.t3.small")
                        .replicationSubnetGroupIdentifier("used"))
                .replicationInstance();
        assertThat(instance.replicationSubnetGroup().replicationSubnetGroupIdentifier())
                .isEqualTo("used");

        assertThatThrownBy(() -> dms.deleteReplicationSubnetGroup(r -> r.replicationSubnetGroupIdentifier("used")))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("ri");

        simulator.clock().advance(Duration.ofMinutes(10));
        dms.deleteReplicationInstance(r -> r.replicationInstanceArn(instance.replicationInstanceArn()));
        simulator.clock().advance(Duration.ofMinutes(5));
        dms.deleteReplicationSubnetGroup(r -> r.replicationSubnetGroupIdentifier("used"));
        assertThat(dms.describeReplicationSubnetGroups(r -> {}).replicationSubnetGroups())
                .isEmpty();
    }

    @Test
    void should_refuse_bad_subnet_groups() {
        create("dup", "subnet-11111111", "subnet-22222222");
        assertThatThrownBy(() -> create("DUP", "subnet-11111111", "subnet-22222222"))
                .isInstanceOf(ResourceAlreadyExistsException.class);
        assertThatThrownBy(() -> create("one", "subnet-11111111"))
                .isInstanceOf(ReplicationSubnetGroupDoesNotCoverEnoughAZsException.class);
        assertThatThrownBy(() -> create("bad", "sn-1", "subnet-22222222"))
                .isInstanceOf(InvalidSubnetException.class)
                .hasMessageContaining("sn-1");
        assertThatThrownBy(() -> create("default", "subnet-11111111", "subnet-22222222"))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValueException"));
        assertThatThrownBy(() -> dms.describeReplicationSubnetGroups(r ->
                        r.filters(f -> f.name("replication-subnet-group-id").values("none"))))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private ReplicationSubnetGroup create(String identifier, String... subnets) {
        return dms.createReplicationSubnetGroup(r -> r.replicationSubnetGroupIdentifier(identifier)
                        .replicationSubnetGroupDescription("test group")
                        .subnetIds(subnets))
                .replicationSubnetGroup();
    }
}
