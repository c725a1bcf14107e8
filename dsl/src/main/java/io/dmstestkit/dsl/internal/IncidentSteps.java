package io.dmstestkit.dsl.internal;

import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.dsl.model.StopReason;
import io.dmstestkit.simulator.DmsIncident;
import java.time.Instant;

/** Turns a scenario's state-fault steps into the simulator's {@link DmsIncident}s, times relative to {@code now}. */
public final class IncidentSteps {

    private IncidentSteps() {}

    public static DmsIncident toIncident(Step step, Instant now) {
        if (step instanceof Step.Fail fail) {
            DmsIncident.Severity severity = fail.reason() == StopReason.RECOVERABLE_ERROR
                    ? DmsIncident.Severity.RECOVERABLE_ERROR
                    : DmsIncident.Severity.FATAL_ERROR;
            return fail.atPercent() != null
                    ? DmsIncident.failAtPercent(fail.atPercent(), severity, fail.message())
                    : DmsIncident.failAt(now.plus(fail.after()), severity, fail.message());
        }
        if (step instanceof Step.TableError error) {
            return DmsIncident.tableError(
                    error.table(),
                    now.plus(error.after()),
                    error.message() == null ? DmsIncident.DEFAULT_TABLE_ERROR_MESSAGE : error.message());
        }
        if (step instanceof Step.LatencySpike spike) {
            return DmsIncident.latencySpike(now.plus(spike.after()), spike.lasting(), spike.latency());
        }
        if (step instanceof Step.ProvisioningFails failure) {
            return DmsIncident.provisioningFailure(
                    failure.message() == null ? DmsIncident.DEFAULT_PROVISIONING_FAILURE_MESSAGE : failure.message());
        }
        if (step instanceof Step.ConversionFails conversion) {
            return DmsIncident.conversionFailure(conversion.message());
        }
        if (step instanceof Step.AssessmentReports assessment) {
            return DmsIncident.assessmentActionItems(assessment.items().toArray(String[]::new));
        }
        throw new IllegalArgumentException(step.describe() + " is not a state fault");
    }
}
