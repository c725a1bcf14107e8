package io.dmstestkit.simulator;

import java.time.Duration;
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
 * }</pre>
 *
 * @param startupPhases how long a serverless replication stays in each status before {@code running},
 *     in order; phases named {@code calculating_capacity}/{@code provisioning_capacity} are skipped when
 *     capacity is still provisioned from an earlier run
 * @param stopping how long {@code stopping} lasts before {@code stopped}
 * @param fullLoadRowsPerSecond rows per second one table loads at
 * @param tableSetup fixed time per table before rows flow (create table, metadata)
 * @param parallelTables how many tables load at once (DMS {@code MaxFullLoadSubTasks}, default 8)
 * @param cdcCatchUp time after the full load during which cached changes are applied and latency falls
 * @param cdcLatencyAfterFullLoad CDC latency right when the full load finishes
 * @param cdcSteadyLatency CDC latency once caught up
 * @param deprovisionAfterStop when capacity is released after a stop (real DMS: about 48 hours)
 * @param deprovisioning how long {@code deprovisioning} lasts
 * @param dataMigrationStartup how long a data migration stays {@code STARTING}
 * @param connectionTest how long TestConnection stays {@code testing}
 */
@API(status = API.Status.EXPERIMENTAL)
public record Timings(
        Map<String, Duration> startupPhases,
        Duration stopping,
        long fullLoadRowsPerSecond,
        Duration tableSetup,
        int parallelTables,
        Duration cdcCatchUp,
        Duration cdcLatencyAfterFullLoad,
        Duration cdcSteadyLatency,
        Duration deprovisionAfterStop,
        Duration deprovisioning,
        Duration dataMigrationStartup,
        Duration connectionTest) {

    public Timings {
        startupPhases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(startupPhases));
        startupPhases.forEach((phase, duration) -> requireNotNegative(phase, duration));
        requireNotNegative("stopping", stopping);
        requireNotNegative("tableSetup", tableSetup);
        requireNotNegative("cdcCatchUp", cdcCatchUp);
        requireNotNegative("cdcLatencyAfterFullLoad", cdcLatencyAfterFullLoad);
        requireNotNegative("cdcSteadyLatency", cdcSteadyLatency);
        requireNotNegative("deprovisionAfterStop", deprovisionAfterStop);
        requireNotNegative("deprovisioning", deprovisioning);
        requireNotNegative("dataMigrationStartup", dataMigrationStartup);
        requireNotNegative("connectionTest", connectionTest);
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
        return new Timings(
                phases,
                Duration.ofSeconds(30),
                50_000,
                Duration.ofSeconds(5),
                8,
                Duration.ofMinutes(2),
                Duration.ofSeconds(60),
                Duration.ofSeconds(1),
                Duration.ofHours(48),
                Duration.ofMinutes(5),
                Duration.ofSeconds(30),
                Duration.ofSeconds(5));
    }

    /** Timings where every status change takes one second: for tests that only care about the order. */
    public static Timings fast() {
        Map<String, Duration> phases = new LinkedHashMap<>();
        defaults().startupPhases().keySet().forEach(phase -> phases.put(phase, Duration.ofSeconds(1)));
        return new Timings(
                phases,
                Duration.ofSeconds(1),
                1_000_000,
                Duration.ofSeconds(1),
                8,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                Duration.ofSeconds(1),
                Duration.ofHours(48),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1));
    }

    /** These timings with another full-load speed. */
    public Timings withFullLoadRowsPerSecond(long rowsPerSecond) {
        return new Timings(
                startupPhases,
                stopping,
                rowsPerSecond,
                tableSetup,
                parallelTables,
                cdcCatchUp,
                cdcLatencyAfterFullLoad,
                cdcSteadyLatency,
                deprovisionAfterStop,
                deprovisioning,
                dataMigrationStartup,
                connectionTest);
    }

    /** These timings with another duration for one startup phase (a status name such as {@code provisioning_capacity}). */
    public Timings withStartupPhase(String status, Duration duration) {
        if (!startupPhases.containsKey(status)) {
            throw new IllegalArgumentException(
                    "unknown startup phase '" + status + "', known: " + startupPhases.keySet());
        }
        Map<String, Duration> phases = new LinkedHashMap<>(startupPhases);
        phases.put(status, duration);
        return new Timings(
                phases,
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
                connectionTest);
    }

    /** Total time of the startup phases, provisioning included. */
    public Duration startupTotal() {
        return startupPhases.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
