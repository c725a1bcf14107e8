package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.ComputeConfig;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationConfigRequest;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationConfigsResponse;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationConfig;
import software.amazon.awssdk.services.databasemigration.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.model.ResourceQuotaExceededException;

class ReplicationConfigOperationsTest {

    private final DmsSimulator simulator =
            DmsSimulator.builder().clock(SimulatedClock.manual()).build();
    private final ReplicationFixture fixture = ReplicationFixture.of(simulator);
    private final DatabaseMigrationClient dms = fixture.dms();

    @Test
    void should_create_a_config_with_defaults_and_tags() {
        ReplicationConfig created = dms.createReplicationConfig(
                        fixture.configRequest("orders-cdc", MigrationTypeValue.FULL_LOAD_AND_CDC)
                                .tags(t -> t.key("team").value("data"))
                                .build())
                .replicationConfig();

        assertThat(created.replicationConfigArn())
                .matches("arn:aws:dms:us-east-1:123456789012:replication-config:[A-Z0-9]{26}");
        assertThat(created.replicationTypeAsString()).isEqualTo("full-load-and-cdc");
        assertThat(created.computeConfig().maxCapacityUnits()).isEqualTo(16);
        assertThat(created.computeConfig().minCapacityUnits()).isEqualTo(1);
        assertThat(created.replicationConfigCreateTime()).isEqualTo(SimulatedClock.DEFAULT_START);
        assertThat(dms.listTagsForResource(r -> r.resourceArn(created.replicationConfigArn()))
                        .tagList())
                .singleElement()
                .satisfies(tag -> assertThat(tag.key()).isEqualTo("team"));
        assertThat(dms.describeReplicationConfigs(r ->
                                r.filters(f -> f.name("replication-config-id").values("orders-cdc")))
                        .replicationConfigs())
                .containsExactly(created);
    }

    @Test
    void should_use_a_resource_identifier_as_the_end_of_the_arn() {
        ReplicationConfig created = dms.createReplicationConfig(fixture.configRequest("named", MigrationTypeValue.CDC)
                        .resourceIdentifier("orders-replication")
                        .build())
                .replicationConfig();

        assertThat(created.replicationConfigArn()).endsWith(":replication-config:orders-replication");
    }

    @Test
    void should_refuse_invalid_configs_with_the_dms_error() {
        fixture.createConfig("taken", MigrationTypeValue.CDC);
        assertThatThrownBy(() -> fixture.createConfig("TAKEN", MigrationTypeValue.CDC))
                .isInstanceOf(ResourceAlreadyExistsException.class);
        assertThatThrownBy(() -> create(r -> r.sourceEndpointArn(fixture.sourceArn() + "0")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertErrorCode(() -> create(r -> r.sourceEndpointArn(fixture.targetArn())), "InvalidParameterValueException");
        assertErrorCode(() -> create(r -> r.replicationType("full-load-only")), "InvalidParameterValueException");
        assertErrorCode(() -> create(r -> r.tableMappings("{\"rules\":[]}")), "InvalidParameterValueException");
        assertErrorCode(() -> create(r -> r.replicationSettings("{not json")), "InvalidParameterValueException");
        assertErrorCode(() -> create(r -> r.supplementalSettings("[1]")), "InvalidParameterValueException");
        assertErrorCode(
                () -> create(r -> r.replicationConfigIdentifier("two--hyphens")), "InvalidParameterValueException");
        assertErrorCode(
                () -> create(r -> r.computeConfig(c -> c.minCapacityUnits(2))), "InvalidParameterValueException");
        assertErrorCode(
                () -> create(r -> r.computeConfig(c -> c.maxCapacityUnits(3))), "InvalidParameterValueException");
        assertErrorCode(
                () -> create(r -> r.computeConfig(c -> c.maxCapacityUnits(2).minCapacityUnits(4))),
                "InvalidParameterCombinationException");
        assertErrorCode(
                () -> create(r ->
                        r.computeConfig(c -> c.maxCapacityUnits(2).multiAZ(true).availabilityZone("us-east-1a"))),
                "InvalidParameterCombinationException");
        assertErrorCode(() -> create(r -> r.computeConfig((ComputeConfig) null)), "ValidationException");
    }

    @Test
    void should_page_through_150_configs_with_markers() {
        IntStream.range(0, 150).forEach(i -> fixture.createConfig("config-" + i, MigrationTypeValue.CDC));

        List<String> seen = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            String from = marker;
            DescribeReplicationConfigsResponse page =
                    dms.describeReplicationConfigs(r -> r.maxRecords(40).marker(from));
            page.replicationConfigs().forEach(c -> seen.add(c.replicationConfigIdentifier()));
            marker = page.marker();
            pages++;
        } while (marker != null);

        assertThat(pages).isEqualTo(4);
        assertThat(seen)
                .containsExactlyElementsOf(
                        IntStream.range(0, 150).mapToObj(i -> "config-" + i).toList());
        assertThat(dms.describeReplications(r -> r.maxRecords(100)).replications())
                .hasSize(100)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo("created"));
        assertThat(dms.describeReplicationConfigsPaginator(r -> r.maxRecords(20)).stream()
                        .mapToInt(page -> page.replicationConfigs().size())
                        .sum())
                .isEqualTo(150);
        assertErrorCode(() -> dms.describeReplicationConfigs(r -> r.maxRecords(10)), "InvalidParameterValueException");
        assertErrorCode(() -> dms.describeReplications(r -> r.maxRecords(101)), "InvalidParameterValueException");
    }

