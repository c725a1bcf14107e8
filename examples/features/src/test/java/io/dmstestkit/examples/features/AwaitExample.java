package io.dmstestkit.examples.features;

import static io.dmstestkit.dsl.Dsl.scenario;
import static io.dmstestkit.junit.DmsAwait.awaitReplication;
import static io.dmstestkit.junit.DmsAwait.fullLoadAtLeast;
import static io.dmstestkit.junit.DmsAwait.status;
import static io.dmstestkit.junit.DmsAwait.tablesLoadedAtLeast;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.testcore.ClockMode;
import io.dmstestkit.testcore.DmsTestSession;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/**
 * Awaitility-style waits ({@code import static io.dmstestkit.junit.DmsAwait.*}). With a session on a manual
 * clock a wait moves virtual time between polls and never sleeps; with only a client it polls in wall
 * time, for an accelerated clock or a remote server.
 */
class AwaitExample {

    @Test
    @DmsScenario
    void waits_move_virtual_time(DmsTestSession session) {
        start(session);

        Replication running = awaitReplication(session, "orders")
                .alias("orders cut-over")
                .atMost(ofMinutes(30)) // virtual time
                .until(status("running"));
        awaitReplication(session, "orders").until(fullLoadAtLeast(100));
        awaitReplication(session, "orders").until(tablesLoadedAtLeast(1));
        awaitReplication(session, "orders")
                .until(
                        "provisioned",
                        r -> r.provisionData() != null
                                && "provisioned".equals(r.provisionData().provisionState()));

        assertThat(running.status()).isEqualTo("running");
    }

    @Test
    @DmsScenario
    void a_wait_that_times_out_says_what_it_saw(DmsTestSession session) {
        start(session);

        assertThatThrownBy(() ->
                        awaitReplication(session, "orders").atMost(ofMinutes(1)).until(status("running")))
                .isInstanceOf(ConditionTimeoutException.class)
                .hasMessageContaining("orders");
    }

    @Test
    @DmsScenario(clock = ClockMode.ACCELERATED, clockFactor = 3600) // one virtual hour per wall second
    void with_an_accelerated_clock_waits_poll_in_wall_time(DatabaseMigrationClient dms, DmsTestSession session) {
        start(session);

        Replication running = awaitReplication(dms, "orders") // only a client: Awaitility in wall time
                .atMost(ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(status("running"));

        assertThat(running.status()).isEqualTo("running");
    }

    private static void start(DmsTestSession session) {
        session.scenarioRunner()
                .run(scenario("orders")
                        .replication("orders", r -> r.table("public.orders", 100_000))
                        .start("orders")
                        .build())
                .assertPassed();
    }
}
