package io.dmstestkit.junit;

import static io.dmstestkit.junit.DmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.dmstestkit.dsl.message.ShouldHave;
import io.dmstestkit.simulator.FailureMessage;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;
import software.amazon.awssdk.services.databasemigration.model.TableStatistics;

/**
 * The AssertJ assertions open their failures with exactly the {@link ShouldHave} message a scenario's
 * {@code expect} step opens with: the DSL's {@code ShouldHaveGoldenTest} pins those messages word for word
 * and shows the runner's side.
 */
class ShouldHaveMessagesTest {

    private static final String ORDERS = "Replication 'orders'";

    static Stream<Arguments> failures() {
        ReplicationAssert stopped = new ReplicationAssert(Replications.stoppedNormally(), List.of());
        ReplicationInstanceAssert instance = assertThat(ReplicationInstance.builder()
                .replicationInstanceIdentifier("orders-ri")
                .replicationInstanceStatus("available")
                .replicationInstanceClass("dms.t3.medium")
                .build());
        TableStatisticsAssert table = assertThat(TableStatistics.builder()
                .schemaName("public")
                .tableName("orders")
                .tableState("Table error")
                .fullLoadErrorRows(3L)
                .validationState("Pending records")
                .build());
        return Stream.of(
                failure(() -> stopped.hasStatus("running"), ShouldHave.shouldHaveStatus(ORDERS, "running", "stopped")),
                failure(
                        () -> stopped.hasStopReason("FULL_LOAD_ONLY_FINISHED"),
                        ShouldHave.shouldHaveStopReason(ORDERS, "FULL_LOAD_ONLY_FINISHED", "Stop Reason NORMAL")),
                failure(() -> stopped.hasFullLoadProgress(50), ShouldHave.shouldHaveFullLoadProgress(ORDERS, 50, 100)),
                failure(() -> stopped.hasTablesLoaded(3), ShouldHave.shouldHaveTablesLoaded(ORDERS, 3, 4)),
                failure(
                        () -> stopped.hasFailureMessageContaining("ORA-01555"),
                        ShouldHave.shouldHaveFailureMessageContaining(ORDERS, "ORA-01555", List.of())),
                failure(
                        () -> instance.hasStatus("deleting"),
                        ShouldHave.shouldHaveStatus("Replication instance 'orders-ri'", "deleting", "available")),
                failure(
                        () -> instance.hasInstanceClass("dms.r5.large"),
                        ShouldHave.shouldHave(
                                "Replication instance 'orders-ri'",
                                "instance class 'dms.r5.large'",
                                "dms.r5.large",
                                "dms.t3.medium")),
                failure(
                        () -> table.hasTableState("Table completed"),
                        ShouldHave.shouldHaveTableState("Table public.orders", "Table completed", "Table error")),
                failure(
                        () -> table.hasFullLoadErrorRows(0),
                        ShouldHave.shouldHave("Table public.orders", "0 full load error rows", 0, 3)),
                failure(
                        () -> table.hasValidationState("Validated"),
                        ShouldHave.shouldHave(
                                "Table public.orders",
                                "validation state 'Validated'",
                                "Validated",
                                "Pending records")));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void should_open_with_the_message_the_dsl_gives(ThrowingCallable assertion, FailureMessage shared) {
        Throwable failure = catchThrowable(assertion);

        assertThat(failure).isInstanceOf(DmsAssertionError.class);
        assertThat(failure.getMessage() + "\n").startsWith(shared.build() + "\n");
    }

    private static Arguments failure(ThrowingCallable assertion, FailureMessage shared) {
        return Arguments.of(assertion, shared);
    }
}
