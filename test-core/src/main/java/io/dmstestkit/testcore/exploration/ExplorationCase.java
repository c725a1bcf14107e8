package io.dmstestkit.testcore.exploration;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * One run of an exploration: the faults staged in it (one, or two for pairs), or none for the clean run.
 * A test asks for it to adjust its expectation to the fault that is active.
 *
 * <pre>{@code
 * @DmsFaultExploration
 * void cuts_over(DatabaseMigrationClient dms, ExplorationCase active) {
 *     if (active.has(ExploredFault.ACCESS_DENIED)) { ... }
 * }
 * }</pre>
 *
 * @param faults the faults staged, in the order of their call sites; empty for the clean run
 */
@API(status = API.Status.EXPERIMENTAL)
public record ExplorationCase(List<FaultAtSite> faults) {

    /** The clean run: no fault staged. */
    public static final ExplorationCase CLEAN = new ExplorationCase(List.of());

    public ExplorationCase {
        faults = List.copyOf(faults);
    }

    public static ExplorationCase of(FaultAtSite... faults) {
        return new ExplorationCase(List.of(faults));
    }

    public boolean isClean() {
        return faults.isEmpty();
    }

    /** Whether any staged fault is one of {@code kinds}. */
    public boolean has(ExploredFault... kinds) {
        return faults.stream().anyMatch(f -> List.of(kinds).contains(f.fault()));
    }

    /** The single fault of a one-fault case. */
    public Optional<FaultAtSite> single() {
        return faults.size() == 1 ? Optional.of(faults.get(0)) : Optional.empty();
    }

    /** A name for test listings: {@code FailedDependency at #4 DescribeReplications orders}, or {@code clean run}. */
    public String describe() {
        return isClean()
                ? "clean run"
                : faults.stream().map(FaultAtSite::describe).collect(Collectors.joining(" + "));
    }

    @Override
    public String toString() {
        return describe();
    }
}
