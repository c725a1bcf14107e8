package io.dmstestkit.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.CreateReplicationConfigRequest;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.Replication;
import software.amazon.awssdk.services.databasemigration.model.ReplicationConfig;

/**
 * Source and target endpoints, replication configs and a way to wait for a replication without sleeping:
 * jump the virtual clock from one planned change to the next until a condition holds.
 */
public final class ReplicationFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DatabaseMigrationClient dms;
    private final SimulatedClock clock;
    private final Supplier<Optional<Instant>> nextChange;
    private String sourceArn;
    private String targetArn;

    public ReplicationFixture(
            DatabaseMigrationClient dms, SimulatedClock clock, Supplier<Optional<Instant>> nextChange) {
        this.dms = dms;
        this.clock = clock;
        this.nextChange = nextChange;
    }

    /** A fixture over a simulator, with the in-process SDK client of account 123456789012. */
    public static ReplicationFixture of(DmsSimulator simulator) {
        return new ReplicationFixture(TestClients.inProcess(simulator), simulator.clock(), simulator::nextChange);
    }

    public DatabaseMigrationClient dms() {
        return dms;
    }

    public SimulatedClock clock() {
        return clock;
    }

    /** A table mapping with one include rule; {@code %} is the DMS wildcard. */
    public static String mapping(String schema, String table) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode rule = root.putArray("rules").addObject();
        rule.put("rule-type", "selection").put("rule-id", "1").put("rule-name", "1");
        rule.putObject("object-locator").put("schema-name", schema).put("table-name", table);
        rule.put("rule-action", "include");
        return root.toString();
    }

    public String sourceArn() {
        if (sourceArn == null) {
            sourceArn = dms.createEndpoint(r -> r.endpointIdentifier("fixture-source")
                            .endpointType("source")
                            .engineName("postgres"))
                    .endpoint()
                    .endpointArn();
        }
        return sourceArn;
    }

    public String targetArn() {
        if (targetArn == null) {
            targetArn = dms.createEndpoint(r -> r.endpointIdentifier("fixture-target")
                            .endpointType("target")
                            .engineName("postgres"))
                    .endpoint()
                    .endpointArn();
        }
        return targetArn;
    }

    /** A valid create request selecting every table of schema public; tests change what they need. */
    public CreateReplicationConfigRequest.Builder configRequest(String identifier, MigrationTypeValue type) {
        return CreateReplicationConfigRequest.builder()
                .replicationConfigIdentifier(identifier)
                .sourceEndpointArn(sourceArn())
                .targetEndpointArn(targetArn())
                .replicationType(type)
                .computeConfig(c -> c.maxCapacityUnits(16))
                .tableMappings(mapping("public", "%"));
    }

    public ReplicationConfig createConfig(String identifier, MigrationTypeValue type) {
        return dms.createReplicationConfig(configRequest(identifier, type).build())
                .replicationConfig();
    }

    public Replication describe(String configArn) {
        return dms.describeReplications(
                        r -> r.filters(f -> f.name("replication-config-arn").values(configArn)))
                .replications()
                .get(0);
    }

    public Replication start(String configArn, String type) {
        return dms.startReplication(r -> r.replicationConfigArn(configArn).startReplicationType(type))
                .replication();
    }

    public Replication stop(String configArn) {
        return dms.stopReplication(r -> r.replicationConfigArn(configArn)).replication();
    }

    /** Jumps the clock from change to change until the replication satisfies {@code condition}. */
    public Replication jumpUntil(String configArn, Predicate<Replication> condition, String what) {
        return jumpUntil(() -> describe(configArn), condition, "replication never reached " + what);
    }

    /**
     * Reads, and jumps the clock to the next planned change between reads, until {@code condition} holds: the
     * one way every fixture waits without sleeping. {@code never} starts the message when nothing is planned.
     */
    public <T> T jumpUntil(Supplier<T> read, Predicate<T> condition, String never) {
        T value = read.get();
        while (!condition.test(value)) {
            Optional<Instant> next = nextChange.get();
            if (next.isEmpty()) {
                throw new AssertionError(never + "; it stays " + value);
            }
            clock.advanceTo(next.get());
            value = read.get();
        }
        return value;
    }

    public Replication jumpUntilStatus(String configArn, String status) {
        return jumpUntil(configArn, r -> r.status().equals(status), "status " + status);
    }
}
