package com.example.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
// tag::imports[]
import static java.time.Duration.ofMillis;

import io.dmstestkit.wiremock.DmsServer;
import io.dmstestkit.wiremock.DmsTransportFaults;
import io.dmstestkit.wiremock.TransportFault;
import java.time.Duration;
// end::imports[]

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.testcore.Transport;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/** Network trouble in front of the simulator: the SDK sees a reset connection as it would in production. */
@DmsScenario(transport = Transport.HTTP) // a real socket, so that there is a connection to break
class TransportFaultsTest {

    @Test
    void the_sdk_retries_a_reset_connection(DatabaseMigrationClient dms, DmsServer server) {
        // tag::transport[]
        DmsTransportFaults faults = DmsTransportFaults.on(server); // a DmsServer, or any WireMock Admin
        faults.arm(TransportFault.connectionReset().on("DescribeReplications").times(1));
        faults.arm(TransportFault.emptyResponse().on("StopReplication").afterCalls(2).times(1));
        faults.arm(TransportFault.fixedDelay(Duration.ofSeconds(2)).on("StartReplication"));
        faults.arm(TransportFault.uniformDelay(ofMillis(100), ofMillis(900)).on("DescribeReplicationTasks").seed(42).times(10));
        // end::transport[]

        dms.describeReplications(r -> {}); // reset once, then retried by the SDK (in virtual time)

        assertEquals(1, server.simulator().journal().count("DescribeReplications"), "the reset call never reached DMS");
        assertEquals(4, faults.list().size());
        assertEquals(0, faults.list().get(0).remaining().orElseThrow(), "the reset was used up");
    }
}
