package io.dmstestkit.simulator;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How long the simulated DMS takes for each step, in virtual time. The defaults are plausible for a
 * small serverless replication (about 15 minutes from start to running, as users report); tests that
 * care set their own.
 *
 * <pre>{@code
 * Timings quick = Timings.defaults().withFullLoadRowsPerSecond(1_000_000);
 * Timings custom = Timings.builder().stopping(Duration.ofSeconds(5)).parallelTables(4).build();
 * }</pre>
 *
 * <p>Built only through {@link #defaults()}, {@link #fast()}, {@link #builder()} and the {@code with…}
 * methods, so new timings can be added without breaking callers.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Timings {

    private final Map<String, Duration> startupPhases;
    private final Duration stopping;
    private final long fullLoadRowsPerSecond;
    private final Duration tableSetup;
    private final int parallelTables;
    private final Duration cdcCatchUp;
    private final Duration cdcLatencyAfterFullLoad;
    private final Duration cdcSteadyLatency;
    private final Duration deprovisionAfterStop;
    private final Duration deprovisioning;
    private final Duration dataMigrationStartup;
    private final Duration taskCreating;
    private final Duration taskStartup;
    private final Duration taskDeleting;
    private final Duration connectionTest;
    private final Duration schemaConversionQueued;
    private final Duration schemaConversionPerObject;
    private final Duration schemaConversionCanceling;

    private Timings(Builder b) {
        this.startupPhases = Collections.unmodifiableMap(new LinkedHashMap<>(b.startupPhases));
        this.stopping = b.stopping;
        this.fullLoadRowsPerSecond = b.fullLoadRowsPerSecond;
        this.tableSetup = b.tableSetup;
        this.parallelTables = b.parallelTables;
        this.cdcCatchUp = b.cdcCatchUp;
        this.cdcLatencyAfterFullLoad = b.cdcLatencyAfterFullLoad;
        this.cdcSteadyLatency = b.cdcSteadyLatency;
        this.deprovisionAfterStop = b.deprovisionAfterStop;
        this.deprovisioning = b.deprovisioning;
        this.dataMigrationStartup = b.dataMigrationStartup;
        this.taskCreating = b.taskCreating;
        this.taskStartup = b.taskStartup;
        this.taskDeleting = b.taskDeleting;
        this.connectionTest = b.connectionTest;
        this.schemaConversionQueued = b.schemaConversionQueued;
        this.schemaConversionPerObject = b.schemaConversionPerObject;
        this.schemaConversionCanceling = b.schemaConversionCanceling;
        startupPhases.forEach((phase, duration) -> requireNotNegative(phase, duration));
        requireNotNegative("stopping", stopping);
        requireNotNegative("tableSetup", tableSetup);
        requireNotNegative("cdcCatchUp", cdcCatchUp);
        requireNotNegative("cdcLatencyAfterFullLoad", cdcLatencyAfterFullLoad);
        requireNotNegative("cdcSteadyLatency", cdcSteadyLatency);
        requireNotNegative("deprovisionAfterStop", deprovisionAfterStop);
        requireNotNegative("deprovisioning", deprovisioning);
        requireNotNegative("dataMigrationStartup", dataMigrationStartup);
        requireNotNegative("taskCreating", taskCreating);
        requireNotNegative("taskStartup", taskStartup);
        requireNotNegative("taskDeleting", taskDeleting);
        requireNotNegative("connectionTest", connectionTest);
        requireNotNegative("schemaConversionQueued", schemaConversionQueued);
        requireNotNegative("schemaConversionPerObject", schemaConversionPerObject);
        requireNotNegative("schemaConversionCanceling", schemaConversionCanceling);
        if (fullLoadRowsPerSecond <= 0) {
            throw new IllegalArgumentException("fullLoadRowsPerSecond must be positive");
        }
        if (parallelTables <= 0) {
            throw new IllegalArgumentException("parallelTables must be positive");
        }
    }

    private static void requireNotNegative(String name, Duration duration) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, was " + duration);
        }
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return defaults().toBuilder();
    }

    /** A builder starting from these timings. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.startupPhases = startupPhases;
        b.stopping = stopping;
        b.fullLoadRowsPerSecond = fullLoadRowsPerSecond;
        b.tableSetup = tableSetup;
        b.parallelTables = parallelTables;
        b.cdcCatchUp = cdcCatchUp;
        b.cdcLatencyAfterFullLoad = cdcLatencyAfterFullLoad;
        b.cdcSteadyLatency = cdcSteadyLatency;
        b.deprovisionAfterStop = deprovisionAfterStop;
        b.deprovisioning = deprovisioning;
        b.dataMigrationStartup = dataMigrationStartup;
        b.taskCreating = taskCreating;
        b.taskStartup = taskStartup;
        b.taskDeleting = taskDeleting;
        b.connectionTest = connectionTest;
        b.schemaConversionQueued = schemaConversionQueued;
        b.schemaConversionPerObject = schemaConversionPerObject;
        b.schemaConversionCanceling = schemaConversionCanceling;
        return b;
    }

    /** Plausible defaults for a small serverless replication. */
    public static Timings defaults() {
        Map<String, Duration> phases = new LinkedHashMap<>();
        phases.put("initializing", Duration.ofSeconds(10));
        phases.put("preparing_metadata_resources", Duration.ofSeconds(30));
        phases.put("testing_connection", Duration.ofSeconds(30));
        phases.put("fetching_metadata", Duration.ofSeconds(30));
        phases.put("calculating_capacity", Duration.ofSeconds(60));
        phases.put("provisioning_capacity", Duration.ofMinutes(10));
        phases.put("replication_starting", Duration.ofSeconds(60));
        Builder b = new Builder();
        b.startupPhases = phases;
        return b.stopping(Duration.ofSeconds(30))
                .fullLoadRowsPerSecond(50_000)
                .tableSetup(Duration.ofSeconds(5))
                .parallelTables(8)
                .cdcCatchUp(Duration.ofMinutes(2))
                .cdcLatencyAfterFullLoad(Duration.ofSeconds(60))
                .cdcSteadyLatency(Duration.ofSeconds(1))
                .deprovisionAfterStop(Duration.ofHours(48))
                .deprovisioning(Duration.ofMinutes(5))
                .dataMigrationStartup(Duration.ofSeconds(30))
                .taskCreating(Duration.ofSeconds(30))
                .taskStartup(Duration.ofSeconds(60))
                .taskDeleting(Duration.ofSeconds(30))
                .connectionTest(Duration.ofSeconds(5))
                .schemaConversionQueued(Duration.ofSeconds(10))
                .schemaConversionPerObject(Duration.ofSeconds(5))
                .schemaConversionCanceling(Duration.ofSeconds(10))
                .build();
    }

    /** Timings where every status change takes one second: for tests that only care about the order. */
    public static Timings fast() {
        Map<String, Duration> phases = new LinkedHashMap<>();
        defaults().startupPhases().keySet().forEach(phase -> phases.put(phase, Duration.ofSeconds(1)));
        return builder()
                .startupPhases(phases)
                .stopping(Duration.ofSeconds(1))
                .fullLoadRowsPerSecond(1_000_000)
                .tableSetup(Duration.ofSeconds(1))
                .parallelTables(8)
                .cdcCatchUp(Duration.ofSeconds(5))
                .cdcLatencyAfterFullLoad(Duration.ofSeconds(5))
                .cdcSteadyLatency(Duration.ofSeconds(1))
                .deprovisionAfterStop(Duration.ofHours(48))
                .deprovisioning(Duration.ofSeconds(1))
                .dataMigrationStartup(Duration.ofSeconds(1))
                .taskCreating(Duration.ofSeconds(1))
                .taskStartup(Duration.ofSeconds(1))
                .taskDeleting(Duration.ofSeconds(1))
                .connectionTest(Duration.ofSeconds(1))
                .schemaConversionQueued(Duration.ofSeconds(1))
                .schemaConversionPerObject(Duration.ofSeconds(1))
                .schemaConversionCanceling(Duration.ofSeconds(1))
                .build();
    }

    /** These timings with another full-load speed. */
    public Timings withFullLoadRowsPerSecond(long rowsPerSecond) {
        return toBuilder().fullLoadRowsPerSecond(rowsPerSecond).build();
    }

    /** These timings with another duration for one startup phase (a status name such as {@code provisioning_capacity}). */
    public Timings withStartupPhase(String status, Duration duration) {
        if (!startupPhases.containsKey(status)) {
            throw new IllegalArgumentException(
                    "unknown startup phase '" + status + "', known: " + startupPhases.keySet());
        }
        Map<String, Duration> phases = new LinkedHashMap<>(startupPhases);
        phases.put(status, duration);
        return toBuilder().startupPhases(phases).build();
    }

    /** Total time of the startup phases, provisioning included. */
    public Duration startupTotal() {
        return startupPhases.values().stream().reduce(Duration.ZERO, Duration::plus);
    }

    /** How long a serverless replication stays in each status before {@code running}, in order; phases named {@code calculating_capacity}/{@code provisioning_capacity} are skipped when capacity is still provisioned from an earlier run. */
    public Map<String, Duration> startupPhases() {
        return startupPhases;
    }

    /** How long {@code stopping} lasts before {@code stopped}. */
    public Duration stopping() {
        return stopping;
    }

    /** Rows per second one table loads at. */
    public long fullLoadRowsPerSecond() {
        return fullLoadRowsPerSecond;
    }

    /** Fixed time per table before rows flow (create table, metadata). */
    public Duration tableSetup() {
        return tableSetup;
    }

    /** How many tables load at once (DMS {@code MaxFullLoadSubTasks}, default 8). */
    public int parallelTables() {
        return parallelTables;
    }

    /** Time after the full load during which cached changes are applied and latency falls. */
    public Duration cdcCatchUp() {
        return cdcCatchUp;
    }

    /** CDC latency right when the full load finishes. */
    public Duration cdcLatencyAfterFullLoad() {
        return cdcLatencyAfterFullLoad;
    }

    /** CDC latency once caught up. */
    public Duration cdcSteadyLatency() {
        return cdcSteadyLatency;
    }

    /** When capacity is released after a stop (real DMS: about 48 hours). */
    public Duration deprovisionAfterStop() {
        return deprovisionAfterStop;
    }

    /** How long {@code deprovisioning} lasts. */
    public Duration deprovisioning() {
        return deprovisioning;
    }

    /** How long a data migration stays {@code STARTING}. */
    public Duration dataMigrationStartup() {
        return dataMigrationStartup;
    }

    /** How long a new replication task stays {@code creating} before it is {@code ready} (default 30 s). */
    public Duration taskCreating() {
        return taskCreating;
    }

    /** How long a replication task stays {@code starting} before it is {@code running} (default 60 s). */
    public Duration taskStartup() {
        return taskStartup;
    }

    /**
     * How long a deleted replication task stays {@code deleting} before it is gone, DescribeReplicationTasks
     * then answering ResourceNotFoundFault (default 30 s).
     */
    public Duration taskDeleting() {
        return taskDeleting;
    }

    /** How long TestConnection stays {@code testing}. */
    public Duration connectionTest() {
        return connectionTest;
    }

    /** How long a schema-conversion request (import, assessment, conversion, export…) stays {@code RECEIVED} before {@code IN_PROGRESS}. */
    public Duration schemaConversionQueued() {
        return schemaConversionQueued;
    }

    /** How long a schema-conversion request works on each metadata object it selects (a schema, a table), while {@code IN_PROGRESS}. */
    public Duration schemaConversionPerObject() {
        return schemaConversionPerObject;
    }

    /** How long a canceled schema-conversion request stays {@code CANCELING} before {@code CANCELED}. */
    public Duration schemaConversionCanceling() {
        return schemaConversionCanceling;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Timings that
                && startupPhases.equals(that.startupPhases)
                && stopping.equals(that.stopping)
                && fullLoadRowsPerSecond == that.fullLoadRowsPerSecond
                && tableSetup.equals(that.tableSetup)
                && parallelTables == that.parallelTables
                && cdcCatchUp.equals(that.cdcCatchUp)
                && cdcLatencyAfterFullLoad.equals(that.cdcLatencyAfterFullLoad)
                && cdcSteadyLatency.equals(that.cdcSteadyLatency)
                && deprovisionAfterStop.equals(that.deprovisionAfterStop)
                && deprovisioning.equals(that.deprovisioning)
                && dataMigrationStartup.equals(that.dataMigrationStartup)
                && taskCreating.equals(that.taskCreating)
                && taskStartup.equals(that.taskStartup)
                && taskDeleting.equals(that.taskDeleting)
                && connectionTest.equals(that.connectionTest)
                && schemaConversionQueued.equals(that.schemaConversionQueued)
                && schemaConversionPerObject.equals(that.schemaConversionPerObject)
                && schemaConversionCanceling.equals(that.schemaConversionCanceling);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                startupPhases,
                stopping,
                fullLoadRowsPerSecond,
                tableSetup,
                parallelTables,
                cdcCatchUp,
                cdcLatencyAfterFullLoad,
                cdcSteadyLatency,
                deprovisionAfterStop,
                deprovisioning,
                dataMigrationStartup,
                taskCreating,
                taskStartup,
                taskDeleting,
                connectionTest,
                schemaConversionQueued,
                schemaConversionPerObject,
                schemaConversionCanceling);
    }

    @Override
    public String toString() {
        return "Timings["
                + "startupPhases=" + startupPhases
                + ", stopping=" + stopping
                + ", fullLoadRowsPerSecond=" + fullLoadRowsPerSecond
                + ", tableSetup=" + tableSetup
                + ", parallelTables=" + parallelTables
                + ", cdcCatchUp=" + cdcCatchUp
                + ", cdcLatencyAfterFullLoad=" + cdcLatencyAfterFullLoad
                + ", cdcSteadyLatency=" + cdcSteadyLatency
                + ", deprovisionAfterStop=" + deprovisionAfterStop
                + ", deprovisioning=" + deprovisioning
                + ", dataMigrationStartup=" + dataMigrationStartup
                + ", taskCreating=" + taskCreating
                + ", taskStartup=" + taskStartup
                + ", taskDeleting=" + taskDeleting
                + ", connectionTest=" + connectionTest
                + ", schemaConversionQueued=" + schemaConversionQueued
                + ", schemaConversionPerObject=" + schemaConversionPerObject
                + ", schemaConversionCanceling=" + schemaConversionCanceling
                + "]";
    }

    /**
     * Builds {@link Timings}; every value starts as in the timings it came from ({@link #builder()}: the
     * defaults). Values are checked by {@link #build()}.
     */
    public static final class Builder {
        private Map<String, Duration> startupPhases;
        private Duration stopping;
        private long fullLoadRowsPerSecond;
        private Duration tableSetup;
        private int parallelTables;
        private Duration cdcCatchUp;
        private Duration cdcLatencyAfterFullLoad;
        private Duration cdcSteadyLatency;
        private Duration deprovisionAfterStop;
        private Duration deprovisioning;
        private Duration dataMigrationStartup;
        private Duration taskCreating = Duration.ofSeconds(30);
        private Duration taskStartup = Duration.ofSeconds(60);
        private Duration taskDeleting = Duration.ofSeconds(30);
        private Duration connectionTest;
        private Duration schemaConversionQueued;
        private Duration schemaConversionPerObject;
        private Duration schemaConversionCanceling;

        private Builder() {}

        /** How long a serverless replication stays in each status before {@code running}, in order; phases named {@code calculating_capacity}/{@code provisioning_capacity} are skipped when capacity is still provisioned from an earlier run. */
        public Builder startupPhases(Map<String, Duration> startupPhases) {
            this.startupPhases = new LinkedHashMap<>(startupPhases);
            return this;
        }

        /** How long {@code stopping} lasts before {@code stopped}. */
        public Builder stopping(Duration stopping) {
            this.stopping = stopping;
            return this;
        }

        /** Rows per second one table loads at. */
        public Builder fullLoadRowsPerSecond(long fullLoadRowsPerSecond) {
            this.fullLoadRowsPerSecond = fullLoadRowsPerSecond;
            return this;
        }

        /** Fixed time per table before rows flow (create table, metadata). */
        public Builder tableSetup(Duration tableSetup) {
            this.tableSetup = tableSetup;
            return this;
        }

        /** How many tables load at once (DMS {@code MaxFullLoadSubTasks}, default 8). */
        public Builder parallelTables(int parallelTables) {
            this.parallelTables = parallelTables;
            return this;
        }

        /** Time after the full load during which cached changes are applied and latency falls. */
        public Builder cdcCatchUp(Duration cdcCatchUp) {
            this.cdcCatchUp = cdcCatchUp;
            return this;
        }

        /** CDC latency right when the full load finishes. */
        public Builder cdcLatencyAfterFullLoad(Duration cdcLatencyAfterFullLoad) {
            this.cdcLatencyAfterFullLoad = cdcLatencyAfterFullLoad;
            return this;
        }

        /** CDC latency once caught up. */
        public Builder cdcSteadyLatency(Duration cdcSteadyLatency) {
            this.cdcSteadyLatency = cdcSteadyLatency;
            return this;
        }

        /** When capacity is released after a stop (real DMS: about 48 hours). */
        public Builder deprovisionAfterStop(Duration deprovisionAfterStop) {
            this.deprovisionAfterStop = deprovisionAfterStop;
            return this;
        }

        /** How long {@code deprovisioning} lasts. */
        public Builder deprovisioning(Duration deprovisioning) {
            this.deprovisioning = deprovisioning;
            return this;
        }

        /** How long a data migration stays {@code STARTING}. */
        public Builder dataMigrationStartup(Duration dataMigrationStartup) {
            this.dataMigrationStartup = dataMigrationStartup;
            return this;
        }

        /** How long a new replication task stays {@code creating}. */
        public Builder taskCreating(Duration taskCreating) {
            this.taskCreating = taskCreating;
            return this;
        }

        /** How long a replication task stays {@code starting}. */
        public Builder taskStartup(Duration taskStartup) {
            this.taskStartup = taskStartup;
            return this;
        }

        /** How long a deleted replication task stays {@code deleting} before it is gone. */
        public Builder taskDeleting(Duration taskDeleting) {
            this.taskDeleting = taskDeleting;
            return this;
        }

        /** How long TestConnection stays {@code testing}. */
        public Builder connectionTest(Duration connectionTest) {
            this.connectionTest = connectionTest;
            return this;
        }

        /** How long a schema-conversion request (import, assessment, conversion, export…) stays {@code RECEIVED} before {@code IN_PROGRESS}. */
        public Builder schemaConversionQueued(Duration schemaConversionQueued) {
            this.schemaConversionQueued = schemaConversionQueued;
            return this;
        }

        /** How long a schema-conversion request works on each metadata object it selects (a schema, a table), while {@code IN_PROGRESS}. */
        public Builder schemaConversionPerObject(Duration schemaConversionPerObject) {
            this.schemaConversionPerObject = schemaConversionPerObject;
            return this;
        }

        /** How long a canceled schema-conversion request stays {@code CANCELING} before {@code CANCELED}. */
        public Builder schemaConversionCanceling(Duration schemaConversionCanceling) {
            this.schemaConversionCanceling = schemaConversionCanceling;
            return this;
        }

        public Timings build() {
            return new Timings(this);
        }
    }
}
