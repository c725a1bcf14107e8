package io.dmstestkit.wiremock.browser;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.TableMappings;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/** Serverless replications made and watched through a real SDK client, for the browser tests. */
final class Replications {

    private final DatabaseMigrationClient client;
    private final DmsSimulator simulator;

    Replications(DatabaseMigrationClient client, DmsSimulator simulator) {
        this.client = client;
        this.simulator = simulator;
    }

    /** A full-load-and-CDC replication between two new Postgres endpoints; returns its config ARN. */
    String create(String identifier) {
        String source = client.createEndpoint(r -> r.endpointIdentifier(identifier + "-source")
                        .endpointType("source")
                        .engineName("postgres"))
                .endpoint()
                .endpointArn();
        String target = client.createEndpoint(r -> r.endpointIdentifier(identifier + "-target")
                        .endpointType("target")
                        .engineName("postgres"))
                .endpoint()
                .endpointArn();
        return client.createReplicationConfig(r -> r.replicationConfigIdentifier(identifier)
                        .sourceEndpointArn(source)
                        .targetEndpointArn(target)
                        .replicationType("full-load-and-cdc")
                        .computeConfig(c -> c.maxCapacityUnits(8))
                        .tableMappings(TableMappings.everything()))
                .replicationConfig()
                .replicationConfigArn();
    }

    void start(String configArn) {
        client.startReplication(r -> r.replicationConfigArn(configArn).startReplicationType("start-replication"));
    }

    void stop(String configArn) {
        client.stopReplication(r -> r.replicationConfigArn(configArn));
    }

    Replication describe(String configArn) {
        return client.describeReplications(
                        r -> r.filters(f -> f.name("replication-config-arn").values(configArn)))
                .replications()
                .get(0);
    }

    /** Describes, and jumps the manual clock to the next planned change between reads, until it holds. */
    Replication jumpUntil(String configArn, Predicate<Replication> condition) {
        Replication replication = describe(configArn);
        while (!condition.test(replication)) {
            Optional<Instant> next = simulator.nextChange();
            if (next.isEmpty()) {
                throw new AssertionError("nothing planned, and the replication stays " + replication);
            }
            simulator.clock().advanceTo(next.get());
            replication = describe(configArn);
        }
        return replication;
    }
}
