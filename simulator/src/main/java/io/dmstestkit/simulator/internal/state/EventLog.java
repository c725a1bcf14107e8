package io.dmstestkit.simulator.internal.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.databasemigration.model.Event;

/**
 * The events DescribeEvents lists for one account: every state change the simulator makes, in the SDK's
 * {@code Event} shape. An event may be recorded ahead of its time when the change it reports is planned
 * on a timeline (an instance becomes {@code available} ten virtual minutes after its creation); it shows
 * from the moment the clock reaches its {@code Date}. When a plan changes (a deletion, an incident), the
 * owner retracts the events it had planned after that moment.
 *
 * <p>The seam for other resource kinds: a replication task records {@code replication-task} events here
 * the same way, keyed by its ARN, and DescribeEvents lists them with no further change.
 *
 * <pre>{@code
 * account.events().record(instanceArn, Event.builder().sourceIdentifier("ri-1")
 *     .sourceType("replication-instance").eventCategories("creation")
 *     .message("A replication instance has been created.").date(availableAt).build());
 * }</pre>
 */
public final class EventLog {

    private final List<Entry> entries = new ArrayList<>();
    private long nextSequence;

    /** One recorded event, the ARN of the resource it is about, and the order it was recorded in. */
    private record Entry(long sequence, String sourceArn, Event event) {}

    /** Records an event about the resource {@code sourceArn}; it becomes visible at its {@code Date}. */
    public void record(String sourceArn, Event event) {
        entries.add(new Entry(nextSequence++, sourceArn, event));
    }

    /** Drops the events planned for {@code sourceArn} strictly after {@code at}: that plan changed. */
    public void retractAfter(String sourceArn, Instant at) {
        entries.removeIf(entry ->
                entry.sourceArn().equals(sourceArn) && entry.event().date().isAfter(at));
    }

    /** The events that happened by {@code now}, oldest first (equal dates in the order recorded). */
    public List<Event> happenedBy(Instant now) {
        return entries.stream()
                .filter(entry -> !entry.event().date().isAfter(now))
                .sorted(Comparator.comparing((Entry entry) -> entry.event().date())
                        .thenComparingLong(Entry::sequence))
                .map(Entry::event)
                .toList();
    }
}
