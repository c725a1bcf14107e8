package io.dmstestkit.spock;

import io.dmstestkit.simulator.CallCount;
import io.dmstestkit.simulator.CallPattern;
import io.dmstestkit.simulator.Journal;
import io.dmstestkit.simulator.JournalEntry;
import io.dmstestkit.simulator.message.ShouldHaveCallCount;
import io.dmstestkit.testcore.DmsTestSession;
import java.util.List;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * The calls a simulator answered for one session's account: what a {@code then:} block counts. A simulator
 * shared by several sessions ({@code @Shared} fields, lifecycle {@code SHARED}) answers all of them; this
 * view sees only the session's own calls. Its {@code toString()} lists them, so a failed condition shows
 * what was called instead.
 *
 * <pre>{@code
 * then:
 * session.journal.count('StopReplication') == 2
 * session.journal.entries('StopReplication')*.errorCode == [Optional.of('AccessDeniedFault'), Optional.empty()]
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class SessionJournal {

    private final Journal journal;
    private final String account;

    private SessionJournal(Journal journal, String account) {
        this.journal = journal;
        this.account = account;
    }

    /** The calls of {@code session}'s account. */
    public static SessionJournal of(DmsTestSession session) {
        return new SessionJournal(session.simulator().journal(), session.account());
    }

    public String account() {
        return account;
    }

    /**
     * How many calls of an operation were answered, successful or not.
     *
     * @throws IllegalArgumentException when {@code operation} is not a DMS operation (with the closest name)
     */
    public long count(String operation) {
        return entries(operation).size();
    }

    /**
     * Checks how many calls of an operation were answered, in the message every dms-testkit call-count
     * verification uses (the matching or the closest calls, what to fix): {@code then: journal.hasCalls('StopReplication', 2)}.
     *
     * @return true, so that it reads as a condition in a {@code then:} block
     * @throws AssertionFailedError with expected and actual counts when the count differs
     */
    public boolean hasCalls(String operation, long expected) {
        List<JournalEntry> matching = entries(operation);
        if (matching.size() != expected) {
            throw new AssertionFailedError(
                    ShouldHaveCallCount.shouldHave(CallCount.exactly(expected).toString(), operation, matching.size())
                            .inAccount(account)
                            .calls(matching, entries())
                            .build(),
                    expected,
                    (long) matching.size());
        }
        return true;
    }

    /** The calls of one operation, oldest first. */
    public List<JournalEntry> entries(String operation) {
        return find(CallPattern.dmsCall(operation));
    }

    /** Every call, oldest first. */
    public List<JournalEntry> entries() {
        return find(CallPattern.anyDmsCall());
    }

    /** The calls that match a pattern: {@code find(dmsCall('StopReplication').withErrorCode('AccessDeniedFault'))}. */
    public List<JournalEntry> find(CallPattern pattern) {
        return journal.find(pattern.withAccount(account));
    }

    /** {@code calls in account 200000000001: CreateReplicationConfig ×1, StopReplication ×2}. */
    @Override
    public String toString() {
        List<JournalEntry> all = entries();
        return all.isEmpty()
                ? "no calls in account " + account
                : "calls in account " + account + ": " + ShouldHaveCallCount.summary(all);
    }
}
