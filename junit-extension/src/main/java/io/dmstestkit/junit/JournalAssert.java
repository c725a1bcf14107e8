package io.dmstestkit.junit;

import io.dmstestkit.simulator.CallCount;
import io.dmstestkit.simulator.CallPattern;
import io.dmstestkit.simulator.Journal;
import io.dmstestkit.simulator.JournalEntry;
import io.dmstestkit.simulator.message.ShouldHaveCallCount;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * AssertJ assertions on the calls a simulator answered. A simulator shared by several tests answers all
 * of them: narrow to one test's calls with {@link #inAccount(String)}, or start from
 * {@link DmsAssertions#assertThatJournal(io.dmstestkit.testcore.DmsTestSession)}.
 *
 * <pre>{@code
 * assertThat(simulator.journal()).inAccount(session.account())
 *     .hasCalls("StopReplication", 1)
 *     .hasNoCalls("DeleteReplicationConfig");
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class JournalAssert extends AbstractObjectAssert<JournalAssert, Journal> {

    private final String account;

    JournalAssert(Journal actual, String account) {
        super(actual, JournalAssert.class);
        this.account = account;
    }

    /** The same assertions, on the calls of one account only. */
    public JournalAssert inAccount(String accountId) {
        JournalAssert narrowed = new JournalAssert(actual, accountId);
        narrowed.info.useRepresentation(info.representation());
        if (info.description() != null) {
            narrowed.info.description(info.description());
        }
        return narrowed;
    }

    /**
     * Checks how many calls of an operation were answered, successful or not.
     *
     * <pre>{@code
     * assertThat(journal).hasCalls("DescribeReplications", 3);
     * }</pre>
     *
     * @throws IllegalArgumentException when {@code operation} is not a DMS operation (with the closest name)
     */
    public JournalAssert hasCalls(String operation, long expected) {
        isNotNull();
        List<JournalEntry> matching = actual.find(scoped(CallPattern.dmsCall(operation)));
        if (matching.size() != expected) {
            throw AssertionFailures.error(
                    info, message(operation, expected, matching), expected, (long) matching.size());
        }
        return myself;
    }

    /** Checks that no call of an operation was answered. */
    public JournalAssert hasNoCalls(String operation) {
        return hasCalls(operation, 0);
    }

    private String message(String operation, long expected, List<JournalEntry> matching) {
        ShouldHaveCallCount message = ShouldHaveCallCount.shouldHave(
                        CallCount.exactly(expected).toString(), operation, matching.size())
                .calls(matching, actual.find(scoped(CallPattern.anyDmsCall())));
        return account == null ? message.build() : message.inAccount(account).build();
    }

    private CallPattern scoped(CallPattern pattern) {
        return account == null ? pattern : pattern.withAccount(account);
    }
}
