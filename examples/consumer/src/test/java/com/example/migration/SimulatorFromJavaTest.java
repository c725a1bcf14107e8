package com.example.migration;

import static io.dmstestkit.dsl.Dsl.RUNNING;
import static io.dmstestkit.dsl.Dsl.scenario;
import static java.time.Duration.ofHours;
import static org.junit.jupiter.api.Assertions.assertEquals;
// tag::imports[]
import static io.dmstestkit.simulator.CallCount.exactly;
import static io.dmstestkit.simulator.CallPattern.dmsCall;

import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.SimulatedClock;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.Replication;
// end::imports[]

import io.dmstestkit.dsl.DmsTarget;
import io.dmstestkit.dsl.DmsTargets;
import io.dmstestkit.dsl.ScenarioRunner;
import org.junit.jupiter.api.Test;

/** The simulator on its own, without a test extension: build it, point an SDK client at it, move its clock. */
class SimulatorFromJavaTest {

    @Test
    void a_refused_stop_is_tried_once_more() {
        // tag::simulator[]
        DmsSimulator simulator = DmsSimulator.builder().clock(SimulatedClock.manual()).build();
        DatabaseMigrationClient dms = DatabaseMigrationClient.builder()
                .httpClient(simulator.inProcessHttpClient()) // no socket; or endpointOverride(server URI)
                .endpointOverride(URI.create("http://dms.in-process"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "x")))
                .build();
        // end::simulator[]
        String orders = ordersRunning(simulator, dms);

        // tag::faults[]
        simulator.faults().arm(DmsFault.error("AccessDenied").on("StopReplication")
                .message("User is not authorized").times(1).build()); // then the normal answer returns
        // end::faults[]

        new CutOver(dms).stop(orders); // the code under test

        // tag::clock[]
        simulator.clock().advance(Duration.ofMinutes(20)); // virtual time; nothing runs in the background
        Replication now = simulator.replication("123456789012", "us-east-1", "orders").orElseThrow(); // as DMS describes it
        simulator.verify(exactly(2), dmsCall("StopReplication"));
        // end::clock[]
        assertEquals("stopped", now.status());
    }

    /** The stage, set by a scenario in the client's account: a running replication 'orders'. */
    private static String ordersRunning(DmsSimulator simulator, DatabaseMigrationClient dms) {
        try (DmsTarget stage = DmsTargets.embeddedInAccount(simulator, "123456789012", "us-east-1", () -> dms)) {
            new ScenarioRunner(stage)
                    .run(scenario("orders running")
                            .replication("orders", r -> r.table("public.orders", 10_000))
                            .start("orders")
                            .await("orders", a -> a.status(RUNNING).within(ofHours(1)))
                            .build())
                    .assertPassed();
        }
        return simulator.replication("123456789012", "us-east-1", "orders").orElseThrow().replicationConfigArn();
    }
}
