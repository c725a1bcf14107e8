package io.dmstestkit.benchmarks;

/**
 * How many DescribeReplications a lifecycle makes before each milestone. The simulator decides it (it
 * depends on the timings and on how many status changes there are); the static floor replays it, so every
 * variant of {@link LifecycleBenchmark} makes the same calls.
 *
 * @param pollsUntilLoaded describes from start until running and 100 % loaded, the last one included
 * @param pollsUntilStopped describes from stop until stopped, the last one included
 */
record LifecycleShape(int pollsUntilLoaded, int pollsUntilStopped) {

    /**
     * The calls that are not polls: two CreateEndpoint, CreateReplicationConfig, StartReplication,
     * StopReplication, DeleteReplicationConfig and two DeleteEndpoint.
     */
    static final int COMMANDS = 8;

    LifecycleShape {
        if (pollsUntilLoaded < 1 || pollsUntilStopped < 1) {
            throw new IllegalArgumentException("a lifecycle polls at least once per milestone");
        }
    }

    /** Every SDK call of one lifecycle. */
    int calls() {
        return COMMANDS + pollsUntilLoaded + pollsUntilStopped;
    }

    int polls(Milestone milestone) {
        return milestone == Milestone.LOADED ? pollsUntilLoaded : pollsUntilStopped;
    }
}
