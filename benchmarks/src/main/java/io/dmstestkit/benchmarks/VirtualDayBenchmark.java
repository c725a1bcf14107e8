package io.dmstestkit.benchmarks;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.simulator.TableMappings;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/**
 * The wall time of one simulated day: a full-load-and-cdc replication of the default sample tables
 * (5.6 million rows, default timings) is started and then described every simulated 15 seconds for 24
 * simulated hours — 5,760 DescribeReplications through the real SDK client on the in-process transport —
 * then stopped and deleted.
 *
 * <p>Why: dms-testkit promises that hours of DMS run in milliseconds. A day of a monitoring loop is the
 * longest thing a test plausibly simulates, so it bounds what any test pays (target: under one second). It
 * also exposes any cost that grows with virtual time (history, CDC statistics), which a short lifecycle
 * would hide. The secondary result {@code calls} is the time per SDK call.
 */
@API(status = API.Status.INTERNAL)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class VirtualDayBenchmark {

    /** 24 hours at one describe per 15 seconds. */
    static final int POLLS = 5_760;

    static final Duration POLL_INTERVAL = Duration.ofSeconds(15);

    @Benchmark
    public String simulatedDay(Day day, CallCounter counter, Blackhole blackhole) {
        String config = day.dms
                .createReplicationConfig(r -> r.replicationConfigIdentifier("virtual-day")
                        .sourceEndpointArn(day.source)
                        .targetEndpointArn(day.target)
                        .replicationType(MigrationTypeValue.FULL_LOAD_AND_CDC)
                        .computeConfig(c -> c.maxCapacityUnits(16))
                        .tableMappings(Day.ALL_TABLES))
                .replicationConfig()
                .replicationConfigArn();
        day.dms.startReplication(r -> r.replicationConfigArn(config).startReplicationType("start-replication"));
        for (int i = 0; i < POLLS; i++) {
            day.simulator.clock().advance(POLL_INTERVAL);
            blackhole.consume(day.describe(config));
        }
        Replication running = day.describe(config);
        if (!Milestone.LOADED.reachedBy(running)) {
            throw new IllegalStateException("after a simulated day the replication is " + running.status() + " with "
                    + running.replicationStats() + ", expected running and fully loaded");
        }
        day.dms.stopReplication(r -> r.replicationConfigArn(config));
        int stopPolls = 1;
        while (!Milestone.STOPPED.reachedBy(day.describe(config))) {
            day.simulator.nextChange().ifPresent(day.simulator.clock()::advanceTo);
            stopPolls++;
        }
        day.dms.deleteReplicationConfig(r -> r.replicationConfigArn(config));
        counter.calls += POLLS + stopPolls + 5;
        return config;
    }

    /** One simulator and its endpoints for the whole trial; each day creates and deletes its config. */
    @State(Scope.Thread)
    public static class Day {
        /** Every table: the five default sample tables. */
        static final String ALL_TABLES = TableMappings.everything();

        DmsSimulator simulator;
        DatabaseMigrationClient dms;
        String source;
        String target;

        @Setup(Level.Trial)
        public void start() {
            simulator = Simulators.standard();
            dms = Clients.inProcess(simulator, Clients.ACCOUNT);
            source = dms.createEndpoint(r -> r.endpointIdentifier("day-source")
                            .endpointType("source")
                            .engineName("postgres"))
                    .endpoint()
                    .endpointArn();
            target = dms.createEndpoint(r -> r.endpointIdentifier("day-target")
                            .endpointType("target")
                            .engineName("postgres"))
                    .endpoint()
                    .endpointArn();
            BenchmarkFacts.publish(
                    "virtual-day",
                    Map.of(
                            "describesPerDay", POLLS,
                            "pollIntervalSeconds", POLL_INTERVAL.toSeconds(),
                            "tables",
                                    SimulatorSettings.defaults().defaultTables().size()));
        }

        Replication describe(String configArn) {
            return Lifecycle.describe(dms, configArn);
        }

        @TearDown(Level.Trial)
        public void stop() {
            dms.close();
        }
    }
}
