package com.example.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

// tag::imports[]
import io.dmstestkit.simulator.DmsClients;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.TableMappings;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.MigrationTypeValue;
import software.amazon.awssdk.services.databasemigration.model.ReplicationTask;
import software.amazon.awssdk.services.databasemigration.model.StartReplicationTaskTypeValue;
import software.amazon.awssdk.services.databasemigration.waiters.DatabaseMigrationWaiter;
// end::imports[]

import org.junit.jupiter.api.Test;

/** A classic replication task through the SDK, with the SDK's own waiters running in virtual time. */
class ClassicTaskFromJavaTest {

    @Test
    void a_classic_task_starts_loads_and_stops() {
        DmsSimulator simulator = DmsSimulator.builder().clock(SimulatedClock.manual()).build();
        DatabaseMigrationClient dms = DatabaseMigrationClient.builder()
                .httpClient(simulator.inProcessHttpClient())
                .endpointOverride(URI.create("http://dms.in-process"))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "x")))
                .build();
        // tag::classic[]
        DatabaseMigrationWaiter waiter = DatabaseMigrationWaiter.builder()
                .client(dms)
                .overrideConfiguration(DmsClients.virtualWaits(simulator)) // polls move the virtual clock, no sleeps
                .build();

        String instance = dms.createReplicationInstance(r -> r.replicationInstanceIdentifier("shared")
                        .replicationInstanceClass("dms.t3.medium"))
                .replicationInstance().replicationInstanceArn();
        waiter.waitUntilReplicationInstanceAvailable(r -> r.filters(f -> f.name("replication-instance-arn").values(instance)));

        String source = dms.createEndpoint(r -> r.endpointIdentifier("crm-source").endpointType("source")
                .engineName("postgres").serverName("source.example.com").databaseName("crm")).endpoint().endpointArn();
        String target = dms.createEndpoint(r -> r.endpointIdentifier("crm-target").endpointType("target")
                .engineName("postgres").serverName("target.example.com").databaseName("crm")).endpoint().endpointArn();
        String task = dms.createReplicationTask(r -> r.replicationTaskIdentifier("orders")
                        .migrationType(MigrationTypeValue.FULL_LOAD_AND_CDC)
                        .replicationInstanceArn(instance).sourceEndpointArn(source).targetEndpointArn(target)
                        .tableMappings(TableMappings.everything()))
                .replicationTask().replicationTaskArn();
        waiter.waitUntilReplicationTaskReady(r -> r.filters(f -> f.name("replication-task-arn").values(task)));

        dms.startReplicationTask(r -> r.replicationTaskArn(task)
                .startReplicationTaskType(StartReplicationTaskTypeValue.START_REPLICATION));
        waiter.waitUntilReplicationTaskRunning(r -> r.filters(f -> f.name("replication-task-arn").values(task)));

        dms.stopReplicationTask(r -> r.replicationTaskArn(task));
        ReplicationTask stopped = waiter.waitUntilReplicationTaskStopped(
                        r -> r.filters(f -> f.name("replication-task-arn").values(task)))
                .matched().response().orElseThrow().replicationTasks().get(0);
        stopped.stopReason();                                    // "Stop Reason NORMAL"
        stopped.replicationTaskStats().fullLoadProgressPercent(); // and the other ReplicationTaskStats
        // end::classic[]
        assertEquals("Stop Reason NORMAL", stopped.stopReason());
    }
}
