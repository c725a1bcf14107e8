package io.dmstestkit.simulator.internal.event;

import io.dmstestkit.simulator.internal.ServiceError;
import io.dmstestkit.simulator.internal.instance.Instances;
import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Identifiers;
import io.dmstestkit.simulator.internal.state.Paging;
import io.dmstestkit.simulator.internal.state.ResourceStore;
import io.dmstestkit.simulator.internal.state.Tagging;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.databasemigration.model.CreateEventSubscriptionRequest;
import software.amazon.awssdk.services.databasemigration.model.CreateEventSubscriptionResponse;
import software.amazon.awssdk.services.databasemigration.model.DeleteEventSubscriptionRequest;
import software.amazon.awssdk.services.databasemigration.model.DeleteEventSubscriptionResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeEventSubscriptionsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeEventSubscriptionsResponse;
import software.amazon.awssdk.services.databasemigration.model.EventSubscription;
import software.amazon.awssdk.services.databasemigration.model.ModifyEventSubscriptionRequest;
import software.amazon.awssdk.services.databasemigration.model.ModifyEventSubscriptionResponse;
import software.amazon.awssdk.services.databasemigration.model.UpdateSubscriptionsToEventBridgeRequest;
import software.amazon.awssdk.services.databasemigration.model.UpdateSubscriptionsToEventBridgeResponse;

/**
 * Event subscriptions (nothing is sent to SNS: the simulator keeps the subscription and validates what
 * DMS validates), and their migration to EventBridge, which removes up to ten active, enabled
 * subscriptions a call.
 */
final class SubscriptionOperations {

