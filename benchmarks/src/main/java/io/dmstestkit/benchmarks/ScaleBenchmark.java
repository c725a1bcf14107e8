package io.dmstestkit.benchmarks;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.TableMappings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DescribeEventsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationConfigsResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationTasksResponse;
import software.amazon.awssdk.services.databasemigration.model.DescribeReplicationsResponse;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;

/**
 * A simulator holding 10,000 replication configs and 10,000 classic replication tasks: one paged
 * DescribeReplicationConfigs or DescribeReplicationTasks (MaxRecords 100) per operation, through the real
 * SDK client in-process, the pages taken in rotation over every account and marker (tasks with and without
 * their settings); a DescribeReplications filtered by one ARN and a DescribeReplicationTasks by one task
 * identifier; the first page of an account's events; {@code DmsSimulator.nextChange()} over all of it. At setup it measures the heap the
 * resources retain (used heap after full collections, before and after creating them) and publishes it as
 * the facts {@code scale.*}.
 *
 * <p>Why: a shared standalone server or a long test suite accumulates resources. Memory per resource and
 * the cost of listing must stay flat so that such a server does not get slower or run out of memory
 * (targets: under 256 MB for 10,000 configs and 10,000 tasks, under 2 ms per page). Filtered Describes
 * look their ARN or identifier up in the store's indexes, a page reads the store from its marker on and
 * {@code nextChange()} answers from each account's cached next change, so none grows with the account
 * (issue 18). The fact {@code createMillis} (20,000 creates) shows whether a create still grows with it.
 *
 * <p>The simulator enforces DMS's quota of 600 replication configs per account and region, so the 10,000
 * are spread over {@value #ACCOUNTS} accounts of {@value #CONFIGS_PER_ACCOUNT} (and as many tasks); a page is read from one
 * account's configs. The retained heap includes the simulator's call journal (one entry per create call),
 * as a user's simulator would; the fact {@code retainedHeapBytesWithoutJournal} says how much of it is the
 * configs themselves.
 */
