package io.dmstestkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.Event;
import software.amazon.awssdk.services.databasemigration.model.EventSubscription;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;
import software.amazon.awssdk.services.databasemigration.model.SnsInvalidTopicException;

/** DescribeEvents, event categories and event subscriptions through the real SDK client, in-process. */
class ClassicEventsTest {

    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:dms-events";

    private final DmsSimulator simulator = DmsSimulator.create();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);

    @Test
    void should_list_the_state_changes_of_an_instance_as_they_happen_in_virtual_time() {
        Instant start = simulator.clock().now();
        ReplicationInstance instance = create("evented");

        assertThat(messages(events())).containsExactly("A replication instance is being created.");

        simulator.clock().advance(Duration.ofMinutes(10));
        dms.rebootReplicationInstance(r -> r.replicationInstanceArn(instance.replicationInstanceArn()));
        simulator.clock().advance(Duration.ofMinutes(2));
        dms.deleteReplicationInstance(r -> r.replicationInstanceArn(instance.replicationInstanceArn()));
        simulator.clock().advance(Duration.ofMinutes(5));

        List<Event> events = events();
        assertThat(messages(events))
                .containsExactly(
                        "A replication instance is being created.",
                        "A replication instance has been created.",
                        "The replication instance is being rebooted.",
                        "The replication instance has been rebooted.",
                        "The replication instance is being deleted.",
                        "The replication instance has been deleted.");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.sourceIdentifier()).isEqualTo("evented");
            assertThat(e.sourceTypeAsString()).isEqualTo("replication-instance");
        });
        assertThat(events.get(1).date()).isEqualTo(start.plus(Duration.ofMinutes(10)));
        assertThat(events.get(1).eventCategories()).containsExactly("creation");
        assertThat(events.get(5).eventCategories()).containsExactly("deletion");
    }

    @Test
    void should_filter_events_by_source_category_time_and_instance() {
        Instant start = simulator.clock().now();
        create("one");
        create("two");
        simulator.clock().advance(Duration.ofMinutes(30));

        assertThat(dms.describeEvents(r -> r.sourceIdentifier("one")).events()).hasSize(2);
        assertThat(dms.describeEvents(r ->
                                r.filters(f -> f.name("replication-instance-id").values("two")))
                        .events())
                .hasSize(2);
        assertThat(dms.describeEvents(r -> r.eventCategories("creation").sourceType("replication-instance"))
                        .events())
                .hasSize(4);
        assertThat(dms.describeEvents(r -> r.startTime(start.plusSeconds(60))).events())
                .extracting(Event::message)
                .containsOnly("A replication instance has been created.");
        assertThat(dms.describeEvents(r -> r.duration(10)).events()).isEmpty();
        assertThatThrownBy(() -> dms.describeEvents(r -> r.sourceType("endpoint")))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValueException"));
    }

    @Test
    void should_report_an_incident_as_a_failure_event_and_retract_what_it_prevents() {
        create("net");
        simulator.planIncident(
                "123456789012",
                "us-east-1",
                "net",
                DmsIncident.incompatibleNetwork(simulator.clock().now().plus(Duration.ofMinutes(3))));
        simulator.clock().advance(Duration.ofHours(1));

        List<Event> events = events();
        assertThat(messages(events))
                .containsExactly(
                        "A replication instance is being created.",
                        "The replication instance has failed due to an incompatible network.");
        assertThat(events.get(1).eventCategories()).containsExactly("failure");
    }

    @Test
    void should_list_event_categories_per_source_type() {
        var groups = dms.describeEventCategories(r -> {}).eventCategoryGroupList();
        assertThat(groups).extracting(g -> g.sourceType()).containsExactly("replication-instance", "replication-task");
        assertThat(dms.describeEventCategories(r -> r.sourceType("replication-task"))
                        .eventCategoryGroupList()
                        .get(0)
                        .eventCategories())
                .contains("state change", "failure");
    }

    @Test
    void should_create_describe_modify_and_delete_an_event_subscription() {
        create("watched");
        EventSubscription created = dms.createEventSubscription(r -> r.subscriptionName("ops")
                        .snsTopicArn(TOPIC)
                        .sourceType("replication-instance")
                        .sourceIds("watched")
                        .eventCategories("failure", "low storage"))
                .eventSubscription();
        assertThat(created.status()).isEqualTo("creating");
        assertThat(created.customerAwsId()).isEqualTo("123456789012");
        assertThat(created.enabled()).isTrue();
        assertThat(created.subscriptionCreationTime()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}");

        simulator.clock().advance(Duration.ofSeconds(5));
        EventSubscription described = dms.describeEventSubscriptions(r -> r.subscriptionName("ops"))
                .eventSubscriptionsList()
                .get(0);
        assertThat(described.status()).isEqualTo("active");

        EventSubscription modified = dms.modifyEventSubscription(
                        r -> r.subscriptionName("ops").enabled(false).eventCategories("deletion"))
                .eventSubscription();
        assertThat(modified.enabled()).isFalse();
        assertThat(modified.eventCategoriesList()).containsExactly("deletion");

        assertThat(dms.deleteEventSubscription(r -> r.subscriptionName("ops"))
                        .eventSubscription()
                        .status())
                .isEqualTo("deleting");
        assertThatThrownBy(() -> dms.describeEventSubscriptions(r -> r.subscriptionName("ops")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_refuse_bad_event_subscriptions() {
        dms.createEventSubscription(r -> r.subscriptionName("dup").snsTopicArn(TOPIC));
        assertThatThrownBy(() -> dms.createEventSubscription(
                        r -> r.subscriptionName("dup").snsTopicArn(TOPIC)))
                .isInstanceOf(ResourceAlreadyExistsException.class);
        assertThatThrownBy(() ->
                        dms.createEventSubscription(r -> r.subscriptionName("x").snsTopicArn("topic")))
                .isInstanceOf(SnsInvalidTopicException.class);
        assertThatThrownBy(() -> dms.createEventSubscription(r -> r.subscriptionName("x")
                        .snsTopicArn(TOPIC)
                        .sourceType("replication-instance")
                        .eventCategories("state change")))
                .isInstanceOfSatisfying(
                        DatabaseMigrationException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .contains("state change")
                                .contains("low storage"));
        assertThatThrownBy(() -> dms.createEventSubscription(r -> r.subscriptionName("x")
                        .snsTopicArn(TOPIC)
                        .sourceType("replication-instance")
                        .sourceIds("no-such-instance")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void should_move_subscriptions_to_event_bridge_only_when_every_instance_is_recent_enough_unless_forced() {
        dms.createEventSubscription(r -> r.subscriptionName("first").snsTopicArn(TOPIC));
        dms.createEventSubscription(r -> r.subscriptionName("second").snsTopicArn(TOPIC));
        dms.createReplicationInstance(r -> r.replicationInstanceIdentifier("old")
                .replicationInstanceClass("dms.t3.small")
                .engineVersion("3.4.4"));
        simulator.clock().advance(Duration.ofMinutes(10));

        assertThatThrownBy(() -> dms.updateSubscriptionsToEventBridge(r -> {}))
                .isInstanceOf(InvalidResourceStateException.class)
                .hasMessageContaining("old")
                .hasMessageContaining("3.4.5");

        String result =
                dms.updateSubscriptionsToEventBridge(r -> r.forceMove(true)).result();
        assertThat(result).contains("Migrated 2");
        assertThat(dms.describeEventSubscriptions(r -> {}).eventSubscriptionsList())
                .isEmpty();
    }

    private ReplicationInstance create(String identifier) {
        return dms.createReplicationInstance(
                        r -> r.replicationInstanceIdentifier(identifier).replicationInstanceClass("dms.t3.small"))
                .replicationInstance();
    }

    private List<Event> events() {
        return dms.describeEvents(r -> {}).events();
    }

    private static List<String> messages(List<Event> events) {
        return events.stream().map(Event::message).toList();
    }
}
