package io.dmstestkit.junit;

import static io.dmstestkit.dsl.Dsl.FATAL_ERROR;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD_AND_CDC;
import static io.dmstestkit.dsl.Dsl.scenario;
import static io.dmstestkit.junit.DmsAwait.awaitDataMigration;
import static io.dmstestkit.junit.DmsAwait.awaitReplication;
import static io.dmstestkit.junit.DmsAwait.fullLoadAtLeast;
import static io.dmstestkit.junit.DmsAwait.status;
import static io.dmstestkit.junit.DmsAwait.tablesLoadedAtLeast;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.dsl.model.Status;
import io.dmstestkit.testcore.ClockMode;
import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.DmsTestSettings;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.model.Replication;

class DmsAwaitTest {

    /** Startup phases of the default timings: from start to running. */
    private static final Duration STARTUP =
            io.dmstestkit.simulator.Timings.defaults().startupTotal();

    @Test
    void should_move_the_virtual_clock_by_the_poll_interval_instead_of_sleeping() {
        try (DmsTestSession session = started(DmsTestSettings.defaults())) {
            Instant before = session.simulator().clock().now();

            Replication running = awaitReplication(session, "orders")
                    .pollInterval(Duration.ofSeconds(20))
                    .until(status("running"));

            Duration waited =
                    Duration.between(before, session.simulator().clock().now());
            assertThat(running.status()).isEqualTo("running");
            assertThat(waited).isBetween(STARTUP, STARTUP.plusSeconds(20));
            assertThat(waited.toSeconds() % 20).isZero();
        }
    }

    @Test
    void should_wait_for_the_full_load_and_custom_conditions() {
        try (DmsTestSession session = started(DmsTestSettings.defaults())) {
            assertThat(awaitReplication(session, "orders")
                            .until(fullLoadAtLeast(100))
                            .replicationStats()
                            .fullLoadProgressPercent())
                    .isEqualTo(100);
            assertThat(awaitReplication(session, "orders").until(tablesLoadedAtLeast(2)))
                    .isNotNull();
            assertThat(awaitReplication(session, "orders")
                            .until(
                                    "the full load finished",
                                    r -> r.replicationStats().fullLoadFinishDate() != null))
                    .isNotNull();
        }
    }

    @Test
    void should_fail_at_once_when_the_run_fails_while_awaiting_something_else() {
        try (DmsTestSession session = DmsTestSession.open(DmsTestSettings.defaults())) {
            session.scenarioRunner()
                    .run(scenario("doomed")
                            .replication(
                                    "orders", r -> r.type(FULL_LOAD_AND_CDC).table("public.orders", 1_000_000))
                            .start("orders")
                            .fail("orders", f -> f.at(40).reason(FATAL_ERROR).message("ORA-01555: snapshot too old"))
                            .build())
                    .assertPassed();

            assertThatThrownBy(() -> awaitReplication(session, "orders")
                            .alias("orders cut-over")
                            .until(status(Status.STOPPED)))
                    .isInstanceOf(DmsAssertionError.class)
                    .hasMessageStartingWith("Replication 'orders cut-over' failed while awaiting status 'stopped'.")
                    .hasMessageContaining("failure messages: [ORA-01555: snapshot too old]");
            assertThat(awaitReplication(session, "orders")
                            .until(status("failed"))
                            .stopReason())
                    .isEqualTo("Stop Reason FATAL_ERROR");
        }
    }

    @Test
    void should_report_alias_last_state_and_history_on_timeout() {
        try (DmsTestSession session = started(DmsTestSettings.defaults())) {
            assertThatThrownBy(() -> awaitReplication(session, "orders")
                            .alias("orders cut-over")
                            .atMost(Duration.ofMinutes(5))
                            .pollInterval(Duration.ofMinutes(1))
                            .until(status("running")))
                    .isInstanceOf(ConditionTimeoutException.class)
                    .hasMessageStartingWith(
                            "Replication 'orders cut-over' did not reach status 'running' within 5m (virtual).")
                    .hasMessageContaining("actual: status 'provisioning_capacity'")
                    .hasMessageContaining("history: 00:00:00 initializing → 00:01:00 testing_connection → 00:02:00"
                            + " calculating_capacity → 00:03:00 provisioning_capacity");
        }
    }