    static final int MAX_SUBSCRIPTIONS = 60;
    static final int MIGRATED_A_CALL = 10;
    static final String EVENT_BRIDGE_VERSION = "3.4.5";
    private static final Pattern SNS_TOPIC =
            Pattern.compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}");
    private static final DateTimeFormatter CREATION_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private SubscriptionOperations() {}

    static void register(OperationRegistry registry) {
        registry.register(CreateEventSubscriptionRequest.class, SubscriptionOperations::create)
                .register(DescribeEventSubscriptionsRequest.class, SubscriptionOperations::describe)
                .register(ModifyEventSubscriptionRequest.class, SubscriptionOperations::modify)
                .register(DeleteEventSubscriptionRequest.class, SubscriptionOperations::delete)
                .register(UpdateSubscriptionsToEventBridgeRequest.class, SubscriptionOperations::toEventBridge);
    }

    private static ResourceStore<SubscriptionRecord> store(OperationContext context) {
        return context.account().store(SubscriptionRecord.class);
    }

    private static String arnOf(OperationContext context, String name) {
        return "arn:aws:dms:" + context.region() + ":" + context.accountId() + ":es:" + name;
    }

    private static SubscriptionRecord require(OperationContext context, String name) {
        return store(context)
                .get(arnOf(context, name))
                .orElseThrow(() -> ServiceError.resourceNotFound("Event subscription " + name + " not found"));
    }

    private static CreateEventSubscriptionResponse create(
            CreateEventSubscriptionRequest request, OperationContext context) {
        String name = Identifiers.require("SubscriptionName", request.subscriptionName());
        String arn = arnOf(context, name);
        if (store(context).contains(arn)) {
            throw ServiceError.alreadyExists("Event subscription " + name + " already exists");
        }
        if (store(context).size() >= MAX_SUBSCRIPTIONS) {
            throw ServiceError.quotaExceeded("The account already has " + MAX_SUBSCRIPTIONS + " event subscriptions");
        }
        String sourceType =
                request.sourceType() == null ? null : EventCategories.requireSourceType(request.sourceType());
        List<String> sourceIds = request.hasSourceIds() ? List.copyOf(request.sourceIds()) : List.of();
        requireSources(context, sourceType, sourceIds);
        EventSubscription subscription = EventSubscription.builder()
                .customerAwsId(context.accountId())
                .custSubscriptionId(name)
                .snsTopicArn(requireTopic(request.snsTopicArn()))
                .subscriptionCreationTime(CREATION_TIME.format(context.now()))
                .sourceType(sourceType)
                .sourceIdsList(sourceIds)
                .eventCategoriesList(EventCategories.requireCategories(
                        sourceType, request.hasEventCategories() ? request.eventCategories() : List.of()))
                .enabled(!Boolean.FALSE.equals(request.enabled()))
                .build();
        SubscriptionRecord record = store(context).put(arn, new SubscriptionRecord(arn, subscription, context.now()));
        Tagging.tagOnCreate(context, arn, request.tags());
        return CreateEventSubscriptionResponse.builder()
                .eventSubscription(record.describeAt(context.now()))
                .build();
    }

    private static DescribeEventSubscriptionsResponse describe(
            DescribeEventSubscriptionsRequest request, OperationContext context) {
        Filters<SubscriptionRecord> filters = Filters.<SubscriptionRecord>named("DescribeEventSubscriptions")
                .onKey("event-subscription-arn", SubscriptionRecord::arn)
                .onName("event-subscription-id", SubscriptionRecord::name);
        if (request.subscriptionName() != null) {
            require(context, request.subscriptionName());
        }
        Paging.Page<SubscriptionRecord> page = filters.page(
                store(context), request.filters(), request.maxRecords(), request.marker(), "event subscriptions");
        return DescribeEventSubscriptionsResponse.builder()
                .eventSubscriptionsList(page.items().stream()
                        .filter(r ->
                                request.subscriptionName() == null || r.name().equals(request.subscriptionName()))
                        .map(r -> r.describeAt(context.now()))
                        .toList())
                .marker(page.nextMarker())
                .build();
    }

    private static ModifyEventSubscriptionResponse modify(
            ModifyEventSubscriptionRequest request, OperationContext context) {
        SubscriptionRecord existing = require(context, request.subscriptionName());
        EventSubscription.Builder changed = existing.subscription().toBuilder();
        String sourceType = existing.subscription().sourceType();
        if (request.sourceType() != null) {
            sourceType = EventCategories.requireSourceType(request.sourceType());
            changed.sourceType(sourceType);
        }
        if (request.snsTopicArn() != null) {
            changed.snsTopicArn(requireTopic(request.snsTopicArn()));
        }
        if (request.hasEventCategories()) {
            changed.eventCategoriesList(EventCategories.requireCategories(sourceType, request.eventCategories()));
        } else {
            EventCategories.requireCategories(
                    sourceType, existing.subscription().eventCategoriesList());
        }
        if (request.enabled() != null) {
            changed.enabled(request.enabled());
        }
        SubscriptionRecord saved = store(context).put(existing.arn(), existing.with(changed.build()));
        return ModifyEventSubscriptionResponse.builder()
                .eventSubscription(saved.describeAt(context.now()))
                .build();
    }

    private static DeleteEventSubscriptionResponse delete(
            DeleteEventSubscriptionRequest request, OperationContext context) {
        SubscriptionRecord existing = require(context, request.subscriptionName());
        store(context).remove(existing.arn());
        context.account().tags().remove(existing.arn());
        return DeleteEventSubscriptionResponse.builder()
                .eventSubscription(
                        existing.subscription().toBuilder().status("deleting").build())
                .build();
    }

    private static UpdateSubscriptionsToEventBridgeResponse toEventBridge(
            UpdateSubscriptionsToEventBridgeRequest request, OperationContext context) {
        List<String> old = Instances.olderThan(context.account(), EVENT_BRIDGE_VERSION, context.now());
        if (!old.isEmpty() && !Boolean.TRUE.equals(request.forceMove())) {
            throw ServiceError.invalidResourceState("Replication instances " + String.join(", ", old)
                    + " run a DMS version earlier than " + EVENT_BRIDGE_VERSION + ". Upgrade them to version "
                    + EVENT_BRIDGE_VERSION + " or higher, or set ForceMove to true.");
        }
        List<SubscriptionRecord> movable = store(context).values().stream()
                .filter(r -> r.statusAt(context.now()).equals("active")
                        && Boolean.TRUE.equals(r.subscription().enabled()))
                .toList();
        List<SubscriptionRecord> moved = movable.subList(0, Math.min(MIGRATED_A_CALL, movable.size()));
        moved.forEach(r -> store(context).remove(r.arn()));
        int remaining = movable.size() - moved.size();
        String result = moved.isEmpty()
                ? "No active and enabled event subscriptions to migrate."
                : "Migrated " + moved.size() + " event subscriptions to Amazon EventBridge; " + remaining
                        + " remain to be migrated.";
        return UpdateSubscriptionsToEventBridgeResponse.builder().result(result).build();
    }

    private static void requireSources(OperationContext context, String sourceType, List<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return;
        }
        if (sourceType == null) {
            throw ServiceError.invalidParameterCombination(
                    "SourceIds need a SourceType: the identifiers must all be of that type");
        }
        if (sourceType.equals("replication-instance")) {
            List<String> instances = Instances.identifiers(context.account(), context.now());
            for (String id : sourceIds) {
                if (!instances.contains(id)) {
                    throw ServiceError.resourceNotFound("Replication instance " + id + " not found");
                }
            }
        }
    }

    private static String requireTopic(String topicArn) {
        if (!SNS_TOPIC.matcher(topicArn).matches()) {
            throw new ServiceError(
                    "SNSInvalidTopicFault",
                    400,
                    "Invalid SnsTopicArn '" + topicArn + "': expected arn:aws:sns:<region>:<account>:<topic>");
        }
        return topicArn;
    }
}
