package io.dmstestkit.dsl.internal;

import io.dmstestkit.dsl.DmsTarget.Capability;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Finds the steps of a scenario (includes too) that need something a target cannot do. */
public final class Capabilities {

    private Capabilities() {}

    public static Optional<Capability> needed(Step step) {
        if (step instanceof Step.Advance) {
            return Optional.of(Capability.CLOCK);
        }
        if (step instanceof Step.ArmFault || step instanceof Step.DisarmFaults) {
            return Optional.of(Capability.FAULTS);
        }
        if (step instanceof Step.Fail
                || step instanceof Step.TableError
                || step instanceof Step.LatencySpike
                || step instanceof Step.ProvisioningFails
                || step instanceof Step.ConversionFails
                || step instanceof Step.AssessmentReports) {
            return Optional.of(Capability.INCIDENTS);
        }
        if (step instanceof Step.ExpectCalls) {
            return Optional.of(Capability.JOURNAL);
        }
        return Optional.empty();
    }

    /** Descriptions ("file:line step") of the steps the target cannot run, in order. */
    public static List<String> unsupported(Scenario scenario, Set<Capability> available) {
        List<String> found = new ArrayList<>();
        for (Step step : scenario.steps()) {
            if (step instanceof Step.Include include) {
                found.addAll(unsupported(include.included(), available));
            }
            needed(step)
                    .filter(c -> !available.contains(c))
                    .ifPresent(c -> found.add(step.source() + "  " + step.describe() + "  (needs "
                            + c.name().toLowerCase() + ")"));
        }
        return found;
    }
}
