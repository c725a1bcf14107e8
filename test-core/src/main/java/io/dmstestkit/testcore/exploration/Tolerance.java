package io.dmstestkit.testcore.exploration;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a test declares it tolerates: a case with one of {@code faults} staged may fail the test, as long
 * as the failure is (or is caused by) a {@code surfacing} exception. Such a case counts as tolerated.
 *
 * <pre>{@code
 * new Tolerance(Set.of(ExploredFault.ACCESS_DENIED), PermissionDeniedException.class)
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public record Tolerance(Set<ExploredFault> faults, Class<? extends Throwable> surfacing) {

    public Tolerance {
        faults = Set.copyOf(faults);
    }

    /** Whether {@code failure} of the run of {@code kase} is tolerated. */
    public boolean tolerates(ExplorationCase kase, Throwable failure) {
        if (kase.faults().stream().noneMatch(f -> faults.contains(f.fault()))) {
            return false;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (surfacing.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
