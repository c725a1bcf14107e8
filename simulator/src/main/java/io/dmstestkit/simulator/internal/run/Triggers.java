package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.TableSpec;
import java.time.Instant;
import java.util.Optional;

/**
 * How each {@link DmsIncident} meets a run, for every kind of run alike: when it happens in a planned run,
 * and how a failure ends it.
 *
 * <ul>
 *   <li>{@code failAtPercent}: when the run's full load first reaches the percentage; never in a run that
 *       loads nothing, or whose load had already passed it when the run (or the incident) began.
 *   <li>{@code failAt}, {@code tableError}, {@code latencySpike}: at their time, or at once when that time
 *       has passed; a table error only in a run selecting the table, a spike only while it lasts.
 *   <li>{@code provisioningFailure}: when the run's capacity provisioning would complete; never in a run
 *       that reuses capacity or provisions none.
 * </ul>
 *
 * <p>A failure ends the run with {@code failed}: {@code Stop Reason FATAL_ERROR} or
 * {@code RECOVERABLE_ERROR} by its severity; a provisioning failure is recoverable (starting again
 * provisions again).
 */
final class Triggers {

    /** How a failure ends a run. */
    record Failure(StopReason reason, String message) {}

    private Triggers() {}

    /**
     * When {@code incident} happens in a run planned as {@code plan}, which it joins at {@code from} (the
     * run's start, or the moment it is planned on a run under way); empty when it cannot happen there.
     */
    static Optional<Instant> triggerIn(DmsIncident incident, RunPlan plan, Instant from) {
        if (incident instanceof DmsIncident.FailAtPercent fail) {
            return plan.load().timeAtPercent(fail.percent()).filter(at -> !at.isBefore(from));
        }
        if (incident instanceof DmsIncident.FailAt fail) {
            return Optional.of(RunPlan.latest(fail.at(), from));
        }
        if (incident instanceof DmsIncident.ProvisioningFailure) {
            return plan.provisioningEnds().filter(at -> !at.isBefore(from));
        }
        if (incident instanceof DmsIncident.TableError error) {
            return plan.load().selects(table(error)) ? Optional.of(RunPlan.latest(error.at(), from)) : Optional.empty();
        }
        DmsIncident.LatencySpike spike = (DmsIncident.LatencySpike) incident;
        return spike.until().isAfter(from) ? Optional.of(RunPlan.latest(spike.from(), from)) : Optional.empty();
    }

    /** How the incident ends a run, if it is a failure. */
    static Optional<Failure> failure(DmsIncident incident) {
        if (incident instanceof DmsIncident.FailAtPercent fail) {
            return Optional.of(new Failure(reason(fail.severity()), fail.message()));
        }
        if (incident instanceof DmsIncident.FailAt fail) {
            return Optional.of(new Failure(reason(fail.severity()), fail.message()));
        }
        if (incident instanceof DmsIncident.ProvisioningFailure fail) {
            return Optional.of(new Failure(StopReason.RECOVERABLE_ERROR, fail.message()));
        }
        return Optional.empty();
    }

    /** The table a table error names, as a spec to compare with the selected ones. */
    static TableSpec table(DmsIncident.TableError error) {
        return TableSpec.parse(error.table(), 0);
    }

    private static StopReason reason(DmsIncident.Severity severity) {
        return severity == DmsIncident.Severity.FATAL_ERROR ? StopReason.FATAL_ERROR : StopReason.RECOVERABLE_ERROR;
    }
}