    @Test
    void should_keep_polling_a_replication_that_was_never_started_or_does_not_exist() {
        try (DmsTestSession session = DmsTestSession.open(DmsTestSettings.defaults())) {
            session.scenarioRunner()
                    .run(scenario("created")
                            .replication("orders", r -> r.type(FULL_LOAD))
                            .build());

            assertThatThrownBy(() -> awaitReplication(session, "orders")
                            .atMost(Duration.ofMinutes(1))
                            .until(status("running")))
                    .isInstanceOf(ConditionTimeoutException.class)
                    .hasMessageContaining("actual: status 'created'");
            assertThatThrownBy(() -> awaitReplication(session, "audit")
                            .atMost(Duration.ofMinutes(1))
                            .until(status("running")))
                    .isInstanceOf(ConditionTimeoutException.class)
                    .hasMessageContaining("actual: status (none described yet)")
                    .hasMessageContaining("history: 00:00:00 (none described yet)");
        }
    }

    @Test
    void should_poll_in_wall_time_when_the_clock_runs_by_itself() {
        DmsTestSettings accelerated = DmsTestSettings.builder()
                .clock(ClockMode.ACCELERATED)
                .clockFactor(20_000)
                .build();
        try (DmsTestSession session = started(accelerated)) {
            String arn = session.replication("orders").orElseThrow().replicationConfigArn();

            assertThat(awaitReplication(session.client(), arn)
                            .atMost(Duration.ofSeconds(30))
                            .until(status("running"))
                            .status())
                    .isEqualTo("running");
            assertThat(awaitReplication(session, "orders").until(fullLoadAtLeast(100)))
                    .isNotNull();
        }
    }

    @Test
    void should_time_out_in_wall_time_with_the_same_message() {
        DmsTestSettings slow = DmsTestSettings.builder()
                .clock(ClockMode.ACCELERATED)
                .clockFactor(1)
                .build();
        try (DmsTestSession session = started(slow)) {
            assertThatThrownBy(() -> awaitReplication(session, "orders")
                            .atMost(Duration.ofMillis(300))
                            .pollInterval(Duration.ofMillis(50))
                            .until(status("running")))
                    .isInstanceOf(ConditionTimeoutException.class)
                    .hasMessageStartingWith("Replication 'orders' did not reach status 'running' within 300ms.")
                    .hasMessageContaining("actual: status 'initializing'");
        }
    }

    @Test
    void should_wait_for_data_migrations() {
        try (DmsTestSession session = DmsTestSession.open(DmsTestSettings.defaults())) {
            session.scenarioRunner()
                    .run(scenario("copy")
                            .dataMigration("customers", m -> m.type(FULL_LOAD))
                            .start("customers")
                            .build())
                    .assertPassed();

            assertThat(awaitDataMigration(session, "customers")
                            .until(status("running"))
                            .dataMigrationStatus())
                    .isEqualTo("RUNNING");
        }
    }

    @Test
    void should_refuse_a_poll_interval_that_is_not_positive() {
        try (DmsTestSession session = DmsTestSession.open(DmsTestSettings.defaults())) {
            assertThatThrownBy(() -> awaitReplication(session, "orders").pollInterval(Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("pollInterval must be a positive duration");
        }
    }

    /** A session with the replication "orders" (two small tables) just started. */
    private static DmsTestSession started(DmsTestSettings settings) {
        DmsTestSession session = DmsTestSession.open(settings);
        session.scenarioRunner()
                .run(scenario("start")
                        .replication(
                                "orders",
                                r -> r.type(FULL_LOAD_AND_CDC)
                                        .table("public.orders", 10_000)
                                        .table("public.order_lines", 20_000))
                        .start("orders")
                        .build())
                .assertPassed();
        return session;
    }
}
