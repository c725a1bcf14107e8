package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.EndpointSetting;
import software.amazon.awssdk.services.databasemigration.model.PendingMaintenanceAction;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.model.SupportedEndpointType;

/** Endpoint types and settings, and pending maintenance actions, through the real SDK client. */
class ClassicCatalogueAndMaintenanceTest {

    private final DmsSimulator simulator = DmsSimulator.create();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);

    @Test
    void should_list_endpoint_types_with_filters_and_paging() {
        var first = dms.describeEndpointTypes(r -> r.maxRecords(20));
        assertThat(first.supportedEndpointTypes()).hasSize(20);
        assertThat(first.marker()).isNotNull();

        var targets = dms.describeEndpointTypes(
                        r -> r.filters(f -> f.name("endpoint-type").values("target")))
                .supportedEndpointTypes();
        assertThat(targets).extracting(SupportedEndpointType::engineName).contains("redshift", "kinesis", "s3");
        assertThat(targets).extracting(SupportedEndpointType::engineName).doesNotContain("db2-zos");
        assertThat(dms.describeEndpointTypes(
                                r -> r.filters(f -> f.name("engine-name").values("postgres")))
                        .supportedEndpointTypes())
                .extracting(SupportedEndpointType::endpointTypeAsString)
                .containsExactly("source", "target");
    }

    @Test
    void should_list_the_settings_of_an_engine_and_refuse_an_unknown_engine() {
        var settings =
                dms.describeEndpointSettings(r -> r.engineName("postgres")).endpointSettings();
        assertThat(settings)
                .filteredOn(s -> s.name().equals("PluginName"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.typeAsString()).isEqualTo("enum");
                    assertThat(s.enumValues()).contains("pglogical");
                });
        assertThat(settings).extracting(EndpointSetting::name).contains("SlotName", "HeartbeatEnable");
        assertThatThrownBy(() -> dms.describeEndpointSettings(r -> r.engineName("foxpro")))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValueException"));
    }

    @Test
    void should_offer_an_upgrade_to_an_old_instance_and_apply_it_immediately() {
        ReplicationInstance old = oldInstance("old");
        assertThat(dms.describePendingMaintenanceActions(r -> {}).pendingMaintenanceActions())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.resourceIdentifier()).isEqualTo(old.replicationInstanceArn());
                    assertThat(p.pendingMaintenanceActionDetails())
                            .extracting(PendingMaintenanceAction::action)
                            .containsExactly("db-upgrade");
                });

        var applied = dms.applyPendingMaintenanceAction(r -> r.replicationInstanceArn(old.replicationInstanceArn())
                        .applyAction("db-upgrade")
                        .optInType("immediate"))
                .resourcePendingMaintenanceActions();
        assertThat(applied.pendingMaintenanceActionDetails().get(0).optInStatus())
                .isEqualTo("immediate");
        assertThat(status(old)).isEqualTo("upgrading");

        simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
        ReplicationInstance upgraded = describe(old);
        assertThat(upgraded.replicationInstanceStatus()).isEqualTo("available");
        assertThat(upgraded.engineVersion()).isEqualTo("3.5.3");
        assertThat(dms.describePendingMaintenanceActions(r -> r.replicationInstanceArn(old.replicationInstanceArn()))
                        .pendingMaintenanceActions())
                .isEmpty();
    }

    @Test
    void should_schedule_an_upgrade_for_the_next_maintenance_window_and_undo_it() {
        ReplicationInstance old = oldInstance("later");
        var scheduled = dms.applyPendingMaintenanceAction(r -> r.replicationInstanceArn(old.replicationInstanceArn())
                        .applyAction("db-upgrade")
                        .optInType("next-maintenance"))
                .resourcePendingMaintenanceActions()
                .pendingMaintenanceActionDetails()
                .get(0);
        assertThat(scheduled.optInStatus()).isEqualTo("next-maintenance");
        Instant window = scheduled.currentApplyDate();
        assertThat(window).isAfter(simulator.clock().now());
        assertThat(describe(old).pendingModifiedValues().engineVersion()).isEqualTo("3.5.3");

        var undone = dms.applyPendingMaintenanceAction(r -> r.replicationInstanceArn(old.replicationInstanceArn())
                        .applyAction("db-upgrade")
                        .optInType("undo-opt-in"))
                .resourcePendingMaintenanceActions()
                .pendingMaintenanceActionDetails()
                .get(0);
        assertThat(undone.optInStatus()).isNull();
        assertThat(simulator.nextChange()).isEmpty();
    }

    @Test
    void should_refuse_bad_maintenance_requests() {
        ReplicationInstance current = dms.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier("current").replicationInstanceClass("dms.t3.small"))
                .replicationInstance();
        assertThatThrownBy(() -> dms.applyPendingMaintenanceAction(
                        r -> r.replicationInstanceArn(current.replicationInstanceArn())
                                .applyAction("db-upgrade")
                                .optInType("immediate")))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> dms.applyPendingMaintenanceAction(
                        r -> r.replicationInstanceArn(current.replicationInstanceArn())
                                .applyAction("db-upgrade")
                                .optInType("whenever")))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage()).contains("next-maintenance"));
        assertThatThrownBy(() -> dms.describePendingMaintenanceActions(
                        r -> r.replicationInstanceArn("arn:aws:dms:us-east-1:123456789012:rep:NOPE")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private ReplicationInstance oldInstance(String identifier) {
        ReplicationInstance created = dms.createReplicationInstance(r -> r.replicationInstanceIdentifier(identifier)
                        .replicationInstanceClass("dms.t3.small")
                        .engineVersion("3.5.2"))
                .replicationInstance();
        simulator.clock().advance(Duration.ofMinutes(10));
        return created;
    }

    private String status(ReplicationInstance instance) {
        return describe(instance).replicationInstanceStatus();
    }

    private ReplicationInstance describe(ReplicationInstance instance) {
        return dms.describeReplicationInstances(r ->
                        r.filters(f -> f.name("replication-instance-arn").values(instance.replicationInstanceArn())))
                .replicationInstances()
                .get(0);
    }
}
