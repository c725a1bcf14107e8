package io.dmstestkit.examples.features;

import static io.dmstestkit.dsl.Dsl.NORMAL;
import static io.dmstestkit.dsl.Dsl.STOPPED;
import static io.dmstestkit.dsl.Dsl.scenario;
import static io.dmstestkit.junit.DmsAssertions.assertThat;
import static io.dmstestkit.junit.DmsAssertions.assertThatJournal;
import static io.dmstestkit.junit.DmsAssertions.assertThatReplication;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.junit.DmsAssertionError;
import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.testcore.DmsTestSession;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * The AssertJ assertions ({@code import static io.dmstestkit.junit.DmsAssertions.*}, next to AssertJ's own):
 * replications, data migrations, table statistics, the journal and scenario results, with failure messages
 * that show the status history.
 */
@DmsScenario
class AssertionsExample {

    DmsTestSession session;

    @BeforeEach
    void orders_cut_over() {
        session.scenarioRunner()
                .run(scenario("orders cut over")
                        .replication(
                                "orders", r -> r.table("public.orders", 100_000).table("public.customers", 20_000))
                        .start("orders")
                        .await("orders", a -> a.fullLoad(100))
                        .stop("orders")
                        .await("orders", a -> a.status(STOPPED))
                        .build())
                .assertPassed();
    }

    @Test
    void replications_table_statistics_and_the_journal() {
        assertThatReplication(session, "orders")
                .isStopped()
                .hasStopReason(NORMAL) // or "NORMAL", or "Stop Reason NORMAL"
                .hasFullLoadProgress(100)
                .hasTablesLoaded(2);
        assertThat(session.tableStatistics("orders").get(0))
                .hasTableState("Table completed")
                .hasFullLoadErrorRows(0);
        assertThatJournal(session).hasCalls("StopReplication", 1).hasNoCalls("DeleteReplicationConfig");
    }

    @Test
    void a_replication_described_through_the_sdk(DatabaseMigrationClient dms) {
        assertThat(dms.describeReplications(r -> {}).replications().get(0)).isStopped();
    }

    @Test
    void scenario_results() {
        assertThat(session.scenarioRunner()
                        .run(scenario("too impatient")
                                .replication("billing", r -> r.table("public.invoices", 10_000))
                                .start("billing")
                                .await("billing", a -> a.status("running").within(Duration.ofMinutes(1)))
                                .build()))
                .failedWithMessageContaining("did not reach status 'running' within 1m (virtual)");
    }

    @Test
    void failure_messages_say_what_was_expected_and_what_happened() {
        // Replication 'orders' does not have status 'running'.
        //   expected: running   actual: stopped
        //   history: 00:00:00 created → 00:00:00 initializing → … → 00:14:00 stopping → 00:14:30 stopped
        assertThatThrownBy(() -> assertThatReplication(session, "orders").isRunning())
                .isInstanceOf(DmsAssertionError.class)
                .hasMessageContaining("expected: running")
                .hasMessageContaining("actual: stopped")
                .hasMessageContaining("history:");
    }
}
