package io.dmstestkit.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The DMS calls a simulator answered, oldest first, across every transport. Bounded twice, so a
 * long-running server does not grow forever: beyond {@link #capacity()} entries, or beyond
 * {@link #maxBytes()} of retained request text, the oldest entries are dropped (and counted in
 * {@link #dropped()}). A request body longer than {@link #maxRequestChars()} is kept cut, with a note
 * of how much was left out. Values the API model marks sensitive (passwords…) are kept masked.
 *
 * <pre>{@code
 * simulator.journal().count("StopReplication");                          // 2
 * simulator.journal().find(CallPattern.dmsCall("StopReplication").withErrorCode("AccessDeniedFault"));
 * simulator.journal().page(0, 100);                                      // the first 100 entries kept
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Journal {

    public static final int DEFAULT_CAPACITY = 100_000;

    /** 64 MiB of request text by default: a few hundred thousand ordinary calls, or a handful of huge ones. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    /** Fixed cost counted per entry besides its request text (the record, times, names, resources). */
    static final int ENTRY_OVERHEAD_BYTES = 256;

    private static final int MAX_REQUEST_CHARS = 1024 * 1024;
    private static final int TO_STRING_ENTRIES = 20;

    private final int capacity;
    private final long maxBytes;
    private final int maxRequestChars;
    private final Deque<JournalEntry> entries = new ArrayDeque<>();
    private long nextSequence = 1;
    private long retainedBytes;
    private long dropped;

    Journal(int capacity) {
        this(capacity, DEFAULT_MAX_BYTES);
    }

    Journal(int capacity, long maxBytes) {
        if (capacity < 1) {
            throw new IllegalArgumentException("journal capacity must be positive, was " + capacity);
        }
        if (maxBytes < 64 * 1024) {
            throw new IllegalArgumentException("journal max bytes must be at least 65536, was " + maxBytes);
        }
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        // A single entry may take an eighth of the budget at most, so one huge body never empties the journal.
        this.maxRequestChars = (int) Math.min(MAX_REQUEST_CHARS, maxBytes / 8);
    }

    /** How many entries the journal keeps at most. */
    public int capacity() {
        return capacity;
    }

    /** How many bytes of entries (estimated: request text at two bytes a character, plus a fixed cost) it keeps at most. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The longest request text an entry keeps; a longer one is cut and says so. */
    public int maxRequestChars() {
        return maxRequestChars;
    }

    /** The estimated bytes the entries kept now take; never above {@link #maxBytes()}. */
    public synchronized long retainedBytes() {
        return retainedBytes;
    }

    /** How many entries were dropped to stay within the bounds since the journal was created or cleared. */
    public synchronized long dropped() {
        return dropped;
    }

    /** Every entry still kept, oldest first. */
    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /**
     * Up to {@code limit} entries whose sequence number is above {@code afterSequence}, oldest first: page
     * through the journal by passing the last sequence number of one page to get the next.
     */
    public synchronized List<JournalEntry> page(long afterSequence, int limit) {
        return page(CallPattern.anyDmsCall(), afterSequence, limit);
    }

    /** Like {@link #page(long, int)}, counting only the entries that match a pattern. */
    public synchronized List<JournalEntry> page(CallPattern pattern, long afterSequence, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("page limit must be positive, was " + limit);
        }
        List<JournalEntry> found = new ArrayList<>();
        for (JournalEntry entry : entries) {
            if (entry.sequence() > afterSequence && pattern.matches(entry)) {
                found.add(entry);
                if (found.size() == limit) {
                    break;
                }
            }
        }
        return found;
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
        retainedBytes = 0;
        dropped = 0;
    }

    /** Adds an entry, numbering it; called by the simulator for every answered call. O(1) but for evictions. */
    synchronized JournalEntry record(JournalEntryDraft draft) {
        JournalEntry entry = draft.toEntry(nextSequence++, maxRequestChars);
        entries.addLast(entry);
        retainedBytes += sizeOf(entry);
        while (entries.size() > capacity || retainedBytes > maxBytes) {
            retainedBytes -= sizeOf(entries.removeFirst());
            dropped++;
        }
        return entry;
    }

    static long sizeOf(JournalEntry entry) {
        long names = entry.operation().length();
        for (String resource : entry.resources()) {
            names += resource.length();
        }
        return ENTRY_OVERHEAD_BYTES + 2L * (entry.request().length() + names);
    }

    /** The journal's size and bounds, then its last calls, one a line: what a debugger or a log shows. */
    @Override
    public synchronized String toString() {
        StringBuilder text =
                new StringBuilder("Journal (").append(entries.size()).append(entries.size() == 1 ? " call" : " calls");
        if (dropped > 0) {
            text.append(", ").append(dropped).append(" older dropped");
        }
        text.append(", at most ")
                .append(capacity)
                .append(" calls and ")
                .append(maxBytes)
                .append(" bytes)");
        int skipped = Math.max(0, entries.size() - TO_STRING_ENTRIES);
        if (skipped > 0) {
            text.append("\n  … ").append(skipped).append(" earlier calls");
        }
        entries.stream().skip(skipped).forEach(entry -> text.append("\n  ").append(entry.describe()));
        return text.toString();
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

        JournalEntry toEntry(long sequence, int maxRequestChars) {
            return new JournalEntry(
                    sequence,
                    virtualTime,
                    wallTime,
                    operation,
                    account,
                    region,
                    resources,
                    cut(request, maxRequestChars),
                    status,
                    errorCode,
                    faultId);
        }

        private static String cut(String request, int maxChars) {
            if (request.length() <= maxChars) {
                return request;
            }
            return request.substring(0, maxChars) + "… (" + (request.length() - maxChars)
                    + " more characters not kept by the journal)";
        }
    }
}
