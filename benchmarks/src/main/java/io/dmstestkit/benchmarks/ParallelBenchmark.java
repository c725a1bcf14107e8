package io.dmstestkit.benchmarks;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.wiremock.DmsServer;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * Eight threads, each with its own account, each running full replication lifecycles (as in
 * {@link LifecycleBenchmark}) over HTTP against one {@link DmsServer} and its one simulator; a failed
 * lifecycle is counted in the secondary result {@code errors} instead of ending the run.
 *
 * <p>Why: test suites run in parallel (JUnit's concurrent mode is on in this very build) and share one
 * server, telling their state apart by account. The simulator must keep accounts apart and stay correct
 * under contention (target: zero errors), and its throughput should grow with threads rather than
 * serialise on a global lock.
 *
 * <p>{@code singleThreadLifecycles} runs the same on one thread; the report gives both as DMS calls per
 * second (from the secondary result {@code calls}) and their ratio (issue 18: at least 5,000 calls/s with
 * 8 threads on 2 cores).
 *
 * <p>All threads share the one manual clock: each jumps it to the next planned change of any account
 * between polls, as parallel tests on one server do, so a lifecycle polls until its milestone shows (at
 * most {@value LifecycleRecording#MAX_POLLS} times) instead of a recorded number of times.
 */
@API(status = API.Status.INTERNAL)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 12, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(ParallelBenchmark.THREADS)
public class ParallelBenchmark {

    static final int THREADS = 8;

    @Benchmark
    public String parallelLifecycles(Tenant tenant, CallCounter calls, ErrorCounter errors) {
        return lifecycle(tenant, calls, errors);
    }

    /** The same on one thread: the base of the scaling ratio (calls/s of 8 threads ÷ calls/s of 1). */
    @Benchmark
    @Threads(1)
    public String singleThreadLifecycles(Tenant tenant, CallCounter calls, ErrorCounter errors) {
        return lifecycle(tenant, calls, errors);
    }

    private static String lifecycle(Tenant tenant, CallCounter calls, ErrorCounter errors) {
        try {
            Lifecycle.Outcome outcome = tenant.lifecycle.run(Polling.untilReached(LifecycleRecording.MAX_POLLS));
            calls.calls += outcome.calls();
            return outcome.stopReason();
        } catch (RuntimeException e) {
            errors.errors++;
            tenant.failed(e);
            return e.toString();
        }
    }

    /** The one server every thread calls, and the accounts handed out to the threads. */
    @State(Scope.Benchmark)
    public static class Server {
        DmsSimulator simulator;
        DmsServer server;
        private final AtomicInteger accounts = new AtomicInteger();

        @Setup(Level.Trial)
        public void start() {
            simulator = Simulators.standard();
            server = Servers.dmsServer(simulator);
            BenchmarkFacts.publish("parallel", Map.of("threads", THREADS));
        }

        String nextAccount() {
            return Clients.account(accounts.incrementAndGet());
        }

        @TearDown(Level.Trial)
        public void stop() {
            server.close();
        }
    }

    /**
     * One thread's account, its client and its lifecycle. After a failure the thread moves to a fresh
     * account, so that what the failed lifecycle left behind does not fail every later one too.
     */
    @State(Scope.Thread)
    public static class Tenant {
        private Server server;
        private DatabaseMigrationClient dms;
        private Lifecycle lifecycle;
        private String account;
        private RuntimeException firstFailure;

        @Setup(Level.Trial)
        public void start(Server shared) {
            this.server = shared;
            moveToNewAccount();
        }

        void failed(RuntimeException e) {
            if (firstFailure == null) {
                firstFailure = e;
            }
            dms.close();
            moveToNewAccount();
        }

        private void moveToNewAccount() {
            account = server.nextAccount();
            Lifecycle.declareTable(server.simulator, account);
            dms = Clients.overHttp(server.server.baseUri(), account);
            lifecycle = new Lifecycle(dms, Lifecycle.jumpToNextChange(server.simulator));
        }

        @TearDown(Level.Trial)
        public void stop() {
            if (firstFailure != null) {
                System.err.println(
                        "[parallel] a lifecycle failed (now on account " + account + "); the first failure:");
                firstFailure.printStackTrace();
            }
            dms.close();
        }
    }
}
