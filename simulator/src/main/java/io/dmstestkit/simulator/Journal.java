package io.dmstestkit.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The DMS calls a simulator answered, oldest first, across every transport. Bounded: beyond
 * {@link #capacity()} entries the oldest are dropped, so a long-running server does not grow forever.
 *
 * <pre>{@code
 * simulator.journal().count("StopReplication");                          // 2
 * simulator.journal().find(CallPattern.dmsCall("StopReplication").withErrorCode("AccessDeniedFault"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Journal {

    public static final int DEFAULT_CAPACITY = 100_000;

    private final int capacity;
    private final Deque<JournalEntry> entries = new ArrayDeque<>();
    private long nextSequence = 1;

    Journal(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("journal capacity must be positive, was " + capacity);
        }
        this.capacity = capacity;
    }

    public int capacity() {
        return capacity;
    }

    /** Every entry still kept, oldest first. */
    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /** The entries of one operation. */
    public List<JournalEntry> entries(String operation) {
        return find(CallPattern.dmsCall(operation));
    }

    /** How many calls of this operation were answered (successful or not). */
    public long count(String operation) {
        return entries(operation).size();
    }

    /** The entries that match a pattern. */
    public synchronized List<JournalEntry> find(CallPattern pattern) {
        List<JournalEntry> found = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (pattern.matches(entry)) {
                found.add(entry);
            }
        }
        return found;
    }

    public synchronized void clear() {
        entries.clear();
    }

    /** Adds an entry, numbering it; called by the simulator for every answered call. */
    synchronized JournalEntry record(JournalEntryDraft draft) {
        JournalEntry entry = draft.toEntry(nextSequence++);
        entries.addLast(entry);
        if (entries.size() > capacity) {
            entries.removeFirst();
        }
        return entry;
    }

    /** An entry before it gets its sequence number. */
    record JournalEntryDraft(
            java.time.Instant virtualTime,
            java.time.Instant wallTime,
            String operation,
            String account,
            String region,
            java.util.Set<String> resources,
            String request,
            int status,
            java.util.Optional<String> errorCode,
            java.util.Optional<String> faultId) {

        JournalEntry toEntry(long sequence) {
            return new JournalEntry(
                    sequence,
                    virtualTime,
                    wallTime,
                    operation,
                    account,
                    region,
                    resources,
                    request,
                    status,
                    errorCode,
                    faultId);
        }
    }
}
