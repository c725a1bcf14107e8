package io.dmstestkit.dsl.internal;

import io.dmstestkit.dsl.DmsTarget;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.simulator.CallPattern;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.TableSpec;
import io.dmstestkit.wiremock.DmsAdminClient;
import io.dmstestkit.wiremock.DmsAdminException;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * Runs scenarios on a dms-testkit server (or any WireMock with the DMS extension) over HTTP: DMS calls
 * through the SDK, the rest through the server's admin API ({@link DmsAdminClient}).
 *
 * <p>Each session gets its own account: a random 12-digit id, sent as the SDK's access key id. Runs
 * sharing a server, from other threads or other processes, so never see each other's resources, faults or
 * calls; they do share the server's clock.
 *
 * <p>On a server with a manual clock, waits move virtual time and nothing sleeps, as on the embedded
 * simulator, and jump to the account's next planned change (the server's clock endpoint tells it) instead
 * of polling through empty time. On one whose clock runs by itself (accelerated), waits pause briefly in wall time and move
 * the clock on by the poll interval at each poll ({@link Session#advancesClockWhilePolling()}).
 */
public final class RemoteTarget implements DmsTarget {

    /**
     * How long {@link #probe} waits for the admin API. An endpoint without one answers (or refuses) fast;
     * a busy machine can be slow, so waiting longer only costs time when something is really wrong.
     */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(15);

    private static final Region REGION = Region.US_EAST_1;
    private static final long FIRST_ACCOUNT = 100_000_000_000L;
    private static final long ACCOUNTS = 900_000_000_000L;

    private final URI endpoint;
    private final DmsAdminClient admin;
    private final boolean manualClock;
    // Random, not sequential: concurrent processes sharing a server cannot coordinate a counter.
    private final SecureRandom random = new SecureRandom();
    private final Set<String> accountsUsed = ConcurrentHashMap.newKeySet();

    public RemoteTarget(URI endpoint, DmsAdminClient admin, boolean manualClock) {
        this.endpoint = endpoint;
        this.admin = admin;
        this.manualClock = manualClock;
    }

    /**
     * A target for {@code endpoint} when it serves the DMS admin API ({@code GET /__admin/dms/clock}
     * answers within {@link #PROBE_TIMEOUT}); empty when it does not, e.g. for real AWS.
     */
    public static Optional<DmsTarget> probe(URI endpoint) {
        DmsAdminClient probe = DmsAdminClient.of(
                        endpoint,
                        HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build())
                .withTimeout(PROBE_TIMEOUT);
        try {
            probe.now(); // an answer with a readable virtual time, not just any JSON
            boolean manual = probe.isManualClock();
            return Optional.of(new RemoteTarget(endpoint, DmsAdminClient.of(endpoint), manual));
        } catch (RuntimeException noAdminApi) {
            if (timedOut(noAdminApi)) {
                // No answer at all is not "no admin API": falling back would quietly drop the clock and faults.
                throw new IllegalStateException(
                        "the endpoint " + endpoint + " did not answer within " + PROBE_TIMEOUT.toSeconds()
                                + " s; is it up and reachable?",
                        noAdminApi);
            }
            // Refused, not found, not JSON, or JSON of another shape: whatever it is, it is no admin API.
            return Optional.empty();
        }
    }

    private static boolean timedOut(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.http.HttpTimeoutException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String describe() {
        return "dms-testkit server " + endpoint + (manualClock ? " (manual clock)" : " (accelerated clock)");
    }

    @Override
    public Session open() {
        return new RemoteSession(newAccount());
    }

    private String newAccount() {
        while (true) {
            String account = String.valueOf(FIRST_ACCOUNT + random.nextLong(ACCOUNTS));
            if (accountsUsed.add(account)) {
                return account;
            }
        }
    }

    private final class RemoteSession implements Session {
        private final String account;
        private final DatabaseMigrationClient client;
        private final List<String> faultIds = new ArrayList<>();

        RemoteSession(String account) {
            this.account = account;
            this.client = DatabaseMigrationClient.builder()
                    .endpointOverride(endpoint)
                    .region(REGION)
                    .credentialsProvider(
                            StaticCredentialsProvider.create(AwsBasicCredentials.create(account, "dms-testkit")))
                    .build();
        }

        @Override
        public DatabaseMigrationClient client() {
            return client;
        }

        @Override
        public Instant now() {
            return admin(admin::now);
        }

        @Override
        public void advance(Duration duration) {
            admin(() -> admin.advance(duration));
        }

        @Override
        public boolean hasVirtualClock() {
            return manualClock;
        }

        @Override
        public boolean advancesClockWhilePolling() {
            return !manualClock;
        }

        @Override
        public boolean knowsNextChange() {
            return true;
        }

        /** The next planned change of this session's account, from the server's clock endpoint. */
        @Override
        public Optional<Instant> nextChange() {
            return admin(() -> admin.nextChange(account, REGION.id()));
        }

        @Override
        public void declareTables(List<TableSpec> tables) {
            admin(() -> {
                admin.declareTables(account, REGION.id(), tables);
                return null;
            });
        }

        @Override
        public String armFault(DmsFault fault) {
            DmsFault own = fault.account().isPresent() ? fault : fault.withAccount(account);
            String id = admin(() -> admin.arm(own));
            faultIds.add(id);
            return id;
        }

        @Override
        public void disarmFaults() {
            for (String id : faultIds) {
                try {
                    admin.disarm(id);
                } catch (DmsAdminException e) {
                    // 404: already gone (a reset of the server); anything else is worth knowing.
                    if (e.status().orElse(0) != 404) {
                        throw failed(e);
                    }
                }
            }
            faultIds.clear();
        }

        @Override
        public void planIncident(String resourceArn, Step incident) {
            admin(() -> {
                admin.planIncident(account, REGION.id(), resourceArn, IncidentSteps.toIncident(incident, now()));
                return null;
            });
        }

        @Override
        public Optional<Duration> cdcLatency(String resourceArn) {
            return admin(() -> admin.cdcLatency(account, REGION.id(), resourceArn));
        }

        @Override
        public List<String> assessmentActionItems(String migrationProject) {
            return admin(() -> admin.assessmentActionItems(account, REGION.id(), migrationProject));
        }

        @Override
        public long countCalls(String operation, String resource) {
            CallPattern pattern = CallPattern.dmsCall(operation).withAccount(account);
            CallPattern wanted = resource == null ? pattern : pattern.withResource(resource);
            return admin(() -> admin.find(wanted)).size();
        }

        @Override
        public void close() {
            try {
                disarmFaults();
            } finally {
                client.close();
            }
        }

        /** An admin call; a refusal or an unreachable server fails the step with what the server said. */
        private <T> T admin(Supplier<T> call) {
            try {
                return call.get();
            } catch (DmsAdminException e) {
                throw failed(e);
            }
        }

        private IllegalStateException failed(DmsAdminException e) {
            String reason = e.serverMessage() != null ? e.serverMessage() : e.getMessage();
            return new IllegalStateException(describe() + ": " + reason, e);
        }
    }
}
