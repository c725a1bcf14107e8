package io.dmstestkit.benchmarks;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/**
 * How a {@link Lifecycle} waits for a milestone: how many times it calls DescribeReplications, with the
 * virtual clock moved between two calls.
 *
 * <pre>{@code
 * Polling.exactly(shape, true)        // the benchmarked path: a fixed number of polls, then a check
 * Polling.untilReached(1_000)         // discovery and the parallel benchmark: poll until it is there
 * }</pre>
 */
interface Polling {

    /** Polls for {@code milestone}; {@code betweenPolls} runs between two describes, never after the last. */
    Polled await(Milestone milestone, Supplier<Replication> describe, Runnable betweenPolls);

    /** The last replication described and how many describes it took. */
    record Polled(Replication last, int polls) {}

    /**
     * Exactly the polls of {@code shape}. With {@code check}, the last answer must show the milestone, which
     * proves a simulator followed the same course as the recording; static stubs cannot, so they skip it.
     */
    static Polling exactly(LifecycleShape shape, boolean check) {
        return (milestone, describe, betweenPolls) -> {
            int polls = shape.polls(milestone);
            Replication last = describe.get();
            for (int i = 1; i < polls; i++) {
                betweenPolls.run();
                last = describe.get();
            }
            if (check && !milestone.reachedBy(last)) {
                throw new IllegalStateException("after " + polls + " polls the replication had not reached "
                        + milestone + ": status " + last.status() + ", stats " + last.replicationStats()
                        + "; the simulator no longer follows the recorded lifecycle");
            }
            return new Polled(last, polls);
        };
    }

    /** Polls until the milestone shows, at most {@code maxPolls} times; remembers how many it took. */
    static UntilReached untilReached(int maxPolls) {
        return new UntilReached(maxPolls);
    }

    /** Polls until each milestone is reached and keeps the counts, from which a {@link LifecycleShape} follows. */
    final class UntilReached implements Polling {
        private final int maxPolls;
        private final Map<Milestone, Integer> polls = new EnumMap<>(Milestone.class);

        private UntilReached(int maxPolls) {
            this.maxPolls = maxPolls;
        }

        @Override
        public Polled await(Milestone milestone, Supplier<Replication> describe, Runnable betweenPolls) {
            Replication last = describe.get();
            int count = 1;
            while (!milestone.reachedBy(last)) {
                if (count == maxPolls) {
                    throw new IllegalStateException("replication did not reach " + milestone + " in " + maxPolls
                            + " polls; it stays " + last.status() + " with " + last.replicationStats());
                }
                betweenPolls.run();
                last = describe.get();
                count++;
            }
            polls.put(milestone, count);
            return new Polled(last, count);
        }

        /** The polls of the last lifecycle run with this strategy. */
        LifecycleShape shape() {
            return new LifecycleShape(polls.get(Milestone.LOADED), polls.get(Milestone.STOPPED));
        }
    }
}
