package io.dmstestkit.simulator.conformance;

import static io.dmstestkit.simulator.conformance.Setups.TOPIC;
import static io.dmstestkit.simulator.conformance.Setups.availableInstance;

import io.dmstestkit.simulator.DmsSimulator;
import java.util.Map;
import java.util.function.BiFunction;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationResponse;

/** Events of state changes, their categories and event subscriptions. */
public final class EventCalls implements ConformanceCalls {

    private static void subscription(DatabaseMigrationClient dms) {
        dms.createEventSubscription(r -> r.subscriptionName("ops").snsTopicArn(TOPIC));
    }

    @Override
    public Map<String, BiFunction<DmsSimulator, DatabaseMigrationClient, DatabaseMigrationResponse>> calls() {
        return Map.of(
                "DescribeEvents",
                (simulator, dms) -> {
                    availableInstance(simulator, dms, "instance");
                    return dms.describeEvents(r -> {});
                },
                "DescribeEventCategories",
                (simulator, dms) -> dms.describeEventCategories(r -> {}),
                "CreateEventSubscription",
                (simulator, dms) -> dms.createEventSubscription(r -> r.subscriptionName("ops")
                        .snsTopicArn(TOPIC)
                        .sourceType("replication-instance")
                        .eventCategories("failure")),
                "DescribeEventSubscriptions",
                (simulator, dms) -> {
                    subscription(dms);
                    return dms.describeEventSubscriptions(r -> {});
                },
                "ModifyEventSubscription",
                (simulator, dms) -> {
                    subscription(dms);
                    return dms.modifyEventSubscription(
                            r -> r.subscriptionName("ops").enabled(false));
                },
                "DeleteEventSubscription",
                (simulator, dms) -> {
                    subscription(dms);
                    return dms.deleteEventSubscription(r -> r.subscriptionName("ops"));
                },
                "UpdateSubscriptionsToEventBridge",
                (simulator, dms) -> {
                    subscription(dms);
                    return dms.updateSubscriptionsToEventBridge(r -> r.forceMove(true));
                });
    }
}
