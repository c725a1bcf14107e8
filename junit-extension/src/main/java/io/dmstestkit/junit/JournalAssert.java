package io.dmstestkit.junit;

import io.dmstestkit.simulator.CallPattern;
import io.dmstestkit.simulator.FailureMessage;
import io.dmstestkit.simulator.Journal;
import io.dmstestkit.simulator.JournalEntry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
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

    private static final int CALLS_SHOWN = 5;

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

    private FailureMessage message(String operation, long expected, List<JournalEntry> matching) {
        String scope = account == null ? "" : " in account " + account;
        FailureMessage message = FailureMessage.what("Expected " + expected + " call(s) of " + operation + scope
                        + ", but the simulator answered " + matching.size() + ".")
                .expectedActual(expected, matching.size());
        if (matching.isEmpty()) {
            List<JournalEntry> all = actual.find(scoped(CallPattern.anyDmsCall()));
            return all.isEmpty()
                    ? message.fix("no DMS call" + scope + " reached this simulator: does the code under test use the"
                            + " injected client (or endpoint)?")
                    : message.detail("calls answered", summary(all));
        }
        int from = Math.max(0, matching.size() - CALLS_SHOWN);
        matching.subList(from, matching.size()).forEach(entry -> message.detail("call", entry.describe()));
        return from == 0 ? message : message.detail("earlier calls not shown", from);
    }

    private CallPattern scoped(CallPattern pattern) {
        return account == null ? pattern : pattern.withAccount(account);
    }

    /** {@code CreateEndpoint ×2, StartReplication ×1}: what was called instead. */
    private static String summary(List<JournalEntry> entries) {
        Map<String, Long> counts = entries.stream()
                .collect(Collectors.groupingBy(JournalEntry::operation, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(count -> count.getKey() + " ×" + count.getValue())
                .collect(Collectors.joining(", "));
    }
}
