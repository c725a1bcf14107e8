package io.dmstestkit.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.wiremock.DmsServer;
import java.net.URI;
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
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * What one replication lifecycle costs a test, through the real AWS SDK v2 sync client: create a source and
 * a target endpoint and a full-load-and-cdc config over one small table, start, poll DescribeReplications
 * until running and 100 % loaded (the manual virtual clock jumps to the next planned change between two
 * polls), stop, poll until stopped, read the StopReason, delete the config and the endpoints.
 *
 * <ul>
 *   <li>{@code simulatorOverHttp}: the simulator behind {@link DmsServer} (WireMock, Jetty) on loopback,
 *       the SDK on its Apache HTTP client — what a test using the server pays.
 *   <li>{@code simulatorOverHttpDefaults}: the same with {@code DmsServer.builder().start()}'s defaults,
 *       WireMock's request journal on (the benchmark server above has it off, as the standalone server):
 *       what the journal entries cost.
 *   <li>{@code simulatorThroughWireMock}: a default server with one stub of the user's on another path, so
 *       every DMS call goes through WireMock's matching and rendering — what the fast path saves.
 *   <li>{@code simulatorInProcess}: the simulator's in-process {@code SdkHttpClient}, no socket — the
 *       simulator's own cost plus the SDK's marshalling and signing.
 *   <li>{@code staticWireMockFloor}: the same calls, same number and kinds, answered by plain WireMock
 *       stubs with the simulator's answers captured once — the floor of any WireMock-based fake.
 *   <li>{@code bareJettyFloor}: the same captured answers written by a bare Jetty handler (no servlet, no
 *       WireMock) — the HTTP limit: what the SDK, Apache HttpClient, loopback and Jetty cost alone.
 *   <li>{@code cannedSdkFloor}: the same captured answers handed to the SDK by an in-process
 *       {@code SdkHttpClient} — the SDK limit: marshalling, signing and unmarshalling alone.
 * </ul>
 *
 * <p>Why: the simulator promises realism at the price of static stubs. The ratio
 * {@code simulatorOverHttp / staticWireMockFloor} is what that realism costs over HTTP (issue 18: ≤ 1.0);
 * {@code simulatorInProcess / cannedSdkFloor} what it costs in-process (≤ 2.0); the ratios to
 * {@code bareJettyFloor} show how close each HTTP variant is to the limit of the transport. All five make
 * exactly the calls of one {@link LifecycleRecording}, whose count is published as the fact
 * {@code lifecycle.callsPerLifecycle}; the secondary result {@code calls} is the time per call. The floors
 * answer each {@code X-Amz-Target} with the simulator's last answer to it, so their polls cannot show the
 * milestones: only the simulator variants check them.
 *
 * <p>The long warm-up is deliberate: on 2 cores the HTTP variants need about a minute before the JIT has
 * compiled Jetty, WireMock, Apache HttpClient, the SDK and the simulator (see BENCHMARKS.md, finding 1).
 */
