package io.dmstestkit.simulator.internal.event;

import io.dmstestkit.simulator.internal.operations.OperationContext;
import io.dmstestkit.simulator.internal.operations.OperationRegistry;
import io.dmstestkit.simulator.internal.state.Filters;
import io.dmstestkit.simulator.internal.state.Paging;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import software.amazon.awssdk.services.databasemigration.model.DescribeEventCategoriesRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeEventCategoriesResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeEventsRequest;
import software.amazon.awssdk.services.databasemigration.model.DescribeEventsResponse;
import software.amazon.awssdk.services.databasemigration.model.Event;
import software.amazon.awssdk.services.databasemigration.model.EventCategoryGroup;

/**
 * DescribeEvents over the account's {@link io.dmstestkit.simulator.internal.state.EventLog}, and
 * DescribeEventCategories. Without a time range DescribeEvents lists every event so far (DMS keeps
 * events for a limited time; the simulator keeps them all); {@code Duration} counts minutes back from
 * the end of the range.
 */
public final class EventOperations {

    private EventOperations() {}

    public static void register(OperationRegistry registry) {
        registry.register(DescribeEventsRequest.class, EventOperations::describeEvents)
                .register(DescribeEventCategoriesRequest.class, EventOperations::describeCategories);
        SubscriptionOperations.register(registry);
    }

    private static DescribeEventsResponse describeEvents(DescribeEventsRequest request, OperationContext context) {
        Instant now = context.now();
        Predicate<Event> matches = event -> true;
        if (request.sourceType() != null) {
            String sourceType = EventCategories.requireSourceType(request.sourceTypeAsString());
            matches = matches.and(event -> sourceType.equals(event.sourceTypeAsString()));
        }
        if (request.sourceIdentifier() != null) {
            matches = matches.and(event -> request.sourceIdentifier().equals(event.sourceIdentifier()));
        }
        if (request.hasEventCategories() && !request.eventCategories().isEmpty()) {
            matches = matches.and(
                    event -> event.eventCategories().stream().anyMatch(request.eventCategories()::contains));
        }
        Instant end = request.endTime() != null ? request.endTime() : now;
        Instant start = request.startTime();
        if (request.duration() != null) {
            Duration window = Duration.ofMinutes(request.duration());
            if (start != null && request.endTime() == null) {
                end = start.plus(window);
            } else {
                start = end.minus(window);
            }
        }
        Instant until = end.isAfter(now) ? now : end; // planned events stay hidden until they happen
        Filters<Event> filters = Filters.<Event>named("DescribeEvents")
                .on(
                        "replication-instance-id",
                        event -> "replication-instance".equals(event.sourceTypeAsString())
                                ? List.of(event.sourceIdentifier())
                                : List.of());
        List<Event> events = filters.apply(
                request.filters(),
                context.account().events().happenedBetween(start, until).stream()
                        .filter(matches)
                        .toList());
        Paging.Page<Event> page = Paging.pageByIndex(events, request.maxRecords(), request.marker());
        return DescribeEventsResponse.builder()
                .events(page.items())
                .marker(page.nextMarker())
                .build();
    }

    private static DescribeEventCategoriesResponse describeCategories(
            DescribeEventCategoriesRequest request, OperationContext context) {
        Filters<EventCategoryGroup> filters = Filters.<EventCategoryGroup>named("DescribeEventCategories")
                .on("source-type", group -> List.of(group.sourceType()));
        List<EventCategoryGroup> groups = EventCategories.BY_SOURCE_TYPE.entrySet().stream()
                .filter(entry -> request.sourceType() == null
                        || EventCategories.requireSourceType(request.sourceType())
                                .equals(entry.getKey()))
                .map(entry -> EventCategoryGroup.builder()
                        .sourceType(entry.getKey())
                        .eventCategories(entry.getValue())
                        .build())
                .toList();
        return DescribeEventCategoriesResponse.builder()
                .eventCategoryGroupList(filters.apply(request.filters(), groups))
                .build();
    }
}
