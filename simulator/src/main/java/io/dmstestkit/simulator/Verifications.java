package io.dmstestkit.simulator;

import io.dmstestkit.simulator.message.ShouldHaveCallCount;
import java.util.List;

/** Builds the message of a failed journal verification: the shared {@link ShouldHaveCallCount}. */
final class Verifications {

    private Verifications() {}

    static String message(CallCount count, CallPattern pattern, List<JournalEntry> matched, List<JournalEntry> all) {
        return ShouldHaveCallCount.shouldHave(count.toString(), pattern.toString(), matched.size())
                .calls(matched, all)
                .build();
    }
}
