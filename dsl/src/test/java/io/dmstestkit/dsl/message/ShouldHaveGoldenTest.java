package io.dmstestkit.dsl.message;

import static io.dmstestkit.dsl.Dsl.FULL_LOAD;
import static io.dmstestkit.dsl.Dsl.NORMAL;
import static io.dmstestkit.dsl.Dsl.RUNNING;
import static io.dmstestkit.dsl.Dsl.STOPPED;
import static io.dmstestkit.dsl.Dsl.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.ExpectSpec;
import io.dmstestkit.dsl.ScenarioRunner;
import io.dmstestkit.simulator.FailureMessage;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins every {@link ShouldHave} message word for word, as AssertJ pins its {@code ShouldXxx} messages, and
 * shows that a scenario's {@code expect} step opens its failure with exactly that message (the JUnit module's
 * {@code ShouldHaveMessagesTest} shows the same of the AssertJ assertions). Run with
 * {@code -Ddms.golden.update=true} to rewrite the golden files after a deliberate change, then review the diff.
 */
class ShouldHaveGoldenTest {

    private static final String ORDERS = "Replication 'orders'";

    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("should-have-status", ShouldHave.shouldHaveStatus(ORDERS, "stopped", "running")),
                Arguments.of(
                        "should-have-stop-reason",
                        ShouldHave.shouldHaveStopReason(ORDERS, "NORMAL", "Stop Reason FULL_LOAD_ONLY_FINISHED")),
                Arguments.of(
                        "should-have-stop-reason-while-none", ShouldHave.shouldHaveStopReason(ORDERS, "NORMAL", null)),
                Arguments.of("should-have-full-load-progress", ShouldHave.shouldHaveFullLoadProgress(ORDERS, 100, 40)),
                Arguments.of("should-have-tables-loaded", ShouldHave.shouldHaveTablesLoaded(ORDERS, 5, 2)),
                Arguments.of(
                        "should-have-failure-message-containing",
                        ShouldHave.shouldHaveFailureMessageContaining(
                                ORDERS, "ORA-01555", List.of("ORA-00942: table or view does not exist"))),
                Arguments.of(
                        "should-have-failure-message-containing-while-none",
                        ShouldHave.shouldHaveFailureMessageContaining(ORDERS, "ORA-01555", List.of())),
                Arguments.of(
                        "should-have-table-state",
                        ShouldHave.shouldHaveTableState("Table public.orders", "Table completed", "Table error")),
                Arguments.of(
                        "should-have-property",
                        ShouldHave.shouldHave(
                                "Replication instance 'orders-ri'",
                                "instance class 'dms.r5.large'",
                                "dms.r5.large",
                                "dms.t3.medium")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void should_say_exactly_what_its_golden_file_says(String name, FailureMessage message) {
        GoldenMessages.assertMatches(name, message.build());
    }

    @Test
    void should_read_a_stop_reason_with_or_without_the_prefix_dms_writes() {
        assertThat(ShouldHave.stopReason("NORMAL")).isEqualTo("Stop Reason NORMAL");
        assertThat(ShouldHave.stopReason("Stop Reason NORMAL")).isEqualTo("Stop Reason NORMAL");
        assertThat(ShouldHave.bare(" stop reason NORMAL ")).isEqualTo("NORMAL");
        assertThat(ShouldHave.shouldHaveStopReason(ORDERS, "Stop Reason NORMAL", "Stop Reason STOPPED_AFTER_FULL_LOAD")
                        .build())
                .isEqualTo(ShouldHave.shouldHaveStopReason(ORDERS, "NORMAL", "Stop Reason STOPPED_AFTER_FULL_LOAD")
                        .build());
    }

    /** A finished full load (stopped, 100%, one table) that each case expects something else of. */
    static Stream<Arguments> unmetExpectations() {
        return Stream.of(
                unmet(e -> e.status(RUNNING), ShouldHave.shouldHaveStatus(ORDERS, "running", "stopped")),
                unmet(
                        e -> e.stopReason(NORMAL),
                        ShouldHave.shouldHaveStopReason(ORDERS, "NORMAL", "Stop Reason FULL_LOAD_ONLY_FINISHED")),
                unmet(e -> e.fullLoad(50), ShouldHave.shouldHaveFullLoadProgress(ORDERS, 50, 100)),
                unmet(e -> e.tablesLoaded(3), ShouldHave.shouldHaveTablesLoaded(ORDERS, 3, 1)),
                unmet(
                        e -> e.failureMessageContains("ORA-01555"),
                        ShouldHave.shouldHaveFailureMessageContaining(ORDERS, "ORA-01555", List.of())),
                unmet(e -> e.tablesErrored(1), ShouldHave.shouldHave(ORDERS, "1 tables errored", 1, 0)));
    }

    @ParameterizedTest
    @MethodSource("unmetExpectations")
    void should_open_an_expect_steps_failure_with_the_shared_message(
            Consumer<ExpectSpec> expectation, FailureMessage shared) {
        String failure = ScenarioRunner.embedded()
                .run(scenario("finished full load")
                        .replication("orders", r -> r.type(FULL_LOAD).table("public.orders", 1_000))
                        .start("orders")
                        .await("orders", a -> a.status(STOPPED))
                        .expect("orders", expectation)
                        .build())
                .failure()
                .orElseThrow();

        assertThat(failure + "\n").startsWith(shared.build() + "\n");
    }

    private static Arguments unmet(Consumer<ExpectSpec> expectation, FailureMessage shared) {
        return Arguments.of(expectation, shared);
    }
}
