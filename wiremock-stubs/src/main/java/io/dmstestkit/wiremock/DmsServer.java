package io.dmstestkit.wiremock;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.RequestListener;
import com.github.tomakehurst.wiremock.store.DefaultStores;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.Journal;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.wiremock.internal.FallbackMapping;
import io.dmstestkit.wiremock.internal.LazyProxyClients;
import io.dmstestkit.wiremock.internal.NoFileMappings;
import io.dmstestkit.wiremock.internal.server.DmsFastPath;
import io.dmstestkit.wiremock.internal.server.FastPathJournal;
import io.dmstestkit.wiremock.internal.server.FastPathStores;
import io.dmstestkit.wiremock.internal.server.GuardedServerFactory;
import io.dmstestkit.wiremock.internal.server.ServerAccess;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * A WireMock server that answers AWS DMS with a simulator: the {@link DmsWireMockExtension} in a server
 * started for you. Loopback-only and on a free port unless told otherwise; close it when done.
 *
 * <pre>{@code
 * try (DmsServer server = DmsServer.builder().settings(settings).clock(SimulatedClock.manual()).start()) {
 *     DatabaseMigrationClient dms = DatabaseMigrationClient.builder()
 *         .endpointOverride(server.baseUri())
 *         .region(Region.US_EAST_1)
 *         .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "x")))
 *         .build();
 *     dms.describeEndpoints(r -> {});
 *     server.simulator().clock().advance(Duration.ofMinutes(15));
 * }
 * }</pre>
 *
 * <p>The server reads no stub files from the working directory; stubs of your own go in through
 * {@link #wireMock()}, next to DMS. The DMS admin API is under {@code /__admin/dms/} (see
 * {@link #adminClient()}).
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsServer implements AutoCloseable {

    /** Threads of the server's pool (Jetty takes a few for acceptor and selectors). */
    static final int CONTAINER_THREADS = 300;

    /** A connection that sends nothing for this long is closed. */
    static final long IDLE_TIMEOUT_MILLIS = 10_000;

    private final WireMockServer wireMock;
    private final DmsSimulator simulator;
    private final URI baseUri;
    private final DmsFastPath fastPath;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DmsServer(WireMockServer wireMock, DmsSimulator simulator, String bindAddress, DmsFastPath fastPath) {
        this.wireMock = wireMock;
        this.fastPath = fastPath;
        this.simulator = simulator;
        this.baseUri = httpUri(bindAddress, wireMock.port());
    }

    /**
     * A builder; {@code DmsServer.builder().start()} gives a server on a free loopback port with a default
     * simulator (manual clock).
     *
     * <pre>{@code
     * DmsServer server = DmsServer.builder().port(8080).bindAddress("0.0.0.0").start();
     * }</pre>
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The URI to give SDK clients as {@code endpointOverride}, such as {@code http://127.0.0.1:49152}: the
     * bind address as given (a wildcard address stays a wildcard) and the actual port.
     */
    public URI baseUri() {
        return baseUri;
    }

    /** The port the server listens on; the one chosen when the builder asked for port 0. */
    public int port() {
        return wireMock.port();
    }

    /**
     * The simulator that answers the calls.
     *
     * <pre>{@code
     * server.simulator().clock().advance(Duration.ofMinutes(5));
     * }</pre>
     */
    public DmsSimulator simulator() {
        return simulator;
    }

    /**
     * A client for this server's DMS admin API ({@code /__admin/dms/}), the same one a remote test would use.
     *
     * <pre>{@code
     * server.adminClient().arm(DmsFault.error("AccessDenied").on("StopReplication").times(1).build());
     * }</pre>
     */
    public DmsAdminClient adminClient() {
        return DmsAdminClient.of(baseUri);
    }

    /**
     * The WireMock server underneath, for stubs of your own and for verifying requests.
     *
     * <pre>{@code
     * server.wireMock().stubFor(get("/health").willReturn(ok()));
     * }</pre>
     */
    public WireMockServer wireMock() {
        return wireMock;
    }

    /** How many DMS calls skipped WireMock's request handling (see {@link Builder#wireMockOptions}). */
    long fastPathAnswers() {
        return fastPath.answered();
    }

    /** Stops the server; calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            wireMock.stop();
        }
    }

    @Override
    public String toString() {
        return "DmsServer[" + baseUri + "]";
    }

    private static URI httpUri(String host, int port) {
        try {
            // This constructor puts IPv6 literals in brackets.
            return new URI("http", null, host, port, null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable bind address: '" + host + "'", e);
        }
    }

    /**
     * Configures and starts a {@link DmsServer}. Give either a simulator, or settings and/or a clock for a
     * new one.
     *
     * <pre>{@code
     * DmsServer server = DmsServer.builder()
     *     .port(0)                                             // a free port (the default)
     *     .bindAddress("127.0.0.1")                            // the default
     *     .settings(SimulatorSettings.builder().defaultRegion("eu-west-1").build())
     *     .clock(SimulatedClock.accelerated(200))
     *     .start();
     * }</pre>
     */
    public static final class Builder {
        private int port;
        private String bindAddress = "127.0.0.1";
        private DmsSimulator simulator;
        private SimulatorSettings settings;
        private SimulatedClock clock;
        private Consumer<WireMockConfiguration> wireMockOptions = options -> {};
        private final Set<String> allowedOrigins = new LinkedHashSet<>();
        private final Set<String> allowedHosts = new LinkedHashSet<>();
        private long journalMaxBytes = Journal.DEFAULT_MAX_BYTES;

        private Builder() {}

        /** The port to listen on, 0 (the default) for a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** The address to listen on; {@code 127.0.0.1} by default, {@code 0.0.0.0} for every interface. */
        public Builder bindAddress(String bindAddress) {
            if (bindAddress == null || bindAddress.isBlank()) {
                throw new IllegalArgumentException("bind address must not be blank");
            }
            this.bindAddress = bindAddress;
            return this;
        }

        /**
         * A web origin allowed to use the admin API from a browser (CORS, with no credentials), such as
         * {@code http://localhost:3000}; {@code *} for any. None by default: a web page of another origin
         * can neither read admin answers nor send admin requests.
         */
        public Builder allowOrigin(String origin) {
            if (origin == null || origin.isBlank()) {
                throw new IllegalArgumentException("origin must not be blank");
            }
            allowedOrigins.add(origin.trim());
            return this;
        }

        /**
         * A host name the server answers besides the loopback ones ({@code localhost}, {@code 127.x.x.x},
         * {@code [::1]}), e.g. a Docker service name. A server bound to a non-loopback address answers any.
         */
        public Builder allowHost(String host) {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            allowedHosts.add(host.trim());
            return this;
        }

        /**
         * How many bytes of calls the journal of a new simulator keeps ({@link Journal#DEFAULT_MAX_BYTES}
         * unless told); the oldest calls are dropped beyond.
         */
        public Builder journalMaxBytes(long maxBytes) {
            this.journalMaxBytes = maxBytes;
            return this;
        }

        /** The simulator to serve; instead of {@link #settings} and {@link #clock}. */
        public Builder simulator(DmsSimulator simulator) {
            this.simulator = Objects.requireNonNull(simulator, "simulator");
            return this;
        }

        /** Settings of a new simulator; {@link SimulatorSettings#defaults()} when not given. */
        public Builder settings(SimulatorSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Clock of a new simulator; a manual clock when not given. */
        public Builder clock(SimulatedClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Adjusts WireMock's options after the builder has set port, bind address, extension and mapping
         * source; for anything else WireMock offers (HTTPS, journal size, threads).
         *
         * <p>DMS calls are answered straight by the simulator, in front of WireMock's stub matching, while no
         * stub of yours, transport fault, global delay, WireMock extension or request listener of yours exists:
         * the same answers, about twice as fast on the server side (see BENCHMARKS.md). WireMock's request
         * journal (on by default, unbounded, as WireMock's) still records them, as lightweight entries that
         * become serve events when read; with stores of your own ({@code withStores}) DMS calls take
         * WireMock's path unless the journal is off. A long-lived server should bound or disable the journal:
         *
         * <pre>{@code
         * builder.wireMockOptions(options -> options.maxRequestJournalEntries(1_000));
         * }</pre>
         */
        public Builder wireMockOptions(Consumer<WireMockConfiguration> customizer) {
            this.wireMockOptions = Objects.requireNonNull(customizer, "customizer");
            return this;
        }

        /** Starts the server; throws when the port is taken or the address cannot be bound. */
        public DmsServer start() {
            DmsSimulator served = simulatorToServe();
            DmsFastPath fastPath = new DmsFastPath(served);
            WireMockConfiguration options = WireMockConfiguration.options()
                    .bindAddress(bindAddress)
                    .extensions(new DmsWireMockExtension(served), new FallbackMapping())
                    .mappingSource(new NoFileMappings())
                    .httpServerFactory(new GuardedServerFactory(
                            ServerAccess.forBindAddress(bindAddress, allowedHosts, allowedOrigins), fastPath))
                    // Plenty for a test server; WireMock's default of 3 makes Jetty warn on small machines.
                    .jettyAcceptors(1)
                    // Slow or stalled clients (half a request) hold a thread each while Jetty waits for the
                    // rest: enough threads that 200 of them leave room for normal calls, and a timeout that
                    // frees them.
                    .containerThreads(CONTAINER_THREADS)
                    .jettyIdleTimeout(IDLE_TIMEOUT_MILLIS);
            if (port == 0) {
                options.dynamicPort();
            } else {
                options.port(port);
            }
            wireMockOptions.accept(options);
            // Cold start: WireMock's proxy clients (SSL, trust store) only when a proxy stub first needs one.
            options.httpClientFactory(new LazyProxyClients(options.httpClientFactory()));
            recordFastPathCallsInWireMocksJournal(options);
            WireMockServer wireMock = new WireMockServer(options) {
                @Override
                public void addMockServiceRequestListener(RequestListener listener) {
                    // A listener must see every call as WireMock hands it over.
                    fastPath.stop();
                    super.addMockServiceRequestListener(listener);
                }
            };
            try {
                wireMock.start();
                fastPath.serve(wireMock, options);
                return new DmsServer(wireMock, served, bindAddress, fastPath);
            } catch (RuntimeException e) {
                stopAfterFailedStart(wireMock, e);
                throw e;
            }
        }

        /**
         * With WireMock's journal on and its own in-memory stores (not stores of the user's), journal
         * entries for fast-path calls: built only when something reads the journal.
         */
        private static void recordFastPathCallsInWireMocksJournal(WireMockConfiguration options) {
            if (!options.requestJournalDisabled() && options.getStores().getClass() == DefaultStores.class) {
                options.withStores(new FastPathStores(
                        options.getStores(),
                        new FastPathJournal(
                                options.maxRequestJournalEntries().orElse(null),
                                options.getDataTruncationSettings().getMaxResponseBodySize())));
            }
        }

        /** Releases the threads a failed start may have left; the start failure is what the caller needs. */
        private static void stopAfterFailedStart(WireMockServer wireMock, RuntimeException startFailure) {
            try {
                wireMock.stop();
            } catch (Exception stopFailure) { // WireMock rethrows Jetty's checked exceptions unchecked
                startFailure.addSuppressed(stopFailure);
            }
        }

        private DmsSimulator simulatorToServe() {
            if (simulator == null) {
                return DmsSimulator.builder()
                        .settings(settings == null ? SimulatorSettings.defaults() : settings)
                        .clock(clock == null ? SimulatedClock.manual() : clock)
                        .journalMaxBytes(journalMaxBytes)
                        .build();
            }
            if (settings != null || clock != null) {
                throw new IllegalStateException(
                        "give either a simulator or settings/clock for a new one, not both: the simulator"
                                + " already has its settings and clock");
            }
            return simulator;
        }
    }
}
