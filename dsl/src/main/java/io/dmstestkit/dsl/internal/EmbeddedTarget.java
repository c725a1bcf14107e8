package io.dmstestkit.dsl.internal;

import io.dmstestkit.dsl.DmsTarget;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.simulator.CallPattern;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.TableSpec;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * Runs scenarios on an in-process simulator. Each session gets its own account (the access key id is a
 * fresh 12-digit account id), so sessions sharing one simulator never see each other's resources.
 */
public final class EmbeddedTarget implements DmsTarget {

    private static final long FIRST_ACCOUNT = 100_000_000_001L;

    private final DmsSimulator simulator;
    private final AtomicLong nextAccount = new AtomicLong(FIRST_ACCOUNT);

    public EmbeddedTarget(DmsSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public String describe() {
        return "embedded simulator";
    }

    @Override
    public Session open() {
        return new EmbeddedSession(String.valueOf(nextAccount.getAndIncrement()));
    }

    private final class EmbeddedSession implements Session {
        private final String account;
        private final Region region = Region.US_EAST_1;
        private final DatabaseMigrationClient client;
        private final List<String> faultIds = new ArrayList<>();

        EmbeddedSession(String account) {
            this.account = account;
            this.client = DatabaseMigrationClient.builder()
                    .httpClient(simulator.inProcessHttpClient())
                    .endpointOverride(URI.create("http://dms.in-process"))
                    .region(region)
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
        public void declareTables(List<TableSpec> tables) {
            simulator.declareTables(account, region.id(), tables);
        }

        @Override
        public String armFault(DmsFault fault) {
            String id = simulator.faults().arm(fault.account().isPresent() ? fault : fault.withAccount(account));
            faultIds.add(id);
            return id;
        }

        @Override
        public void disarmFaults() {
            faultIds.forEach(simulator.faults()::disarm);
            faultIds.clear();
        }

        @Override
        public void planIncident(String resourceArn, Step incident) {
            simulator.planIncident(account, region.id(), resourceArn, IncidentSteps.toIncident(incident, now()));
        }

        @Override
        public Optional<Duration> cdcLatency(String resourceArn) {
            return simulator.cdcLatency(account, region.id(), resourceArn);
        }

        @Override
        public long countCalls(String operation, String resource) {
            CallPattern pattern = CallPattern.dmsCall(operation).withAccount(account);
            return simulator
                    .journal()
                    .find(resource == null ? pattern : pattern.withResource(resource))
                    .size();
        }

        @Override
        public void close() {
            disarmFaults();
            client.close();
        }
    }
}
