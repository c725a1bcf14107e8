package io.dmstestkit.benchmarks;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.TableSpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
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
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTableStatisticsResponse;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/**
 * A replication of 40,000 tables (issue 12, item 7), in-process through the real SDK client:
 *
 * <ul>
 *   <li>{@code startAndAwaitFullLoad}: create a full-load config selecting the 40,000 tables, start it, wait
 *       as the scenario runner waits (jump to the next change until running, then read every simulated
 *       minute while tables load: about 7 hours of virtual time, some 430 describes) until 100 % loaded,
 *       then until stopped, and delete it;
 *   <li>{@code statisticsPage}: one DescribeReplicationTableStatistics page (MaxRecords 100) of a replication
 *       an hour into that load, the 400 pages taken in rotation.
 * </ul>
 *
 * <p>Why: a start, a describe and a page of statistics must cost the same per call for 40,000 tables as for
 * four; before issue 12 a start of 2,000 tables took seconds and every read rebuilt every table.
 */
@API(status = API.Status.INTERNAL)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ManyTablesBenchmark {

    static final int TABLES = 40_000;
    static final int PAGE_SIZE = 100;
    static final Duration POLL_INTERVAL = Duration.ofMinutes(1);

    @Benchmark
    public Replication startAndAwaitFullLoad(Tables tables, CallCounter counter) {
        DatabaseMigrationClient dms = tables.dms;
        String config = tables.createConfig("many-tables-run");
        dms.startReplication(r -> r.replicationConfigArn(config).startReplicationType("start-replication"));
        int calls = 2;
        Replication read = Lifecycle.describe(dms, config);
        calls++;
        while (read.replicationStats() == null
                || !Integer.valueOf(100).equals(read.replicationStats().fullLoadProgressPercent())) {
            boolean loading =
                    read.replicationStats() != null && read.replicationStats().tablesLoading() > 0;
            Instant next = tables.simulator.nextChange().orElseThrow();
            Instant poll = tables.simulator.clock().now().plus(POLL_INTERVAL);
            tables.simulator.clock().advanceTo(loading || next.isAfter(poll) ? poll : next);
            read = Lifecycle.describe(dms, config);
            calls++;
        }
        while (!Milestone.STOPPED.reachedBy(read)) {
            tables.simulator.nextChange().ifPresent(tables.simulator.clock()::advanceTo);
            read = Lifecycle.describe(dms, config);
            calls++;
        }
        dms.deleteReplicationConfig(r -> r.replicationConfigArn(config));
        counter.calls += calls + 1;
        return read;
    }

    @Benchmark
    public DescribeReplicationTableStatisticsResponse statisticsPage(Tables tables, ScaleBenchmark.Cursor cursor) {
        String marker = tables.markers.get(cursor.next(tables.markers.size()));
        return tables.dms.describeReplicationTableStatistics(r ->
                r.replicationConfigArn(tables.loading).maxRecords(PAGE_SIZE).marker(marker));
    }

    /** A simulator with 40,000 declared tables, and a replication an hour into loading them. */
    @State(Scope.Benchmark)
    public static class Tables {
        private static final String MAPPING =
                io.dmstestkit.simulator.TableMappings.selecting(List.of(TableSpec.of("big", "%", 0)));

        DmsSimulator simulator;
        DatabaseMigrationClient dms;
        String source;
        String target;
        String loading;
        final List<String> markers = new ArrayList<>();

        @Setup(Level.Trial)
        public void create() {
            simulator = Simulators.standard();
            simulator.declareTables(
                    Clients.ACCOUNT,
                    Clients.REGION.id(),
                    IntStream.range(0, TABLES)
                            .mapToObj(i -> TableSpec.of("big", String.format("t%05d", i), 1_000))
                            .toList());
            dms = Clients.inProcess(simulator, Clients.ACCOUNT);
            source = endpoint("many-source", "source");
            target = endpoint("many-target", "target");
            loading = createConfig("many-tables-page");
            dms.startReplication(r -> r.replicationConfigArn(loading).startReplicationType("start-replication"));
            while (!Lifecycle.describe(dms, loading).status().equals("running")) {
                simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
            }
            simulator.clock().advance(Duration.ofHours(1));
            markers.add(null);
            for (int from = PAGE_SIZE; from < TABLES; from += PAGE_SIZE) {
                markers.add(marker(from));
            }
            BenchmarkFacts.publish("many-tables", Map.of("tables", TABLES, "pages", markers.size()));
        }

        String createConfig(String identifier) {
            return dms.createReplicationConfig(r -> r.replicationConfigIdentifier(identifier)
                            .sourceEndpointArn(source)
                            .targetEndpointArn(target)
                            .replicationType(MigrationTypeValue.FULL_LOAD)
                            .computeConfig(c -> c.maxCapacityUnits(16))
                            .tableMappings(MAPPING))
                    .replicationConfig()
                    .replicationConfigArn();
        }

        private String endpoint(String identifier, String type) {
            return dms.createEndpoint(r ->
                            r.endpointIdentifier(identifier).endpointType(type).engineName("postgres"))
                    .endpoint()
                    .endpointArn();
        }

        /** The simulator's marker of the page starting at {@code index}; the benchmark reads pages in rotation. */
        private static String marker(int index) {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(("dms-testkit:" + index).getBytes(StandardCharsets.UTF_8));
        }

        @TearDown(Level.Trial)
        public void stop() {
            dms.close();
        }
    }
}
