package io.dmstestkit.simulator.message;

import io.dmstestkit.simulator.FailureMessage;
import io.dmstestkit.simulator.JournalEntry;
import io.dmstestkit.simulator.internal.text.Suggestions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The one message of a failed call-count verification, whoever verifies: the simulator's
 * {@code verify(…)}, the AssertJ {@code JournalAssert}, a scenario's {@code expectCalls} step, the Spock
 * journal. Built like AssertJ's {@code ShouldXxx} error messages; pinned by a golden test.
 *
 * <pre>
 * Expected exactly 1 call(s) of StartReplication in account 123456789012, but the simulator answered 0.
 *   expected: exactly 1   actual: 0
 *   calls answered: CreateEndpoint ×2, CreateReplicationConfig ×1
 *   closest calls seen:
 *     #3 2026-01-01T00:00:00Z CreateReplicationConfig account 123456789012 → 200
 *   at orders.dms.yaml:7:5  (step: expect exactly 1 StartReplication call(s))
 * </pre>
 *
 * <pre>{@code
 * String text = ShouldHaveCallCount.shouldHave("exactly 1", "StartReplication", 0)
 *     .inAccount("123456789012")
 *     .calls(matching, everyCall)
 *     .build();
 * }</pre>
 */
@API(
        status = API.Status.INTERNAL,
        consumers = {"io.dmstestkit.dsl", "io.dmstestkit.junit", "io.dmstestkit.spock"})
public final class ShouldHaveCallCount {

    /** How many calls a message lists: the latest matching ones, or the closest others. */
    static final int CALLS_SHOWN = 5;

    private final String expected;
    private final String calls;
    private final long actual;
    private String account;
    private List<JournalEntry> matching;
    private List<JournalEntry> all;
    private String location;
    private String step;

    private ShouldHaveCallCount(String expected, String calls, long actual) {
        this.expected = expected;
        this.calls = calls;
        this.actual = actual;
    }

    /**
     * @param expected the count wanted, {@code exactly 2}, {@code at least 1}
     * @param calls the calls counted, {@code StartReplication} or {@code StopReplication with resource orders}
     * @param actual how many the simulator answered
     */
    public static ShouldHaveCallCount shouldHave(String expected, String calls, long actual) {
        return new ShouldHaveCallCount(expected, calls, actual);
    }

    /** The account the count was narrowed to. */
    public ShouldHaveCallCount inAccount(String accountId) {
        this.account = accountId;
        return this;
    }

    /**
     * The calls counted and every call of the scope, when the verifier has them: the message lists the
     * latest matching calls, or the closest others when none matched.
     */
    public ShouldHaveCallCount calls(List<JournalEntry> matchingCalls, List<JournalEntry> everyCall) {
        this.matching = List.copyOf(matchingCalls);
        this.all = List.copyOf(everyCall);
        return this;
    }

    /** The scenario step that counted, with its file and line. */
    public ShouldHaveCallCount where(String fileAndLine, String stepDescription) {
        this.location = fileAndLine;
        this.step = stepDescription;
        return this;
    }

    public String build() {
        String scope = account == null ? "" : " in account " + account;
        FailureMessage message = FailureMessage.what("Expected " + expected + " call(s) of " + calls + scope
                        + ", but the simulator answered " + actual + ".")
                .expectedActual(expected, actual);
        boolean journalEmpty = all != null && all.isEmpty();
        if (matching != null && !matching.isEmpty()) {
            int from = Math.max(0, matching.size() - CALLS_SHOWN);
            message.list("matching calls", described(matching.subList(from, matching.size())))
                    .detail("earlier calls not shown", from == 0 ? null : from);
        } else if (all != null && !all.isEmpty()) {
            message.detail("calls answered", summary(all)).list("closest calls seen", described(closest(all)));
        }
        if (location != null) {
            message.where(location, step);
        }
        if (journalEmpty) {
            message.fix("the journal is empty: no DMS call" + scope + " reached this simulator: does the code under"
                    + " test use the injected client (or endpoint)? its endpointOverride must point at this simulator");
        }
        return message.build();
    }

    @Override
    public String toString() {
        return build();
    }

    /** Calls of the nearest operation name first, latest first among equals. */
    private List<JournalEntry> closest(List<JournalEntry> entries) {
        String operation = calls.split(" ", 2)[0];
        return entries.stream()
                .sorted(Comparator.comparingInt((JournalEntry e) -> Suggestions.distance(e.operation(), operation))
                        .thenComparing(
                                Comparator.comparingLong(JournalEntry::sequence).reversed()))
                .limit(CALLS_SHOWN)
                .toList();
    }

    private static List<String> described(List<JournalEntry> entries) {
        return entries.stream().map(JournalEntry::describe).toList();
    }

    /** {@code CreateEndpoint ×2, StartReplication ×1}: what was called instead. */
    public static String summary(List<JournalEntry> entries) {
        Map<String, Long> counts = entries.stream()
                .collect(Collectors.groupingBy(JournalEntry::operation, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(count -> count.getKey() + " ×" + count.getValue())
                .collect(Collectors.joining(", "));
    }
}
