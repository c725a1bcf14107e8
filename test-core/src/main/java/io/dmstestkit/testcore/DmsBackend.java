package io.dmstestkit.testcore;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.testcore.internal.StaticStubs;
import io.dmstestkit.wiremock.DmsServer;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;

/**
 * What sessions run against: a simulator and, when something needs a socket, a server on a free
 * loopback port. One backend per session, or one shared by many sessions; sessions on a shared backend
 * keep apart by using accounts of their own ({@link #newAccount()}).
 *
 * <pre>{@code
 * try (DmsBackend backend = DmsBackend.start(settings);
 *      DmsTestSession first = DmsTestSession.open(settings, backend);
 *      DmsTestSession second = DmsTestSession.open(settings, backend)) {
 *     assert !first.account().equals(second.account());
 * }
 * }</pre>
 *
 * <p>Thread-safe. Closing stops the server, if one was started.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsBackend implements AutoCloseable {

    /**
     * The first account handed out. Far from the DSL's embedded target (100000000001…), so a scenario run
     * on the same simulator through {@code DmsTargets.embedded} never lands in a session's account.
     */
    static final long FIRST_ACCOUNT = 200_000_000_001L;

    private final DmsSimulator simulator;
    private final Mode mode;
    private final AtomicLong nextAccount = new AtomicLong(FIRST_ACCOUNT);
    private DmsServer server;
    private boolean closed;

    private DmsBackend(DmsSimulator simulator, Mode mode) {
        this.simulator = simulator;
        this.mode = mode;
    }

    /**
     * Starts a backend shaped by {@code settings}: its clock, timings, advance-on-poll and mode. The server
     * starts now for {@link Transport#HTTP}, on first use otherwise. The simulator's default account is the
     * settings' account, or the first one {@link #newAccount()} hands out, so that on a backend of its own
     * a session's resources are also the simulator's default ones ({@code simulator.replication("orders")}).
     */
    public static DmsBackend start(DmsTestSettings settings) {
        SimulatorSettings simulatorSettings = SimulatorSettings.builder()
                .defaultAccount(settings.account().orElse(String.valueOf(FIRST_ACCOUNT)))
                .defaultRegion(settings.region())
                .timings(settings.timings())
                .advanceOnPoll(settings.advanceOnPoll())
                .build();
        SimulatedClock clock = settings.clock() == ClockMode.MANUAL
                ? SimulatedClock.manual()
                : SimulatedClock.accelerated(settings.clockFactor());
        DmsBackend backend = new DmsBackend(
                DmsSimulator.builder().settings(simulatorSettings).clock(clock).build(), settings.mode());
        if (settings.transport() == Transport.HTTP) {
            backend.server();
        }
        return backend;
    }

    public DmsSimulator simulator() {
        return simulator;
    }

    /**
     * The server in front of the simulator, started on the first call on a free loopback port.
     *
     * <pre>{@code
     * URI endpoint = backend.server().baseUri();
     * }</pre>
     *
     * @throws IllegalStateException once the backend is closed
     */
    public synchronized DmsServer server() {
        if (closed) {
            throw new IllegalStateException("this DMS backend is closed: the test it belonged to has finished");
        }
        if (server == null) {
            DmsServer started = DmsServer.builder().simulator(simulator).start();
            if (mode == Mode.STATIC_STUBS) {
                StaticStubs.load(started);
            }
            server = started;
        }
        return server;
    }

    /** An account id (12 digits) no other session of this backend got from this method. */
    public String newAccount() {
        return String.valueOf(nextAccount.getAndIncrement());
    }

    /** Stops the server, if one was started; calling it again does nothing. */
    @Override
    public synchronized void close() {
        closed = true;
        if (server != null) {
            server.close();
        }
    }

    @Override
    public synchronized String toString() {
        return "DmsBackend[" + (server == null ? "in-process" : server.baseUri()) + ", " + simulator.clock() + "]";
    }
}