@API(status = API.Status.INTERNAL)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ScaleBenchmark {

    static final int CONFIGS = 10_000;
    static final int ACCOUNTS = 20;
    static final int CONFIGS_PER_ACCOUNT = CONFIGS / ACCOUNTS;
    static final int TASKS = 10_000;
    static final int TASKS_PER_ACCOUNT = TASKS / ACCOUNTS;
    static final int PAGE_SIZE = 100;

    @Benchmark
    public DescribeReplicationConfigsResponse describePage(Configs configs, Cursor cursor) {
        Page page = configs.pages.get(cursor.next(configs.pages.size()));
        return page.dms()
                .describeReplicationConfigs(r -> r.maxRecords(PAGE_SIZE).marker(page.marker()));
    }

    /** A page of 100 of an account's 500 classic tasks, the pages in rotation. */
    @Benchmark
    public DescribeReplicationTasksResponse describeTaskPage(Configs configs, Cursor cursor) {
        Page page = configs.taskPages.get(cursor.next(configs.taskPages.size()));
        return page.dms().describeReplicationTasks(r -> r.maxRecords(PAGE_SIZE).marker(page.marker()));
    }

    /** The same pages without the tasks' settings documents ({@code WithoutSettings}). */
    @Benchmark
    public DescribeReplicationTasksResponse describeTaskPageWithoutSettings(Configs configs, Cursor cursor) {
        Page page = configs.taskPages.get(cursor.next(configs.taskPages.size()));
        return page.dms()
                .describeReplicationTasks(
                        r -> r.maxRecords(PAGE_SIZE).marker(page.marker()).withoutSettings(true));
    }

    /** DescribeReplicationTasks filtered by one task identifier in an account of 500 configs and 500 tasks. */
    @Benchmark
    public DescribeReplicationTasksResponse describeTaskById(Configs configs, Cursor cursor) {
        Page byId = configs.taskIds.get(cursor.next(configs.taskIds.size()));
        return byId.dms()
                .describeReplicationTasks(
                        r -> r.filters(f -> f.name("replication-task-id").values(byId.marker())));
    }

    /** The first page of DescribeEvents of an account whose 500 tasks and instance have recorded theirs. */
    @Benchmark
    public DescribeEventsResponse describeEventsPage(Configs configs, Cursor cursor) {
        DatabaseMigrationClient dms = configs.clients.get(cursor.next(configs.clients.size()));
        return dms.describeEvents(r -> r.maxRecords(PAGE_SIZE));
    }

    /** DescribeReplications filtered by one config ARN in an account of 500 configs and 500 tasks. */
    @Benchmark
    public DescribeReplicationsResponse describeReplicationByArn(Configs configs, Cursor cursor) {
        Page byArn = configs.configArns.get(cursor.next(configs.configArns.size()));
        return byArn.dms()
                .describeReplications(
                        r -> r.filters(f -> f.name("replication-config-arn").values(byArn.marker())));
    }

    /** {@code DmsSimulator.nextChange()} over 20 accounts holding 20,000 resources, nothing changed since. */
    @Benchmark
    public Optional<Instant> nextChange(Configs configs) {
        return configs.simulator.nextChange();
    }

    /** One page to ask for: an account's client and the marker of the page (null for the first), or an ARN. */
    record Page(DatabaseMigrationClient dms, String marker) {}

    /** The simulator with its 10,000 configs, and every page there is to read. */
    @State(Scope.Benchmark)
    public static class Configs {
        private static final String MAPPING = TableMappings.selecting(List.of(Lifecycle.TABLE));

        DmsSimulator simulator;
        final List<DatabaseMigrationClient> clients = new ArrayList<>();
        final List<Page> pages = new ArrayList<>();
        final List<Page> taskPages = new ArrayList<>();
        final List<Page> configArns = new ArrayList<>();
        final List<Page> taskIds = new ArrayList<>();

        @Setup(Level.Trial)
        public void create() {
            simulator = Simulators.standard();
            for (int a = 0; a < ACCOUNTS; a++) {
                DatabaseMigrationClient dms = Clients.inProcess(simulator, Clients.account(a + 1));
                dms.describeReplicationConfigs(r -> {}); // the SDK's lazy set-up, outside the measurement
                clients.add(dms);
            }
            long before = Heap.usedAfterGc();
            long started = System.nanoTime();
            clients.forEach(this::createConfigsAndTasks);
            long createMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            long after = Heap.usedAfterGc();
            long journalEntries = simulator.journal().entries().size();
            simulator.journal().clear();
            long withoutJournal = Heap.usedAfterGc();
            clients.forEach(this::collectPages);
            clients.forEach(this::collectTaskPages);
            publish(before, after, withoutJournal, journalEntries, createMillis);
        }

        private void createConfigsAndTasks(DatabaseMigrationClient dms) {
            String source = endpoint(dms, "scale-source", "source");
            String target = endpoint(dms, "scale-target", "target");
            for (int i = 0; i < CONFIGS_PER_ACCOUNT; i++) {
                String identifier = "scale-" + i;
                String arn = dms.createReplicationConfig(r -> r.replicationConfigIdentifier(identifier)
                                .sourceEndpointArn(source)
                                .targetEndpointArn(target)
                                .replicationType(MigrationTypeValue.FULL_LOAD_AND_CDC)
                                .computeConfig(c -> c.maxCapacityUnits(16))
                                .tableMappings(MAPPING))
                        .replicationConfig()
                        .replicationConfigArn();
                configArns.add(new Page(dms, arn));
            }
            String instance = availableInstance(dms);
            for (int i = 0; i < TASKS_PER_ACCOUNT; i++) {
                String identifier = "scale-task-" + i;
                dms.createReplicationTask(r -> r.replicationTaskIdentifier(identifier)
                        .sourceEndpointArn(source)
                        .targetEndpointArn(target)
                        .replicationInstanceArn(instance)
                        .migrationType(MigrationTypeValue.FULL_LOAD)
                        .tableMappings(MAPPING));
                taskIds.add(new Page(dms, identifier));
            }
        }

        /** A replication instance, the clock jumped until it is available (tasks need one). */
        private String availableInstance(DatabaseMigrationClient dms) {
            String arn = dms.createReplicationInstance(r ->
                            r.replicationInstanceIdentifier("scale-instance").replicationInstanceClass("dms.t3.small"))
                    .replicationInstance()
                    .replicationInstanceArn();
            for (int jumps = 0; jumps < 100; jumps++) {
                String status = dms.describeReplicationInstances(r -> r.filters(
                                f -> f.name("replication-instance-arn").values(arn)))
                        .replicationInstances()
                        .get(0)
                        .replicationInstanceStatus();
                if (status.equals("available")) {
                    return arn;
                }
                simulator.clock().advanceTo(simulator.nextChange().orElseThrow());
            }
            throw new IllegalStateException("the replication instance never became available");
        }

        private void collectTaskPages(DatabaseMigrationClient dms) {
            String marker = null;
            int tasks = 0;
            do {
                taskPages.add(new Page(dms, marker));
                String current = marker;
                DescribeReplicationTasksResponse page = dms.describeReplicationTasks(
                        r -> r.maxRecords(PAGE_SIZE).marker(current));
                tasks += page.replicationTasks().size();
                marker = page.marker();
            } while (marker != null);
            if (tasks != TASKS_PER_ACCOUNT) {
                throw new IllegalStateException(
                        "paging an account gave " + tasks + " tasks, expected " + TASKS_PER_ACCOUNT);
            }
        }

        private static String endpoint(DatabaseMigrationClient dms, String identifier, String type) {
            return dms.createEndpoint(r ->
                            r.endpointIdentifier(identifier).endpointType(type).engineName("postgres"))
                    .endpoint()
                    .endpointArn();
        }

        private void collectPages(DatabaseMigrationClient dms) {
            String marker = null;
            int configs = 0;
            do {
                pages.add(new Page(dms, marker));
                String current = marker;
                DescribeReplicationConfigsResponse page = dms.describeReplicationConfigs(
                        r -> r.maxRecords(PAGE_SIZE).marker(current));
                configs += page.replicationConfigs().size();
                marker = page.marker();
            } while (marker != null);
            if (configs != CONFIGS_PER_ACCOUNT) {
                throw new IllegalStateException(
                        "paging an account gave " + configs + " configs, expected " + CONFIGS_PER_ACCOUNT);
            }
        }

        private void publish(long before, long after, long withoutJournal, long journalEntries, long createMillis) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("configs", CONFIGS);
            facts.put("tasks", TASKS);
            facts.put("accounts", ACCOUNTS);
            facts.put("pages", pages.size());
            facts.put("heapUsedBeforeBytes", before);
            facts.put("heapUsedAfterBytes", after);
            facts.put("retainedHeapBytes", after - before);
            facts.put("retainedHeapBytesWithoutJournal", withoutJournal - before);
            facts.put("journalEntries", journalEntries);
            facts.put("createMillis", createMillis);
            BenchmarkFacts.publish("scale", facts);
        }

        @TearDown(Level.Trial)
        public void stop() {
            clients.forEach(DatabaseMigrationClient::close);
        }
    }

    /** Each thread reads the pages in turn, so every account and every position in a list is measured. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        int next(int pages) {
            int current = next;
            next = (next + 1) % pages;
            return current;
        }
    }
}
