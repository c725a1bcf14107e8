package io.dmstestkit.dsl.internal;

import io.dmstestkit.dsl.DmsTarget;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.simulator.CallPattern;
import io.dmstestkit.simulator.DmsClients;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.TableSpec;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * Runs scenarios on an in-process simulator, in one of two ways:
 *
 * <ul>
 *   <li>{@link #freshAccounts}: each session gets its own account (the access key id is a fresh 12-digit
 *       account id) and its own in-process client, so runs sharing one simulator never see each other;
 *       faults a run arms are disarmed when it ends. For scenarios that are tests by themselves.
 *   <li>{@link #inAccount}: every session runs in one given account through a given client (a test's
 *       own), and faults a run arms stay armed until the target is closed. For scenarios that set the
 *       stage for the code under test.
 * </ul>
 */
public final class EmbeddedTarget implements DmsTarget {

    private static final long FIRST_ACCOUNT = 100_000_000_001L;
    private static final Region DEFAULT_REGION = Region.US_EAST_1;

    private final DmsSimulator simulator;
    private final Supplier<Account> accounts;
    private final boolean faultsOutliveRuns;
    private final String description;
    private final Set<String> armed = ConcurrentHashMap.newKeySet();

    /** The account, region and client one session uses, and whether the session owns (closes) the client. */
    private record Account(String id, String region, Supplier<DatabaseMigrationClient> client, boolean owned) {}

    private EmbeddedTarget(
            DmsSimulator simulator, Supplier<Account> accounts, boolean faultsOutliveRuns, String description) {
        this.simulator = simulator;
        this.accounts = accounts;
        this.faultsOutliveRuns = faultsOutliveRuns;
        this.description = description;
    }

    public static EmbeddedTarget freshAccounts(DmsSimulator simulator) {
        AtomicLong next = new AtomicLong(FIRST_ACCOUNT);
        return new EmbeddedTarget(
                simulator,
                () -> {
                    String account = String.valueOf(next.getAndIncrement());
                    DatabaseMigrationClient client = inProcessClient(simulator, account);
                    return new Account(account, DEFAULT_REGION.id(), () -> client, true);
                },
                false,
                "embedded simulator");
    }

    public static EmbeddedTarget inAccount(
            DmsSimulator simulator, String account, String region, Supplier<DatabaseMigrationClient> client) {
        Account fixed = new Account(account, region, client, false);
        return new EmbeddedTarget(
                simulator, () -> fixed, true, "embedded simulator, account " + account + " (" + region + ")");
    }

    private static DatabaseMigrationClient inProcessClient(DmsSimulator simulator, String account) {
        return DatabaseMigrationClient.builder()
                .httpClient(simulator.inProcessHttpClient())
                .endpointOverride(URI.create("http://dms.in-process"))
                .region(DEFAULT_REGION)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "dms-testkit")))
                .overrideConfiguration(o -> o.retryStrategy(DmsClients.virtualRetries(simulator)))
                .build();
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public Session open() {
        return new EmbeddedSession(accounts.get());
    }

    /** Disarms the faults runs armed and left armed. */
    @Override
    public void close() {
        armed.forEach(simulator.faults()::disarm);
        armed.clear();
    }

    private final class EmbeddedSession implements Session {
        private final Account account;
        private final List<String> faultIds = new ArrayList<>();

        EmbeddedSession(Account account) {
            this.account = account;
        }

        @Override
        public DatabaseMigrationClient client() {
            return account.client().get();
        }

        @Override
        public Instant now() {
            return simulator.clock().now();
        }

        @Override
        public void advance(Duration duration) {
            simulator.clock().advance(duration);
        }

        @Override
        public boolean hasVirtualClock() {
            return simulator.clock().isManual();
        }

        @Override
        public boolean knowsNextChange() {
            return true;
        }

        @Override
        public Optional<Instant> nextChange() {
            return simulator.nextChange(account.id(), account.region());
        }

        @Override
        public void declareTables(List<TableSpec> tables) {
            simulator.declareTables(account.id(), account.region(), tables);
        }

        @Override
        public String armFault(DmsFault fault) {
            String id = simulator.faults().arm(fault.account().isPresent() ? fault : fault.withAccount(account.id()));
            faultIds.add(id);
            armed.add(id);
            return id;
        }

        @Override
        public void disarmFaults() {
            faultIds.forEach(id -> {
                simulator.faults().disarm(id);
                armed.remove(id);
            });
            faultIds.clear();
        }

        @Override
        public void planIncident(String resourceArn, Step incident) {
            simulator.planIncident(
                    account.id(), account.region(), resourceArn, IncidentSteps.toIncident(incident, now()));
        }

        @Override
        public Optional<Duration> cdcLatency(String resourceArn) {
            return simulator.cdcLatency(account.id(), account.region(), resourceArn);
        }

        @Override
        public long countCalls(String operation, String resource) {
            CallPattern pattern = CallPattern.dmsCall(operation).withAccount(account.id());
            return simulator
                    .journal()
                    .find(resource == null ? pattern : pattern.withResource(resource))
                    .size();
        }

        @Override
        public List<String> assessmentActionItems(String migrationProject) {
            return simulator.assessmentActionItems(account.id(), account.region(), migrationProject);
        }

        @Override
        public void close() {
            if (!faultsOutliveRuns) {
                disarmFaults();
            }
            if (account.owned()) {
                account.client().get().close();
            }
        }
    }
}
