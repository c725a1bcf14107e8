package io.dmstestkit.junit;

import static io.dmstestkit.dsl.Dsl.FATAL_ERROR;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD_AND_CDC;
import static io.dmstestkit.dsl.Dsl.scenario;
import static io.dmstestkit.junit.DmsAssertions.assertThatJournal;
import static io.dmstestkit.junit.DmsAssertions.assertThatReplication;
import static io.dmstestkit.junit.DmsAwait.awaitReplication;
import static io.dmstestkit.junit.DmsAwait.status;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dmstestkit.simulator.StatusChange;
import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.DmsTestSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages pinned word for word, as AssertJ pins its error messages: they are a feature users read. */
class GoldenMessagesTest {

    private static final DmsTestSettings FIXED_ACCOUNT =
            DmsTestSettings.builder().account("123456789012").build();

    @Test
    void replication_status_with_history() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        ReplicationAssert orders = new ReplicationAssert(
                Replications.failedAt40Percent(),
                List.of(
                        new StatusChange("created", start),
                        new StatusChange("initializing", start.plusSeconds(2)),
                        new StatusChange("running", start.plusSeconds(820)),
                        new StatusChange("failed", start.plusSeconds(1_300))));

        Golden.assertMatches(
                "replication-has-status", catchThrowable(orders::isRunning).getMessage());
    }

    @Test
    void await_timeout() {
        try (DmsTestSession session = startedOrders()) {
            Throwable timeout = catchThrowable(() -> awaitReplication(session, "orders")
                    .alias("orders cut-over")
                    .atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMinutes(1))
                    .until(status("running")));

            Golden.assertMatches("await-timeout", timeout.getMessage());
        }
    }

    @Test
    void await_failed_fast() {
        try (DmsTestSession session = DmsTestSession.open(FIXED_ACCOUNT)) {
            session.scenarioRunner()
                    .run(scenario("doomed")
                            .replication(
                                    "orders", r -> r.type(FULL_LOAD_AND_CDC).table("public.orders", 10_000))
                            .start("orders")
                            .fail(
                                    "orders",
                                    f -> f.after(Duration.ofMinutes(3))
                                            .reason(FATAL_ERROR)
                                            .message("ORA-01555: snapshot too old"))
                            .build())
                    .assertPassed();
            Throwable failed = catchThrowable(() -> awaitReplication(session, "orders")
                    .alias("orders cut-over")
                    .pollInterval(Duration.ofMinutes(1))
                    .until(status("running")));

            Golden.assertMatches("await-failed-fast", failed.getMessage());
        }
    }

    @Test
    void journal_call_count() {
        try (DmsTestSession session = DmsTestSession.open(FIXED_ACCOUNT)) {
            session.scenarioRunner()
                    .run(scenario("created")
                            .replication("orders", r -> r.type(FULL_LOAD_AND_CDC))
                            .build());

            Golden.assertMatches(
                    "journal-has-calls",
                    catchThrowable(() -> assertThatJournal(session).hasCalls("StartReplication", 1))
                            .getMessage());
        }
    }

    @Test
    void missing_replication_with_the_name_meant() {
        try (DmsTestSession session = startedOrders()) {
            Golden.assertMatches(
                    "replication-missing",
                    catchThrowable(() -> assertThatReplication(session, "ordres"))
                            .getMessage());
        }
    }

    private static DmsTestSession startedOrders() {
        DmsTestSession session = DmsTestSession.open(FIXED_ACCOUNT);
        session.scenarioRunner()
                .run(scenario("start")
                        .replication("orders", r -> r.type(FULL_LOAD_AND_CDC).table("public.orders", 10_000))
                        .start("orders")
                        .build())
                .assertPassed();
        return session;
    }
}
