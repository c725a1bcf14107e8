package io.dmstestkit.examples.features;

import static io.dmstestkit.dsl.Dsl.FULL_LOAD_AND_CDC;
import static io.dmstestkit.dsl.Dsl.NORMAL;
import static io.dmstestkit.dsl.Dsl.scenario;
import static io.dmstestkit.junit.DmsAssertions.assertThat;
import static io.dmstestkit.junit.DmsAssertions.assertThatDataMigration;
import static io.dmstestkit.junit.DmsAwait.awaitDataMigration;
import static io.dmstestkit.junit.DmsAwait.status;

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.testcore.DmsTestSession;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.DataMigration;

/**
 * Homogeneous data migrations: the scenario creates the instance profile, data providers and migration
 * project for you; your code starts, watches and stops the migration through the SDK.
 */
@DmsScenario
class DataMigrationExample {

    @Test
    void a_data_migration_loads_then_stops_on_request(DatabaseMigrationClient dms, DmsTestSession session) {
        session.scenarioRunner()
                .run(scenario("customers")
                        .dataMigration(
                                "customers", d -> d.type(FULL_LOAD_AND_CDC).table("public.customers", 50_000))
                        .build())
                .assertPassed();
        String customers = session.dataMigration("customers").orElseThrow().dataMigrationArn();

        dms.startDataMigration(r -> r.dataMigrationIdentifier(customers).startType("start-replication"));
        DataMigration running = awaitDataMigration(session, "customers").until(status("running"));
        dms.stopDataMigration(r -> r.dataMigrationIdentifier(customers));
        awaitDataMigration(session, "customers").until(status("stopped"));

        assertThat(running).isRunning();
        assertThatDataMigration(session, "customers").isStopped().hasStopReason(NORMAL);
    }
}
