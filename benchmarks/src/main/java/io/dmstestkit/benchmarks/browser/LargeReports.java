package io.dmstestkit.benchmarks.browser;

import io.dmstestkit.simulator.DmsErrorCode;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.DmsIncident;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.JournalEntry;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.simulator.TableMappings;
import io.dmstestkit.simulator.Timings;
import io.dmstestkit.simulator.internal.report.ReportSection;
import io.dmstestkit.simulator.internal.report.RunReport;
import io.dmstestkit.simulator.internal.report.Sections;
import io.dmstestkit.simulator.internal.report.StepRow;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/**
 * The two large run reports of issue 16, made of real simulator runs through the real SDK client (in
 * process): {@link #scenarios(int)}, a run of many scenarios, each with steps, two or three replications
 * polled every 30 virtual seconds, and here and there a throttled describe, a denied stop or a replication
 * failing at some percentage; and {@link #simulatedDay()}, one scenario polling a replication every 15
 * virtual seconds for a day (5,760 describes) through a flaky API (1 % of describes throttled).
 *
 * <pre>{@code
 * RunReport report = LargeReports.scenarios(200);
 * }</pre>
 */
final class LargeReports {

    static final String ACCOUNT = "123456789012";
    static final Region REGION = Region.US_EAST_1;
    static final Instant GENERATED = Instant.parse("2026-01-01T00:00:00Z");

    /** 24 hours at one describe per 15 seconds. */
    static final int DAY_POLLS = 5_760;

    private static final Duration SCENARIO_POLL = Duration.ofSeconds(30);
    private static final int MAX_POLLS = 2_000;

    private LargeReports() {}

