package io.dmstestkit.testcore.exploration;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * How an exploration runs: which faults at which operations, singles or also pairs, its budget and seed.
 *
 * <pre>{@code
 * ExplorationOptions options = ExplorationOptions.defaults()
 *     .withFaults(Set.of(ExploredFault.FAILED_DEPENDENCY))
 *     .withTolerances(List.of(new Tolerance(Set.of(ExploredFault.ACCESS_DENIED), PermissionDeniedException.class)));
 * }</pre>
 *
 * @param faults the catalogue to stage (all of {@link ExploredFault} by default)
 * @param operations the operations to fault; all when empty
 * @param pairs also stage two faults per run, once every single fault passed
 * @param maxRuns the most faulted runs (0: no limit); which ones is drawn with {@code seed}
 * @param maxWallTime the wall time after which no further run starts, if any
 * @param seed orders the cases, and so picks the ones a budget keeps: same seed, same matrix
 * @param tolerances what the test may fail with under which fault
 */
@API(status = API.Status.EXPERIMENTAL)
public record ExplorationOptions(
        Set<ExploredFault> faults,
        Set<String> operations,
        boolean pairs,
        int maxRuns,
        Optional<Duration> maxWallTime,
        long seed,
        List<Tolerance> tolerances) {

    public ExplorationOptions {
        faults = faults.isEmpty() ? EnumSet.allOf(ExploredFault.class) : EnumSet.copyOf(faults);
        operations = Set.copyOf(operations);
        if (maxRuns < 0) {
            throw new IllegalArgumentException("maxRuns must not be negative (0: no limit), was " + maxRuns);
        }
        tolerances = List.copyOf(tolerances);
    }

    /** Every fault, every operation, single faults, no budget, seed 1. */
    public static ExplorationOptions defaults() {
        return new ExplorationOptions(Set.of(), Set.of(), false, 0, Optional.empty(), 1, List.of());
    }

    public ExplorationOptions withFaults(Set<ExploredFault> set) {
        return new ExplorationOptions(set, operations, pairs, maxRuns, maxWallTime, seed, tolerances);
    }

    public ExplorationOptions withOperations(Set<String> set) {
        return new ExplorationOptions(faults, set, pairs, maxRuns, maxWallTime, seed, tolerances);
    }

    public ExplorationOptions withPairs(boolean on) {
        return new ExplorationOptions(faults, operations, on, maxRuns, maxWallTime, seed, tolerances);
    }

    public ExplorationOptions withMaxRuns(int runs) {
        return new ExplorationOptions(faults, operations, pairs, runs, maxWallTime, seed, tolerances);
    }

    public ExplorationOptions withMaxWallTime(Duration time) {
        return new ExplorationOptions(faults, operations, pairs, maxRuns, Optional.of(time), seed, tolerances);
    }

    public ExplorationOptions withSeed(long value) {
        return new ExplorationOptions(faults, operations, pairs, maxRuns, maxWallTime, value, tolerances);
    }

    public ExplorationOptions withTolerances(List<Tolerance> list) {
        return new ExplorationOptions(faults, operations, pairs, maxRuns, maxWallTime, seed, list);
    }
}