    @Test
    void should_refuse_the_601st_config() {
        IntStream.range(0, 600).forEach(i -> fixture.createConfig("quota-" + i, MigrationTypeValue.CDC));

        assertThatThrownBy(() -> fixture.createConfig("one-too-many", MigrationTypeValue.CDC))
                .isInstanceOf(ResourceQuotaExceededException.class);
    }

    @Test
    void should_answer_not_found_for_filters_that_match_nothing_and_name_valid_filters() {
        assertThatThrownBy(() -> dms.describeReplications(
                        r -> r.filters(f -> f.name("replication-config-id").values("none"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dms.describeReplicationConfigs(r -> r.filters(f -> f.name("replication-config-arn")
                        .values("arn:aws:dms:us-east-1:123456789012:replication-config:NONE"))))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dms.describeReplicationConfigs(
                        r -> r.filters(f -> f.name("config-id").values("x"))))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .contains("replication-config-arn | replication-config-id"));
    }

    @Test
    void should_modify_and_delete_only_while_the_replication_is_idle() {
        String arn = fixture.createConfig("changing", MigrationTypeValue.FULL_LOAD_AND_CDC)
                .replicationConfigArn();
        simulator.clock().advance(Duration.ofMinutes(1));
        ReplicationConfig modified = dms.modifyReplicationConfig(r -> r.replicationConfigArn(arn)
                        .replicationConfigIdentifier("changed")
                        .computeConfig(c -> c.maxCapacityUnits(4)))
                .replicationConfig();
        assertThat(modified.replicationConfigIdentifier()).isEqualTo("changed");
        assertThat(modified.computeConfig().maxCapacityUnits()).isEqualTo(4);
        assertThat(modified.replicationConfigUpdateTime()).isAfter(modified.replicationConfigCreateTime());
        assertThat(modified.tableMappings()).isEqualTo(ReplicationFixture.mapping("public", "%"));

        fixture.start(arn, "start-replication");
        assertThatThrownBy(() -> dms.modifyReplicationConfig(
                        r -> r.replicationConfigArn(arn).replicationType("cdc")))
                .isInstanceOf(InvalidResourceStateException.class);
        fixture.jumpUntilStatus(arn, "running");
        assertThatThrownBy(() -> dms.deleteReplicationConfig(r -> r.replicationConfigArn(arn)))
                .isInstanceOf(InvalidResourceStateException.class);
        assertThatThrownBy(() -> dms.deleteEndpoint(r -> r.endpointArn(fixture.sourceArn())))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("changed");

        fixture.stop(arn);
        fixture.jumpUntilStatus(arn, "stopped");
        dms.modifyReplicationConfig(r -> r.replicationConfigArn(arn).replicationSettings("{\"Logging\":{}}"));
        ReplicationConfig deleted =
                dms.deleteReplicationConfig(r -> r.replicationConfigArn(arn)).replicationConfig();
        assertThat(deleted.replicationSettings()).isEqualTo("{\"Logging\":{}}");
        assertThatThrownBy(() -> fixture.describe(arn)).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dms.deleteReplicationConfig(r -> r.replicationConfigArn(arn)))
                .isInstanceOf(ResourceNotFoundException.class);
        dms.deleteEndpoint(r -> r.endpointArn(fixture.sourceArn()));
    }

    private void create(Consumer<CreateReplicationConfigRequest.Builder> change) {
        var request = fixture.configRequest("candidate", MigrationTypeValue.CDC);
        change.accept(request);
        dms.createReplicationConfig(request.build());
    }

    private static void assertErrorCode(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DatabaseMigrationException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
            assertThat(e.statusCode()).isEqualTo(400);
        });
    }
}
