package io.dmstestkit.wiremock;

import io.dmstestkit.simulator.Journal;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.wiremock.internal.ServerVersion;
import io.dmstestkit.wiremock.internal.server.ServerAccess;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dms-testkit-server}: the DMS simulator as a standalone HTTP server, for tests in any language
 * and for trying DMS code by hand. Prints one line, {@code dms-testkit server listening on <uri>}, then
 * serves until the process is stopped.
 *
 * <pre>{@code
 * $ java -jar dms-testkit-server.jar --port 0 --clock-factor 600
 * dms-testkit server listening on http://127.0.0.1:41729
 * $ aws dms describe-endpoints --endpoint-url http://127.0.0.1:41729
 * }</pre>
 *
 * <p>Time runs {@value #DEFAULT_CLOCK_FACTOR} times faster than wall time by default: with the default
 * timings a small full-load-and-CDC replication (about 15 virtual minutes from start to running with the
 * full load done) is there in under 5 seconds.
 */
@API(status = API.Status.EXPERIMENTAL)
@Command(
        name = "dms-testkit-server",
        mixinStandardHelpOptions = true,
        versionProvider = ServerVersion.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = "Serves a simulated AWS Database Migration Service over HTTP (AWS JSON 1.1, as the AWS"
                + " SDKs and CLI speak it). Point clients at the printed URL as their endpoint; a 12-digit"
                + " access key id is taken as the account id. The admin API (reset, clock, faults, journal,"
                + " resources, tables, incidents, CDC latency) is under <url>/__admin/dms/; a live dashboard at"
                + " <url>/__admin/dms/ui.")
public final class ServerCommand implements Callable<Integer> {

    /** Virtual seconds per wall second unless told otherwise. */
    public static final double DEFAULT_CLOCK_FACTOR = 200;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(
            names = "--bind-address",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "Address to listen on; 0.0.0.0 for every interface. Default: ${DEFAULT-VALUE}.")
    String bindAddress;

    @Option(
            names = "--allow-origin",
            paramLabel = "ORIGIN",
            description = "A web origin (e.g. http://localhost:3000, or * for any) allowed to use the admin API"
                    + " from a browser (CORS without credentials). Repeatable. Default: none.")
    java.util.List<String> allowedOrigins = new java.util.ArrayList<>();

    @Option(
            names = "--allow-host",
            paramLabel = "NAME",
            description = "A host name answered besides localhost, 127.x.x.x and [::1] (e.g. a Docker service"
                    + " name); a server bound to a non-loopback address answers any. Repeatable.")
    java.util.List<String> allowedHosts = new java.util.ArrayList<>();

    @Option(
            names = "--journal-max-bytes",
            paramLabel = "BYTES",
            description = "Bytes of calls the journal keeps before dropping the oldest. Default: ${DEFAULT-VALUE}.",
            defaultValue = "" + Journal.DEFAULT_MAX_BYTES)
    long journalMaxBytes;

    @ArgGroup(exclusive = true)
    ClockOptions clock;

    @Option(
            names = "--region",
            paramLabel = "REGION",
            defaultValue = SimulatorSettings.DEFAULT_REGION,
            description = "Region of calls without a SigV4 credential scope. Default: ${DEFAULT-VALUE}.")
    String region;

    @Option(
            names = "--account",
            paramLabel = "ACCOUNT_ID",
            defaultValue = SimulatorSettings.DEFAULT_ACCOUNT,
            description = "Account (12 digits) of calls whose access key id is not a 12-digit account id."
                    + " Default: ${DEFAULT-VALUE}.")
    String account;

    @Spec
    CommandSpec spec;

    /** How virtual time moves: one of the two, or neither for the default factor. */
    static final class ClockOptions {
        @Option(
                names = "--clock-factor",
                paramLabel = "FACTOR",
                description = "Virtual seconds per wall second. Default: "
                        + (long) DEFAULT_CLOCK_FACTOR
                        + " (a small full-load-and-CDC replication is running within seconds).")
        Double factor;

        @Option(names = "--manual-clock", description = "Virtual time stands still unless advanced explicitly.")
        boolean manual;
    }

    /**
     * Runs the server until the process is stopped; exits with 2 on bad options, 1 when the server cannot
     * start.
     *
     * <pre>{@code
     * java -jar dms-testkit-server.jar --port 4566 --region eu-west-1
     * }</pre>
     */
    public static void main(String... args) {
        quietLogging();
        System.exit(new CommandLine(new ServerCommand()).execute(args));
    }

    /** Starts the server, prints where it listens and serves until the JVM shuts down. */
    @Override
    public Integer call() throws InterruptedException {
        DmsServer server;
        try {
            server = start();
        } catch (ParameterException e) {
            throw e;
        } catch (Exception e) { // WireMock also rethrows Jetty's checked exceptions unchecked
            PrintWriter err = spec.commandLine().getErr();
            err.println("dms-testkit server could not start on " + bindAddress + ":" + port + ": " + rootMessage(e));
            err.flush();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "dms-testkit-server-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        exposureWarning(bindAddress).ifPresent(warning -> {
            PrintWriter err = spec.commandLine().getErr();
            err.println(warning);
            err.flush();
        });
        out.println(listeningLine(server));
        out.println(dashboardLine(server));
        out.flush();
        stopped.await();
        return 0;
    }

    /** The warning a server bound to a non-loopback address prints: anyone who reaches it may drive it. */
    static java.util.Optional<String> exposureWarning(String bindAddress) {
        if (ServerAccess.isLoopback(bindAddress)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("warning: listening on " + bindAddress + ": the DMS endpoint and its admin API"
                + " (reset, faults, journal) are open to the network, without authentication");
    }

    /** Validates the options and starts the server they describe. */
    DmsServer start() {
        if (journalMaxBytes < 65_536) {
            throw usageError("--journal-max-bytes must be at least 65536, was " + journalMaxBytes);
        }
        DmsServer.Builder builder = DmsServer.builder();
        allowedOrigins.forEach(builder::allowOrigin);
        allowedHosts.forEach(builder::allowHost);
        return builder.port(validPort())
                .bindAddress(validBindAddress())
                .settings(simulatorSettings())
                .clock(simulatedClock())
                .journalMaxBytes(journalMaxBytes)
                // A long-running server must not keep every request it ever saw, and WireMock 3.13's bounded
                // journal recounts itself on every request (BENCHMARKS.md, finding 7). The simulator's own
                // bounded journal (GET /__admin/dms/journal) already records every DMS call.
                .wireMockOptions(options -> options.disableRequestJournal())
                .start();
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    static String listeningLine(DmsServer server) {
        return "dms-testkit server listening on " + server.baseUri();
    }

    /** Where the live dashboard is: the server's own page, on the same port. */
    static String dashboardLine(DmsServer server) {
        return "dashboard: " + server.baseUri().resolve("/__admin/dms/ui");
    }

    SimulatorSettings simulatorSettings() {
        if (region.isBlank()) {
            throw usageError("--region must not be blank");
        }
        try {
            return SimulatorSettings.builder()
                    .defaultAccount(account)
                    .defaultRegion(region)
                    .build();
        } catch (IllegalArgumentException e) {
            throw usageError("--account must be 12 digits, was '" + account + "'");
        }
    }

    SimulatedClock simulatedClock() {
        if (clock != null && clock.manual) {
            return SimulatedClock.manual();
        }
        double factor = clock == null || clock.factor == null ? DEFAULT_CLOCK_FACTOR : clock.factor;
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw usageError("--clock-factor must be a positive number, was " + factor);
        }
        return SimulatedClock.accelerated(factor);
    }

    private int validPort() {
        if (port < 0 || port > 65_535) {
            throw usageError("--port must be between 0 and 65535, was " + port);
        }
        return port;
    }

    private String validBindAddress() {
        if (bindAddress.isBlank()) {
            throw usageError("--bind-address must not be blank");
        }
        return bindAddress;
    }

    private ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Jetty logs its start-up at INFO; the server's console shows warnings and errors only. */
    private static void quietLogging() {
        String level = "org.slf4j.simpleLogger.defaultLogLevel";
        if (System.getProperty(level) == null) {
            System.setProperty(level, "warn");
        }
    }
}
