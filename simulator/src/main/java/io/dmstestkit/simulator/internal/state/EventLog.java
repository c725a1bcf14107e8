package io.dmstestkit.simulator.internal.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
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

    /** Where an event sorts: by date, then in the order recorded. */
    private static final Comparator<Entry> ORDER =
            Comparator.comparing(Entry::date).thenComparingLong(Entry::sequence);

    /** Every event by date, equal dates in the order recorded: a time range is a sub-set, not a sort. */
    private final NavigableSet<Entry> byDate = new TreeSet<>(ORDER);
    /**
     * The events of each resource, for retracting one resource's plan without reading the others': its one
     * {@link Entry}, or an {@code ArrayList<Entry>} once it has several (no list for the many with one).
     */
    private final Map<String, Object> bySource = new HashMap<>();

    private long nextSequence;

    /** One recorded event, the ARN of the resource it is about, and the order it was recorded in. */
    private record Entry(Instant date, long sequence, String sourceArn, Event event) {}

    /** Records an event about the resource {@code sourceArn}; it becomes visible at its {@code Date}. */
    public void record(String sourceArn, Event event) {
        Entry entry = new Entry(event.date(), nextSequence++, sourceArn, event);
        byDate.add(entry);
        Object present = bySource.putIfAbsent(sourceArn, entry);
        if (present instanceof Entry single) {
            List<Entry> several = new ArrayList<>(4);
            several.add(single);
            several.add(entry);
            bySource.put(sourceArn, several);
        } else if (present != null) {
            several(present).add(entry);
        }
    }

    /** Drops the events planned for {@code sourceArn} strictly after {@code at}: that plan changed. */
    public void retractAfter(String sourceArn, Instant at) {
        Object present = bySource.get(sourceArn);
        if (present instanceof Entry single) {
            if (single.date().isAfter(at)) {
                byDate.remove(single);
                bySource.remove(sourceArn);
            }
        } else if (present != null) {
            List<Entry> planned = several(present);
            planned.removeIf(entry -> entry.date().isAfter(at) && byDate.remove(entry));
            if (planned.isEmpty()) {
                bySource.remove(sourceArn);
            }
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
        Entry last = new Entry(until, Long.MAX_VALUE, null, null);
        Set<Entry> range = from == null
                ? byDate.headSet(last, true)
                : from.isAfter(until)
                        ? Set.of()
                        : byDate.subSet(new Entry(from, Long.MIN_VALUE, null, null), true, last, true);
        List<Event> events = new ArrayList<>(range.size());
        range.forEach(entry -> events.add(entry.event()));
        return events;
    }

    /** How many events are recorded, past and planned. */
    public int size() {
        return byDate.size();
    }

    @SuppressWarnings("unchecked")
    private static List<Entry> several(Object present) {
        return (List<Entry>) present;
    }
}
