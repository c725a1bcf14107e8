package io.dmstestkit.examples.features;

import static io.dmstestkit.dsl.Dsl.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.Lifecycle;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * Test classes in parallel ({@code src/test/resources/junit-platform.properties} turns it on for this
 * module). Two teams' classes share one simulator ({@link Lifecycle#SHARED}: started once for the run), yet
 * each session signs with an account of its own, so both create a replication named 'orders' and each
 * sees only its own.
 */
class ParallelClassesExample {

    @Nested
    @Execution(ExecutionMode.CONCURRENT) // nested classes follow their parent unless told otherwise
    @DmsScenario(lifecycle = Lifecycle.SHARED)
    class BillingTeam {
        @Test
        void sees_only_its_own_orders(DatabaseMigrationClient dms, DmsTestSession session) {
            createsOrdersAndSeesOnlyIt(dms, session, "public.invoices");
        }
    }

    @Nested
    @Execution(ExecutionMode.CONCURRENT)
    @DmsScenario(lifecycle = Lifecycle.SHARED)
    class ShippingTeam {
        @Test
        void sees_only_its_own_orders(DatabaseMigrationClient dms, DmsTestSession session) {
            createsOrdersAndSeesOnlyIt(dms, session, "public.parcels");
        }
    }

    private static void createsOrdersAndSeesOnlyIt(DatabaseMigrationClient dms, DmsTestSession session, String table) {
        session.scenarioRunner()
                .run(scenario("orders")
                        .replication("orders", r -> r.table(table, 10_000))
                        .build())
                .assertPassed();

        assertThat(dms.describeReplicationConfigs(r -> {}).replicationConfigs())
                .singleElement()
                .satisfies(config -> assertThat(config.tableMappings()).contains(table.substring(7)));
    }
}
