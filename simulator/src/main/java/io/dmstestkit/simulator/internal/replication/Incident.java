package io.dmstestkit.simulator.internal.replication;

import io.dmstestkit.simulator.TableSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Something going wrong in a serverless replication, planned ahead so that a test can watch DMS fail
 * deterministically. Attach one with {@link Replications#attachIncident}: it joins the current run when it
 * can still happen there, otherwise it waits for the first later run in which it can (a failure at 40%
 * waits for a run that loads past 40%; a provisioning failure for a run that provisions capacity).
 * History already seen never changes: an incident whose time has passed happens at once.
 *
 * <pre>{@code
 * Replications.attachIncident(account, "orders-cdc",
 *     new Incident.FailAtPercent(40, Incident.Severity.FATAL, "ORA-01555: snapshot too old"), now);
 * }</pre>
 */
public sealed interface Incident {

    /** How bad a failure is: which stop reason it reports and how the replication may be restarted. */
    enum Severity {
        /** {@code Stop Reason FATAL_ERROR}: only reload-target starts the replication again. */
        FATAL(StopReason.FATAL_ERROR),
        /** {@code Stop Reason RECOVERABLE_ERROR}: resume-processing continues where it failed. */
        RECOVERABLE(StopReason.RECOVERABLE_ERROR);

        private final StopReason stopReason;

        Severity(StopReason stopReason) {
            this.stopReason = stopReason;
        }

        public StopReason stopReason() {
            return stopReason;
        }
    }

    /**
     * When this incident happens in a run planned as {@code run}, which it joins at {@code from} (the run's
     * start, or the moment it is attached to a run under way); empty when it cannot happen in that run.
     */
    Optional<Instant> triggerIn(RunMoments run, Instant from);

    /** An incident that ends the run with status {@code failed}. */
    sealed interface RunFailure extends Incident {
        StopReason stopReason();

        String message();
    }

    /** The run fails when its full load reaches {@code percent} (0–100). */
    record FailAtPercent(int percent, Severity severity, String message) implements RunFailure {
        public FailAtPercent {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("percent must be 0 to 100, was " + percent);
            }
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public StopReason stopReason() {
            return severity.stopReason();
        }

        @Override
        public Optional<Instant> triggerIn(RunMoments run, Instant from) {
            return run.timeAtPercent(percent).filter(at -> !at.isBefore(from));
        }
    }

    /** The run going at virtual time {@code at} fails then. */
    record FailAt(Instant at, Severity severity, String message) implements RunFailure {
        public FailAt {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public StopReason stopReason() {
            return severity.stopReason();
        }

        @Override
        public Optional<Instant> triggerIn(RunMoments run, Instant from) {
            return Optional.of(RunPlan.latest(at, from));
        }
    }

    /**
     * Capacity provisioning fails: the run goes from {@code provisioning_capacity} to {@code failed}
     * ({@code Stop Reason RECOVERABLE_ERROR}: starting again provisions again).
     */
    record ProvisioningFailure(String message) implements RunFailure {
        public ProvisioningFailure {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public StopReason stopReason() {
            return StopReason.RECOVERABLE_ERROR;
        }

        @Override
        public Optional<Instant> triggerIn(RunMoments run, Instant from) {
            return run.provisioningEnds().filter(at -> !at.isBefore(from));
        }
    }

    /** One table goes to {@code Table error} at {@code at}; the run goes on and counts it in TablesErrored. */
    record TableError(String schema, String table, Instant at, String message) implements Incident {
        public TableError {
            Objects.requireNonNull(schema, "schema");
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public Optional<Instant> triggerIn(RunMoments run, Instant from) {
            return run.selects(schema, table) ? Optional.of(RunPlan.latest(at, from)) : Optional.empty();
        }

        boolean concerns(TableSpec spec) {
            return spec.schema().equalsIgnoreCase(schema) && spec.name().equalsIgnoreCase(table);
        }
    }

    /** CDC latency is at least {@code latency} from {@code from} for {@code duration}. */
    record LatencySpike(Instant from, Duration duration, Duration latency) implements Incident {
        public LatencySpike {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(latency, "latency");
        }

        /** When the spike is over. */
        public Instant until() {
            return from.plus(duration);
        }

        @Override
        public Optional<Instant> triggerIn(RunMoments run, Instant from) {
            return until().isAfter(from) ? Optional.of(RunPlan.latest(this.from, from)) : Optional.empty();
        }
    }
}
