package com.example.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
// tag::imports[]
import io.dmstestkit.simulator.DmsClients;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationWaiter;
// end::imports[]

import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.SimulatedClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A client and a waiter of your own that back off and poll in the simulator's virtual time, not in wall time. */
class VirtualRetriesTest {

    @Test
    void three_throttled_calls_cost_virtual_time_only() {
        DmsSimulator simulator = DmsSimulator.builder().clock(SimulatedClock.manual()).build();
        simulator.faults().arm(DmsFault.error("Throttling").on("DescribeReplications").times(3).build());
        Instant start = simulator.clock().now();

        // tag::clients[]
        DatabaseMigrationClient dms = DatabaseMigrationClient.builder()
                .httpClient(simulator.inProcessHttpClient())
                .endpointOverride(URI.create("http://dms.in-process"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "x")))
                .overrideConfiguration(o -> o.retryStrategy(DmsClients.virtualRetries(simulator))) // this line
                .build();
        DatabaseMigrationWaiter waiter = DatabaseMigrationWaiter.builder()
                .client(dms)
                .overrideConfiguration(DmsClients.virtualWaits(simulator)) // and this one
                .build();
        // end::clients[]

        dms.describeReplications(r -> {}); // the fourth attempt, the SDK's last, is answered

        assertEquals(4, simulator.journal().count("DescribeReplications"));
        // the SDK's backoffs after throttling, without jitter: 0.5 s + 1 s + 2 s, of virtual time
        assertEquals(Duration.ofMillis(3500), Duration.between(start, simulator.clock().now()));

        dms.createReplicationInstance(r -> r.replicationInstanceIdentifier("orders").replicationInstanceClass("dms.t3.medium"));
        Instant created = simulator.clock().now();
        String status = waiter.waitUntilReplicationInstanceAvailable(
                        r -> r.filters(f -> f.name("replication-instance-id").values("orders")))
                .matched().response().orElseThrow()
                .replicationInstances().get(0).replicationInstanceStatus();

        assertEquals("available", status);
        assertTrue(simulator.clock().now().isAfter(created), "the waiter moved the clock instead of sleeping");
        waiter.close();
        dms.close();
    }
}
