package io.dmstestkit.simulator.internal.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
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
 * <p>Costs stay flat over a long run: the events are kept sorted by date (a time range reads only its
 * events) and by resource (a re-plan retracts only that resource's events). Every event is kept until the
 * simulator is reset, a few per state change of an instance or task.
 *
 * <pre>{@code
 * account.events().record(instanceArn, Event.builder().sourceIdentifier("ri-1")
 *     .sourceType("replication-instance").eventCategories("creation")
 *     .message("A replication instance has been created.").date(availableAt).build());
 * }</pre>
 */
public final class EventLog {

    /** Every event by date, equal dates in the order recorded: a time range is a sub-map, not a sort. */
    private final NavigableMap<Key, Entry> byDate = new TreeMap<>();
    /** The events of each resource, for retracting one resource's plan without reading the others'. */
    private final Map<String, List<Entry>> bySource = new HashMap<>();

    private long nextSequence;

    /** One recorded event, the ARN of the resource it is about, and the order it was recorded in. */
    private record Entry(long sequence, String sourceArn, Event event) {
        Key key() {
            return new Key(event.date(), sequence);
        }
    }

    /** Where an event sorts: by date, then in the order recorded. */
    private record Key(Instant date, long sequence) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byDate = date.compareTo(other.date);
            return byDate != 0 ? byDate : Long.compare(sequence, other.sequence);
        }
    }

    /** Records an event about the resource {@code sourceArn}; it becomes visible at its {@code Date}. */
    public void record(String sourceArn, Event event) {
        Entry entry = new Entry(nextSequence++, sourceArn, event);
        byDate.put(entry.key(), entry);
        bySource.computeIfAbsent(sourceArn, arn -> new ArrayList<>(4)).add(entry);
    }

    /** Drops the events planned for {@code sourceArn} strictly after {@code at}: that plan changed. */
    public void retractAfter(String sourceArn, Instant at) {
        List<Entry> planned = bySource.get(sourceArn);
        if (planned == null) {
            return;
        }
        planned.removeIf(entry -> {
            boolean after = entry.event().date().isAfter(at);
            if (after) {
                byDate.remove(entry.key());
            }
            return after;
        });
        if (planned.isEmpty()) {
            bySource.remove(sourceArn);
        }
    }

    /** The events that happened by {@code now}, oldest first (equal dates in the order recorded). */
    public List<Event> happenedBy(Instant now) {
        return happenedBetween(null, now);
    }

    /**
     * The events dated from {@code from} (null: the first) to {@code until}, both included, oldest first
     * (equal dates in the order recorded): reads only those.
     */
    public List<Event> happenedBetween(Instant from, Instant until) {
        Key last = new Key(until, Long.MAX_VALUE);
        Map<Key, Entry> range = from == null
                ? byDate.headMap(last, true)
                : from.isAfter(until) ? Map.of() : byDate.subMap(new Key(from, Long.MIN_VALUE), true, last, true);
        List<Event> events = new ArrayList<>(range.size());
        range.values().forEach(entry -> events.add(entry.event()));
        return events;
    }

    /** How many events are recorded, past and planned. */
    public int size() {
        return byDate.size();
    }
}
