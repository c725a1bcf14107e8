package io.dmstestkit.benchmarks;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.TableMappings;
import io.dmstestkit.simulator.TableSpec;
import java.util.List;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.Filter;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/**
 * One replication lifecycle as a test drives it through the SDK: create a source and a target endpoint and
 * a full-load-and-cdc config over one small table, start, poll DescribeReplications until running and
 * 100 % loaded, stop, poll until stopped, read the StopReason, then delete the config and both endpoints so
 * that the next lifecycle in the same account starts from the same (empty) state.
 *
 * <pre>{@code
 * Lifecycle lifecycle = new Lifecycle(dms, Lifecycle.jumpToNextChange(simulator));
 * Lifecycle.Outcome outcome = lifecycle.run(Polling.exactly(shape, true));
 * outcome.stopReason();                                       // "Stop Reason NORMAL"
 * }</pre>
 */
final class Lifecycle {

    /** The one source table: small, so the full load is a few status changes, not thousands. */
    static final TableSpec TABLE = TableSpec.of("public", "orders", 10_000);

    private static final String MAPPING = TableMappings.selecting(List.of(TABLE));

    private final DatabaseMigrationClient dms;
    private final Runnable betweenPolls;

    /**
     * @param dms the client under test
     * @param betweenPolls what happens between two polls: a jump of the virtual clock, or nothing for static
     *     stubs
     */
    Lifecycle(DatabaseMigrationClient dms, Runnable betweenPolls) {
        this.dms = dms;
        this.betweenPolls = betweenPolls;
    }

    /** Between two polls, moves the simulator's manual clock to its next planned change, as runners do. */
    static Runnable jumpToNextChange(DmsSimulator simulator) {
        return () -> simulator.nextChange().ifPresent(simulator.clock()::advanceTo);
    }

    /** Declares {@link #TABLE} in an account, so the selection rule finds it with its row count. */
    static void declareTable(DmsSimulator simulator, String account) {
        simulator.declareTables(account, Clients.REGION.id(), List.of(TABLE));
    }

    /** What a lifecycle ends with, and how many SDK calls it made. */
    record Outcome(String stopReason, int calls) {}

    /** Runs one lifecycle; polls as {@code polling} says. Throws when any call fails. */
    Outcome run(Polling polling) {
        String source = createEndpoint("bench-source", "source");
        String target = createEndpoint("bench-target", "target");
        String config = dms.createReplicationConfig(r -> r.replicationConfigIdentifier("bench-lifecycle")
                        .sourceEndpointArn(source)
                        .targetEndpointArn(target)
                        .replicationType(MigrationTypeValue.FULL_LOAD_AND_CDC)
                        .computeConfig(c -> c.maxCapacityUnits(16))
                        .tableMappings(MAPPING))
                .replicationConfig()
                .replicationConfigArn();
        dms.startReplication(r -> r.replicationConfigArn(config).startReplicationType("start-replication"));
        Polling.Polled loaded = polling.await(Milestone.LOADED, () -> describe(config), betweenPolls);
        dms.stopReplication(r -> r.replicationConfigArn(config));
        Polling.Polled stopped = polling.await(Milestone.STOPPED, () -> describe(config), betweenPolls);
        dms.deleteReplicationConfig(r -> r.replicationConfigArn(config));
        dms.deleteEndpoint(r -> r.endpointArn(source));
        dms.deleteEndpoint(r -> r.endpointArn(target));
        return new Outcome(stopped.last().stopReason(), LifecycleShape.COMMANDS + loaded.polls() + stopped.polls());
    }

    private String createEndpoint(String identifier, String type) {
        return dms.createEndpoint(
                        r -> r.endpointIdentifier(identifier).endpointType(type).engineName("postgres"))
                .endpoint()
                .endpointArn();
    }

    private Replication describe(String configArn) {
        return describe(dms, configArn);
    }

    /** The replication of one config, as a test polls it. */
    static Replication describe(DatabaseMigrationClient dms, String configArn) {
        Filter byArn = Filter.builder()
                .name("replication-config-arn")
                .values(configArn)
                .build();
        return dms.describeReplications(r -> r.filters(byArn)).replications().get(0);
    }
}
