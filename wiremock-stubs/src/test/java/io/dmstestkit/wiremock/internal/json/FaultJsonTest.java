package io.dmstestkit.wiremock.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.DmsErrorCode;
import io.dmstestkit.simulator.DmsFault;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FaultJsonTest {

    static Stream<DmsFault> faults() {
        return Stream.of(
                DmsFault.error("AccessDenied").build(),
                DmsFault.error(DmsErrorCode.THROTTLING)
                        .on("DescribeReplications")
                        .times(3)
                        .build(),
                DmsFault.error("SNSInvalidTopicFault")
                        .message("custom")
                        .onCall(2)
                        .build(),
                DmsFault.error("FailedDependency")
                        .on("StopDataMigration", "StartDataMigration")
                        .resource("arn:aws:dms:*:data-migration:*")
                        .account("111122223333")
                        .afterCalls(4)
                        .probability(0.5, -17)
                        .from(Instant.parse("2026-01-01T00:30:00.125Z"))
                        .httpStatus(503)
                        .build(),
                DmsFault.error("InvalidResourceState")
                        .resource("orders")
                        .whileStatus("running")
                        .build());
    }

    @ParameterizedTest
    @MethodSource("faults")
    void should_read_back_every_fault_it_writes(DmsFault fault) {
        String json = AdminJson.write(FaultJson.of(fault));

        assertThat(AdminJson.read(json, FaultJson.class).toFault()).isEqualTo(fault);
    }

    @ParameterizedTest
    @MethodSource("faults")
    void should_leave_out_what_is_not_set(DmsFault fault) {
        assertThat(AdminJson.write(FaultJson.of(fault))).doesNotContain("null");
    }

    @Test
    void should_refuse_operation_and_operations_together() {
        assertThatThrownBy(() -> AdminJson.read(
                                "{\"error\": \"AccessDenied\", \"operation\": \"StopReplication\", \"operations\": []}",
                                FaultJson.class)
                        .toFault())
                .isInstanceOf(AdminRequestException.class)
                .hasMessage("give 'operation' or 'operations', not both");
    }
}