    /**
     * A run of {@code count} scenarios on one simulator, as {@code dms-testkit run} has them: each scenario
     * names its own resources and its section shows its slice of the journal. 18 of 200 fail.
     */
    static RunReport scenarios(int count) {
        DmsSimulator simulator = simulator();
        try (DatabaseMigrationClient dms = client(simulator)) {
            List<ReportSection> sections = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sections.add(scenario(new Run(simulator, dms), i));
                simulator.faults().disarmAll();
            }
            return new RunReport(count + " scenarios", GENERATED, sections);
        }
    }

    /** One scenario describing its replication every 15 virtual seconds for a day. */
    static RunReport simulatedDay() {
        DmsSimulator simulator = simulator();
        try (DatabaseMigrationClient dms = client(simulator)) {
            Run run = new Run(simulator, dms);
            String orders = run.step("create replication orders", () -> run.create("orders"));
            run.step("start orders", () -> run.start(orders));
            simulator
                    .faults()
                    .arm(DmsFault.error(DmsErrorCode.THROTTLING)
                            .on("DescribeReplications")
                            .probability(0.01, 16)
                            .build());
            run.step("describe orders every 15 s for 24 h", () -> {
                for (int i = 0; i < DAY_POLLS; i++) {
                    simulator.clock().advance(Duration.ofSeconds(15));
                    run.tryDescribe(orders);
                }
                return null;
            });
            simulator.faults().disarmAll();
            run.step("stop orders", () -> run.stop(orders));
            run.step("await orders stopped", () -> run.await(orders, r -> "stopped".equals(r.status())));
            return new RunReport("a simulated day", GENERATED, List.of(run.section("a day of polling", null)));
        }
    }

    private static ReportSection scenario(Run run, int i) {
        DmsSimulator simulator = run.simulator;
        List<String> names = new ArrayList<>(List.of(name("orders", i), name("invoices", i)));
        if (i % 4 == 0) {
            names.add(name("customers", i));
        }
        List<String> arns = new ArrayList<>();
        for (String name : names) {
            arns.add(run.step("create replication " + name, () -> run.create(name)));
        }
        if (i % 25 == 7) {
            simulator.planIncident(
                    ACCOUNT,
                    REGION.id(),
                    names.get(1),
                    new DmsIncident.FailAtPercent(60, DmsIncident.Severity.FATAL_ERROR, "ORA-01555: snapshot too old"));
        }
        if (i % 10 == 3) {
            simulator
                    .faults()
                    .arm(DmsFault.error(DmsErrorCode.THROTTLING)
                            .on("DescribeReplications")
                            .afterCalls(5)
                            .times(3)
                            .build());
        }
        if (i % 20 == 11) {
            simulator
                    .faults()
                    .arm(DmsFault.error("AccessDenied").on("StopReplication").build());
        }
        for (int r = 0; r < names.size(); r++) {
            String arn = arns.get(r);
            run.step("start " + names.get(r), () -> run.start(arn));
        }
        for (int r = 0; r < names.size() && run.failure == null; r++) {
            String arn = arns.get(r);
            String name = names.get(r);
            run.step(
                    "await " + name + " running and 100 % loaded",
                    () -> run.await(
                            arn,
                            x -> failedIfFailed(name, x)
                                    || "running".equals(x.status())
                                            && x.replicationStats() != null
                                            && Integer.valueOf(100)
                                                    .equals(x.replicationStats().fullLoadProgressPercent())));
        }
        run.step("run CDC for 10 minutes", () -> {
            for (int p = 0; p < 20; p++) {
                simulator.clock().advance(SCENARIO_POLL);
                run.tryDescribe(arns.get(0));
            }
            return null;
        });
        for (int r = 0; r < names.size() && run.failure == null; r++) {
            String arn = arns.get(r);
            run.step("stop " + names.get(r), () -> run.stop(arn));
        }
        return run.section("scenario " + (i + 1) + " of orders and invoices", "scenarios/s" + (i + 1) + ".dms.yaml");
    }

    /** False, or an assertion error when the replication failed, as a scenario's await step reports it. */
    private static boolean failedIfFailed(String name, Replication replication) {
        if ("failed".equals(replication.status())) {
            throw new AssertionError("expected " + name + " to be running and 100 % loaded, but it is failed: "
                    + replication.failureMessages());
        }
        return false;
    }

    private static String name(String table, int scenario) {
        return String.format("%s-%03d", table, scenario + 1);
    }

    private static DmsSimulator simulator() {
        return DmsSimulator.builder()
                .settings(
                        SimulatorSettings.builder().timings(Timings.defaults()).build())
                .clock(SimulatedClock.manual())
                .build();
    }

    private static DatabaseMigrationClient client(DmsSimulator simulator) {
        return DatabaseMigrationClient.builder()
                .region(REGION)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCOUNT, "secret")))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .httpClient(simulator.inProcessHttpClient())
                .endpointOverride(URI.create("http://dms.in-process"))
                .build();
    }

    /** One scenario under way: its steps, its outcome, what it calls. Steps after a failure are skipped. */
    private static final class Run {
        final DmsSimulator simulator;
        final DatabaseMigrationClient dms;
        final Instant start;
        final long mark;
        final List<StepRow> steps = new ArrayList<>();
        String failure;

        Run(DmsSimulator simulator, DatabaseMigrationClient dms) {
            this.simulator = simulator;
            this.dms = dms;
            this.start = simulator.clock().now();
            List<JournalEntry> entries = simulator.journal().entries();
            this.mark = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).sequence();
        }

        <T> T step(String name, Supplier<T> body) {
            Instant at = simulator.clock().now();
            if (failure != null) {
                steps.add(new StepRow(name, "SKIPPED", at, Duration.ZERO, Duration.ZERO, null));
                return null;
            }
            long wall = System.nanoTime();
            try {
                T result = body.get();
                steps.add(row(name, "PASSED", at, wall, null));
                return result;
            } catch (DatabaseMigrationException e) {
                fail(name + " failed: " + e.awsErrorDetails().errorCode() + ": "
                        + e.awsErrorDetails().errorMessage());
                steps.add(row(name, "FAILED", at, wall, failure));
                return null;
            } catch (AssertionError e) {
                fail(e.getMessage());
                steps.add(row(name, "FAILED", at, wall, failure));
                return null;
            }
        }

        private StepRow row(String name, String outcome, Instant at, long wallStart, String failure) {
            return new StepRow(
                    name,
                    outcome,
                    at,
                    Duration.between(at, simulator.clock().now()),
                    Duration.ofNanos(System.nanoTime() - wallStart),
                    failure);
        }

        void fail(String message) {
            if (failure == null) {
                failure = message;
            }
        }

        String create(String name) {
            String source = dms.createEndpoint(r -> r.endpointIdentifier(name + "-source")
                            .endpointType("source")
                            .engineName("postgres"))
                    .endpoint()
                    .endpointArn();
            String target = dms.createEndpoint(r -> r.endpointIdentifier(name + "-target")
                            .endpointType("target")
                            .engineName("postgres"))
                    .endpoint()
                    .endpointArn();
            return dms.createReplicationConfig(r -> r.replicationConfigIdentifier(name)
                            .sourceEndpointArn(source)
                            .targetEndpointArn(target)
                            .replicationType("full-load-and-cdc")
                            .computeConfig(c -> c.maxCapacityUnits(8))
                            .tableMappings(TableMappings.everything()))
                    .replicationConfig()
                    .replicationConfigArn();
        }

        String start(String arn) {
            dms.startReplication(r -> r.replicationConfigArn(arn).startReplicationType("start-replication"));
            return arn;
        }

        String stop(String arn) {
            dms.stopReplication(r -> r.replicationConfigArn(arn));
            return arn;
        }

        /** Describes every 30 virtual seconds until the condition holds; a throttled describe is retried. */
        Replication await(String arn, Predicate<Replication> condition) {
            for (int poll = 0; poll < MAX_POLLS; poll++) {
                Replication replication = tryDescribe(arn);
                if (replication != null && condition.test(replication)) {
                    return replication;
                }
                simulator.clock().advance(SCENARIO_POLL);
            }
            throw new IllegalStateException(arn + " did not get there in " + MAX_POLLS + " polls");
        }

        /** The replication, or null when the call was throttled (as a polling loop shrugs that off). */
        Replication tryDescribe(String arn) {
            try {
                return dms.describeReplications(r ->
                                r.filters(f -> f.name("replication-config-arn").values(arn)))
                        .replications()
                        .get(0);
            } catch (DatabaseMigrationException e) {
                if (e.statusCode() == 400
                        && "ThrottlingException".equals(e.awsErrorDetails().errorCode())) {
                    return null;
                }
                throw e;
            }
        }

        ReportSection section(String name, String source) {
            return Sections.of(
                    simulator,
                    new Sections.Outcome(name, source, failure == null, failure, steps),
                    simulator.journal().page(mark, Integer.MAX_VALUE),
                    start,
                    simulator.clock().now());
        }
    }
}
