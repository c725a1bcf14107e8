package io.dmstestkit.simulator.internal.datamigration;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Something that goes wrong during a data migration run: injected by tests (through the fault API) to
 * see how their code copes. An incident is armed on a data migration and strikes the first run during
 * which its moment comes while the run is {@code STARTING} or {@code RUNNING}; a stop that ends the run
 * before that moment re-arms it for the next run. Its effects are part of the run's immutable plan, so
 * reading the migration at any virtual time gives the same answer.
 *
 * <pre>{@code
 * DataMigrations.attach(account, "orders-migration",
 *     Incident.failAtPercent(40, Incident.Severity.FATAL_ERROR, "ORA-01555: snapshot too old"), now);
 * }</pre>
 */
public sealed interface Incident {

    /** How bad a failure is; both end the run with status {@code FAILED}, they differ in {@code StopReason}. */
    enum Severity {
        /** An error DMS cannot recover from by itself. */
        FATAL_ERROR,
        /** An error a resume is expected to get past (e.g. a lost connection). */
        RECOVERABLE_ERROR;

        /** The {@code StopReason} DMS reports, e.g. {@code Stop Reason FATAL_ERROR}. */
        public String stopReason() {
            return "Stop Reason " + name();
        }
    }

    /** An incident that ends the run with status {@code FAILED}. */
    sealed interface Failure extends Incident {
        Severity severity();

        /** Becomes the data migration's {@code LastFailureMessage}. */
        String message();
    }

    /** The run fails when its full load reaches {@code percent} (0–99); runs without a full load are spared. */
    record FailAtPercent(int percent, Severity severity, String message) implements Failure {
        public FailAtPercent {
            if (percent < 0 || percent > 99) {
                throw new IllegalArgumentException("percent must be 0 to 99 (at 100 the load is over), was " + percent);
            }
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
        }
    }

    /** The run fails at virtual time {@code at}, or as soon as a run is active after it. */
    record FailAt(Instant at, Severity severity, String message) implements Failure {
        public FailAt {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * One table fails to load (counted in {@code TablesErrored}, its message becomes the
     * {@code LastFailureMessage}); the others go on. Strikes when the table's rows start to flow.
     *
     * @param table {@code schema.table}, matched case-insensitively
     */
    record TableError(String table, String message) implements Incident {
        public TableError {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(message, "message");
        }
    }

    /** CDC latency is at least {@code latency} from {@code at} for {@code lasting} (visible once CDC runs). */
    record LatencySpike(Instant at, Duration latency, Duration lasting) implements Incident {
        public LatencySpike {
            Objects.requireNonNull(at, "at");
            if (latency.isNegative() || lasting.isNegative() || lasting.isZero()) {
                throw new IllegalArgumentException("latency must not be negative and lasting must be positive");
            }
        }
    }

    static Incident failAtPercent(int percent, Severity severity, String message) {
        return new FailAtPercent(percent, severity, message);
    }

    static Incident failAt(Instant at, Severity severity, String message) {
        return new FailAt(at, severity, message);
    }

    static Incident tableError(String table, String message) {
        return new TableError(table, message);
    }

    static Incident latencySpike(Instant at, Duration latency, Duration lasting) {
        return new LatencySpike(at, latency, lasting);
    }
}