@API(status = API.Status.INTERNAL)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 12, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class LifecycleBenchmark {

    @Benchmark
    public String simulatorOverHttp(OverHttp variant, CallCounter counter) {
        return variant.run(counter);
    }

    @Benchmark
    public String simulatorOverHttpDefaults(OverHttpDefaults variant, CallCounter counter) {
        return variant.run(counter);
    }

    @Benchmark
    public String simulatorThroughWireMock(ThroughWireMock variant, CallCounter counter) {
        return variant.run(counter);
    }

    @Benchmark
    public String simulatorInProcess(InProcess variant, CallCounter counter) {
        return variant.run(counter);
    }

    @Benchmark
    public String staticWireMockFloor(StaticFloor variant, CallCounter counter) {
        return variant.run(counter);
    }

    @Benchmark
    public String bareJettyFloor(BareJetty variant, CallCounter counter) {
        return variant.run(counter);
    }

    @Benchmark
    public String cannedSdkFloor(CannedSdk variant, CallCounter counter) {
        return variant.run(counter);
    }

    /** A client, the lifecycle it drives and the fixed polling every variant shares. */
    abstract static class Variant {
        private Lifecycle lifecycle;
        private Polling polling;

        /** Follows {@code recording}, and runs one lifecycle to prove it ends as the recording did. */
        final void prepare(
                LifecycleRecording recording, DatabaseMigrationClient dms, Runnable betweenPolls, boolean check) {
            this.lifecycle = new Lifecycle(dms, betweenPolls);
            this.polling = Polling.exactly(recording.shape(), check);
            String stopReason = lifecycle.run(polling).stopReason();
            if (!recording.stopReason().equals(stopReason)) {
                throw new IllegalStateException("expected stop reason " + recording.stopReason()
                        + " but the lifecycle ended with " + stopReason);
            }
            publish(recording);
        }

        final String run(CallCounter counter) {
            Lifecycle.Outcome outcome = lifecycle.run(polling);
            counter.calls += outcome.calls();
            return outcome.stopReason();
        }

        private static void publish(LifecycleRecording recording) {
            LifecycleShape shape = recording.shape();
            BenchmarkFacts.publish(
                    "lifecycle",
                    Map.of(
                            "callsPerLifecycle", shape.calls(),
                            "pollsUntilLoaded", shape.pollsUntilLoaded(),
                            "pollsUntilStopped", shape.pollsUntilStopped(),
                            "stopReason", recording.stopReason()));
        }
    }

    /** The simulator behind a {@link DmsServer} on loopback HTTP; subclasses say how the server is built. */
    public abstract static class ServerVariant extends Variant {
        DmsServer server;
        private DatabaseMigrationClient dms;

        abstract DmsServer serve(DmsSimulator simulator);

        @Setup(Level.Trial)
        public void start() {
            DmsSimulator simulator = Simulators.forLifecycles(Clients.ACCOUNT);
            server = serve(simulator);
            dms = Clients.overHttp(server.baseUri(), Clients.ACCOUNT);
            prepare(LifecycleRecording.record(), dms, Lifecycle.jumpToNextChange(simulator), true);
        }

        @TearDown(Level.Trial)
        public void stop() {
            dms.close();
            server.close();
        }
    }

    /** The simulator behind a {@link DmsServer} without WireMock's request journal, as the standalone server. */
    @State(Scope.Thread)
    public static class OverHttp extends ServerVariant {
        @Override
        DmsServer serve(DmsSimulator simulator) {
            return Servers.dmsServer(simulator);
        }
    }

    /**
     * The simulator behind a {@link DmsServer} built with the defaults: WireMock's request journal on, so the
     * fast path also leaves an entry there for each call; the journal is reset before each iteration.
     */
    @State(Scope.Thread)
    public static class OverHttpDefaults extends ServerVariant {
        @Override
        DmsServer serve(DmsSimulator simulator) {
            return Servers.defaultDmsServer(simulator);
        }

        @Setup(Level.Iteration)
        public void forgetRequests() {
            server.wireMock().resetRequests();
        }
    }

    /**
     * A default {@link DmsServer} with one stub of the user's ({@code GET /health}): every DMS call goes
     * through WireMock's stub matching, serve event and rendering to the simulator, as it does for users who
     * mix their own stubs with DMS (and did for every default server before the fast path).
     */
    @State(Scope.Thread)
    public static class ThroughWireMock extends OverHttpDefaults {
        @Override
        DmsServer serve(DmsSimulator simulator) {
            DmsServer defaults = super.serve(simulator);
            defaults.wireMock().stubFor(get("/health").willReturn(ok()));
            return defaults;
        }
    }

    /** The simulator through its in-process SDK HTTP client. */
    @State(Scope.Thread)
    public static class InProcess extends Variant {
        private DatabaseMigrationClient dms;

        @Setup(Level.Trial)
        public void start() {
            DmsSimulator simulator = Simulators.forLifecycles(Clients.ACCOUNT);
            dms = Clients.inProcess(simulator, Clients.ACCOUNT);
            prepare(LifecycleRecording.record(), dms, Lifecycle.jumpToNextChange(simulator), true);
        }

        @TearDown(Level.Trial)
        public void stop() {
            dms.close();
        }
    }

    /** Plain WireMock with the simulator's answers as static stubs, over loopback HTTP. */
    @State(Scope.Thread)
    public static class StaticFloor extends Variant {
        private WireMockServer server;
        private DatabaseMigrationClient dms;

        @Setup(Level.Trial)
        public void start() {
            LifecycleRecording recording = LifecycleRecording.record();
            server = Servers.staticStubs(recording.lastAnswers());
            dms = Clients.overHttp(URI.create(server.baseUrl()), Clients.ACCOUNT);
            // Static answers never change, so there is no clock to move and no milestone to check.
            prepare(recording, dms, () -> {}, false);
        }

        @TearDown(Level.Trial)
        public void stop() {
            dms.close();
            server.stop();
        }
    }

    /** A bare Jetty handler writing the captured answers, over loopback HTTP: the HTTP limit. */
    @State(Scope.Thread)
    public static class BareJetty extends Variant {
        private org.eclipse.jetty.server.Server server;
        private DatabaseMigrationClient dms;

        @Setup(Level.Trial)
        public void start() {
            LifecycleRecording recording = LifecycleRecording.record();
            server = Servers.bareJetty(recording.lastAnswers());
            dms = Clients.overHttp(Servers.uri(server), Clients.ACCOUNT);
            prepare(recording, dms, () -> {}, false);
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            dms.close();
            server.stop();
        }
    }

    /** The captured answers handed to the SDK by an in-process {@code SdkHttpClient}: the SDK limit. */
    @State(Scope.Thread)
    public static class CannedSdk extends Variant {
        private DatabaseMigrationClient dms;

        @Setup(Level.Trial)
        public void start() {
            LifecycleRecording recording = LifecycleRecording.record();
            dms = Clients.over(new CannedHttpClient(recording.lastAnswers()), Clients.ACCOUNT);
            prepare(recording, dms, () -> {}, false);
        }

        @TearDown(Level.Trial)
        public void stop() {
            dms.close();
        }
    }
}
