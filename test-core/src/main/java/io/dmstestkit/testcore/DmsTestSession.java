package io.dmstestkit.testcore;

import io.dmstestkit.dsl.DmsTarget;
import io.dmstestkit.dsl.DmsTargets;
import io.dmstestkit.dsl.RunAwait;
import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.ScenarioResult;
import io.dmstestkit.dsl.ScenarioRunner;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.StatusChange;
import io.dmstestkit.testcore.internal.Closer;
import io.dmstestkit.testcore.internal.Lazy;
import io.dmstestkit.testcore.internal.SdkClients;
import io.dmstestkit.testcore.internal.SystemPropertyOverride;
import io.dmstestkit.wiremock.DmsAdminClient;
import io.dmstestkit.wiremock.DmsServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationAsyncClient;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * One test's view of a simulated DMS: its own account on a {@link DmsBackend}, SDK clients signed for
 * that account, the endpoint, a scenario runner working in that account, and everything to close
 * afterwards. The JUnit and Spock extensions open one per test (or class) and close it when done; it
 * works just as well by hand.
 *
 * <pre>{@code
 * try (DmsTestSession session = DmsTestSession.open(DmsTestSettings.builder()
 *         .scenarioFiles("scenarios/orders-ready.dms.yaml")
 *         .build())) {
 *     new MigrationOrchestrator(session.client()).cutOver("orders");      // the code under test
 *     assertThat(session.replication("orders").orElseThrow()).hasStatus("stopped");
 * }
 * }</pre>
 *
 * <p>Clients and the server are made on first use and closed, last made first, by {@link #close()}. The
 * async client, the endpoint URI, the admin client and the system properties need a real socket: with
 * {@link Transport#IN_PROCESS} the first of them starts the backend's server. (The simulator offers no
 * in-process async HTTP client yet.)
 *
 * <p>With {@link DmsTestSettings#systemProperties()}, SDK clients the code under test builds itself
 * (without {@code endpointOverride}, with the default credential and region chains) reach the simulator
 * as this session's account: the session sets {@value #ENDPOINT_PROPERTY}, {@value #ACCESS_KEY_PROPERTY},
 * {@value #SECRET_KEY_PROPERTY} and {@value #REGION_PROPERTY}, and puts the previous values back on close.
 * Environment variables ({@code AWS_ENDPOINT_URL_DATABASE_MIGRATION_SERVICE}) cannot be set from inside a
 * running JVM, and system properties are global to it: tests using this must not run in parallel with
 * tests that build AWS clients from the defaults.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsTestSession implements AutoCloseable {

    /**
     * The system property the AWS SDK for Java 2.x reads for the DMS endpoint (it names the service by its
     * client name, {@code DatabaseMigration}; the environment variable uses the service id instead).
     */
    public static final String ENDPOINT_PROPERTY = "aws.endpointUrlDatabaseMigration";

    public static final String ACCESS_KEY_PROPERTY = "aws.accessKeyId";
    public static final String SECRET_KEY_PROPERTY = "aws.secretAccessKey";
    public static final String REGION_PROPERTY = "aws.region";

    private final DmsTestSettings settings;
    private final DmsBackend backend;
    private final String account;
    private final Closer closer = new Closer();
    private final Lazy<DatabaseMigrationClient> client;
    private final Lazy<DatabaseMigrationAsyncClient> asyncClient;
    private final Lazy<DmsAdminClient> adminClient;
    private final ScenarioRunner runner;
    private final List<ScenarioResult> scenarioResults = new ArrayList<>();

    private DmsTestSession(DmsTestSettings settings, DmsBackend backend, boolean ownsBackend) {
        this.settings = settings;
        this.backend = backend;
        this.account = settings.account().orElseGet(backend::newAccount);
        if (ownsBackend) {
            closer.register(backend);
        }
        this.client = Lazy.of(() -> closer.register(
                settings.transport() == Transport.HTTP
                        ? SdkClients.http(backend.simulator(), endpoint(), account, region())
                        : SdkClients.inProcess(backend.simulator(), account, region())));
        this.asyncClient =
                Lazy.of(() -> closer.register(SdkClients.async(backend.simulator(), endpoint(), account, region())));
        this.adminClient = Lazy.of(() -> server().adminClient());
        DmsTarget target =
                closer.register(DmsTargets.embeddedInAccount(backend.simulator(), account, region(), client));
        this.runner = new ScenarioRunner(target);
    }

    /**
     * Opens a session on a backend of its own, closed with the session.
     *
     * @throws io.dmstestkit.dsl.ScenarioFailedError when a scenario file of the settings fails
     * @throws io.dmstestkit.dsl.ScenarioLoadException when a scenario file cannot be read
     */
    public static DmsTestSession open(DmsTestSettings settings) {
        DmsBackend backend = DmsBackend.start(settings);
        return start(new DmsTestSession(settings, backend, true));
    }

    /**
     * Opens a session on a shared backend, which stays open when the session closes.
     *
     * <pre>{@code
     * DmsTestSession session = DmsTestSession.open(settings, sharedBackend);
     * }</pre>
     */
    public static DmsTestSession open(DmsTestSettings settings, DmsBackend backend) {
        return start(new DmsTestSession(settings, backend, false));
    }

    /** Points the system properties, then runs the scenario files; closes what was opened when that fails. */
    private static DmsTestSession start(DmsTestSession session) {
        try {
            if (session.settings.systemProperties()) {
                session.closer.register(SystemPropertyOverride.apply(session.systemProperties()));
            }
            session.runScenarioFiles();
            return session;
        } catch (RuntimeException | Error e) {
            try {
                session.close();
            } catch (RuntimeException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    private void runScenarioFiles() {
        for (String file : settings.scenarioFiles()) {
            for (Scenario scenario : ScenarioLoader.loadResource(file, Map.of())) {
                scenarioResults.add(runner.run(scenario).assertPassed());
            }
        }
    }

    private Map<String, String> systemProperties() {
        return Map.of(
                ENDPOINT_PROPERTY, endpoint().toString(),
                ACCESS_KEY_PROPERTY, account,
                SECRET_KEY_PROPERTY, SdkClients.secretKey(),
                REGION_PROPERTY, region());
    }

    public DmsTestSettings settings() {
        return settings;
    }

    /** The account id (12 digits) this session's clients use; its resources live there. */
    public String account() {
        return account;
    }

    public String region() {
        return settings.region();
    }

    /** The simulator behind the session; shared with other sessions when the backend is. */
    public DmsSimulator simulator() {
        return backend.simulator();
    }

    public DmsBackend backend() {
        return backend;
    }

    /**
     * The sync SDK client, in the session's account, over the configured transport.
     *
     * <pre>{@code
     * session.client().describeReplicationConfigs(r -> {}).replicationConfigs();
     * }</pre>
     */
    public DatabaseMigrationClient client() {
        return client.get();
    }

    /** The async SDK client (netty, over HTTP), in the session's account. */
    public DatabaseMigrationAsyncClient asyncClient() {
        return asyncClient.get();
    }

    /** The endpoint to give SDK clients of your own, such as {@code http://127.0.0.1:49152}. */
    public URI endpoint() {
        return server().baseUri();
    }

    /** The server in front of the simulator: for WireMock stubs of your own ({@code server().wireMock()}). */
    public DmsServer server() {
        return backend.server();
    }

    /** A client of the server's DMS admin API, as a test against a remote dms-testkit server would use. */
    public DmsAdminClient adminClient() {
        return adminClient.get();
    }

    /**
     * Runs scenarios in this session's account, through {@link #client()}: what they create, the test sees.
     *
     * <pre>{@code
     * session.scenarioRunner().run(scenario("given").replication("orders", r -> r.type(FULL_LOAD)).build())
     *     .assertPassed();
     * }</pre>
     */
    public ScenarioRunner scenarioRunner() {
        return runner;
    }

    /** The results of the scenario files run when the session opened, in order. */
    public List<ScenarioResult> scenarioResults() {
        return List.copyOf(scenarioResults);
    }

    /** The replication of a config of this session (identifier or ARN), as DMS would describe it now. */
    public Optional<Replication> replication(String nameOrArn) {
        return simulator().replication(account, region(), nameOrArn);
    }

    /** A data migration of this session (name or ARN), as DMS would describe it now. */
    public Optional<DataMigration> dataMigration(String nameOrArn) {
        return simulator().dataMigration(account, region(), nameOrArn);
    }

    /**
     * The names of one type of this session's resources, sorted, read without a DMS call (nothing is journaled).
     *
     * <pre>{@code
     * session.resourceNames("replication-config");   // [customers, orders]
     * }</pre>
     *
     * @param arnResourceType the resource type in DMS's ARNs: {@code replication-config}, {@code task},
     *     {@code rep} (replication instances), {@code data-migration}, {@code endpoint}
     */
    public List<String> resourceNames(String arnResourceType) {
        return simulator().resourceNames(account, region(), arnResourceType);
    }

    /** The table statistics of a replication of this session now; empty when there is no such replication. */
    public List<TableStatistics> tableStatistics(String nameOrArn) {
        return simulator().tableStatistics(account, region(), nameOrArn);
    }

    /** The statuses a replication or data migration of this session entered so far, with virtual times. */
    public List<StatusChange> statusHistory(String nameOrArn) {
        return simulator().statusHistory(account, region(), nameOrArn);
    }

    /**
     * The clock a wait of this session polls on: virtual when the simulator's clock is manual (a wait jumps to
     * the account's next planned change, nothing sleeps), wall time otherwise.
     */
    public RunAwait.Clock awaitClock() {
        DmsSimulator simulator = simulator();
        return RunAwait.Clock.of(simulator.clock(), () -> simulator.nextChange(account, region()));
    }

    /**
     * Closes the clients, puts system properties back, disarms the faults scenarios armed and, when the
     * backend is the session's own, stops it; last opened first. Calling it again does nothing.
     */
    @Override
    public void close() {
        closer.close();
    }

    @Override
    public String toString() {
        return "DMS test session (account " + account + ", " + region() + ", "
                + settings.transport().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")";
    }
}
