package io.dmstestkit.simulator;

import static io.dmstestkit.simulator.CallCount.exactly;
import static io.dmstestkit.simulator.CallCount.never;
import static io.dmstestkit.simulator.CallPattern.dmsCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.AccessDeniedException;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;
import software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException;

class FaultPlanTest {

    private final DmsSimulator simulator = DmsSimulator.create();
    private final DatabaseMigrationClient dms = TestClients.inProcess(simulator);

    @ParameterizedTest
    @CsvSource({
        "ResourceNotFound, software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException",
        "InvalidResourceStateFault, software.amazon.awssdk.services.databasemigration.model.InvalidResourceStateException",
        "AccessDenied, software.amazon.awssdk.services.databasemigration.model.AccessDeniedException",
        "FailedDependencyFault, software.amazon.awssdk.services.databasemigration.model.FailedDependencyException"
    })
    void should_answer_the_named_fault_exactly_times_then_the_normal_answer(String error, Class<?> exceptionType) {
        String id = simulator
                .faults()
                .arm(DmsFault.error(error)
                        .on("DescribeEndpoints")
                        .message("staged: " + error)
                        .times(2)
                        .build());

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(dms::describeEndpoints)
                    .isInstanceOf(exceptionType)
                    .hasMessageStartingWith("staged: " + error);
        }
        assertThat(dms.describeEndpoints().endpoints()).isEmpty();

        simulator.verify(exactly(2), dmsCall("DescribeEndpoints").withFault(id));
        assertThat(simulator.faults().list())
                .singleElement()
                .satisfies(f -> assertThat(f.firedCalls()).isEqualTo(2));
    }

    @Test
    void should_let_the_sdk_retry_throttling_until_the_call_succeeds() {
        simulator
                .faults()
                .arm(DmsFault.error("Throttling")
                        .on("DescribeEndpoints")
                        .times(2)
                        .build());

        assertThat(dms.describeEndpoints().endpoints()).isEmpty();

        simulator.verify(exactly(2), dmsCall("DescribeEndpoints").withErrorCode("ThrottlingException"));
        simulator.verify(exactly(1), dmsCall("DescribeEndpoints").succeeded());
    }

    @Test
    void should_fire_only_on_the_nth_matching_call() {
        simulator
                .faults()
                .arm(DmsFault.error("AccessDenied")
                        .on("DescribeEndpoints")
                        .onCall(2)
                        .build());

        dms.describeEndpoints();
        assertThatThrownBy(dms::describeEndpoints).isInstanceOf(AccessDeniedException.class);
        dms.describeEndpoints();
    }

    @Test
    void should_target_one_resource_by_identifier_when_the_call_names_its_arn() {
        String orders = createEndpoint("orders-source");
        String billing = createEndpoint("billing-source");
        simulator
                .faults()
                .arm(DmsFault.error("InvalidResourceState")
                        .on("DeleteEndpoint")
                        .resource("orders-*")
                        .build());

        assertThatThrownBy(() -> dms.deleteEndpoint(r -> r.endpointArn(orders)))
                .isInstanceOf(InvalidResourceStateException.class);
        dms.deleteEndpoint(r -> r.endpointArn(billing));

        simulator.verify(exactly(1), dmsCall("DeleteEndpoint").withResource("orders-source"));
    }

    @Test
    void should_apply_only_to_the_account_named() {
        DatabaseMigrationClient other = TestClients.inProcess(simulator, "210987654321", Region.US_EAST_1);
        simulator
                .faults()
                .arm(DmsFault.error("AccessDenied").account("210987654321").build());

        dms.describeEndpoints();
        assertThatThrownBy(other::describeEndpoints).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void should_apply_from_a_virtual_time_on() {
        simulator
                .faults()
                .arm(DmsFault.error("AccessDenied")
                        .from(simulator.clock().now().plus(Duration.ofHours(1)))
                        .build());

        dms.describeEndpoints();
        simulator.clock().advance(Duration.ofHours(1));
        assertThatThrownBy(dms::describeEndpoints).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void should_apply_only_while_the_resource_is_in_the_given_status() {
        String arn = createEndpoint("orders-source");
        simulator
                .faults()
                .arm(DmsFault.error("InvalidResourceState")
                        .resource("orders-source")
                        .whileStatus("deleting")
                        .build());
        simulator
                .faults()
                .arm(DmsFault.error("AccessDenied")
                        .resource("orders-source")
                        .whileStatus("active")
                        .build());

        assertThatThrownBy(() -> dms.describeEndpoints(
                        r -> r.filters(f -> f.name("endpoint-arn").values(arn))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(simulator.faults().list())
                .extracting(FaultPlan.ArmedFaultStatus::firedCalls)
                .containsExactly(0L, 1L);
    }

    @Test
    void should_fail_the_same_calls_on_every_run_with_the_same_seed() {
        Supplier<List<Integer>> run = () -> {
            DmsSimulator fresh = DmsSimulator.create();
            DatabaseMigrationClient client = TestClients.inProcess(fresh);
            fresh.faults()
                    .arm(DmsFault.error("AccessDenied")
                            .on("DescribeEndpoints")
                            .probability(0.5, 7)
                            .build());
            IntStream.range(0, 30).forEach(i -> {
                try {
                    client.describeEndpoints();
                } catch (AccessDeniedException expected) {
                    // part of the staged pattern
                }
            });
            return fresh.journal().entries().stream().map(JournalEntry::status).toList();
        };

        List<Integer> first = run.get();
        assertThat(run.get()).isEqualTo(first);
        assertThat(first).contains(200, 400);
    }

    @Test
    void should_disarm_one_fault_or_all() {
        String id = simulator
                .faults()
                .arm(DmsFault.error("AccessDenied").on("DescribeEndpoints").build());
        simulator
                .faults()
                .arm(DmsFault.error("AccessDenied").on("CreateEndpoint").build());

        assertThat(simulator.faults().disarm(id)).isTrue();
        assertThat(simulator.faults().disarm(id)).isFalse();
        dms.describeEndpoints();
        simulator.faults().disarmAll();
        createEndpoint("after-disarm");
        simulator.verify(never(), dmsCall("CreateEndpoint").withErrorCode("AccessDenied"));
    }

    @Test
    void should_refuse_a_misspelled_operation_with_a_suggestion() {
        assertThatThrownBy(() -> DmsFault.error("AccessDenied").on("StopReplications"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("did you mean StopReplication?");
    }

    @Test
    void should_answer_a_custom_error_code() {
        simulator
                .faults()
                .arm(DmsFault.error("SNSInvalidTopicFault")
                        .message("topic gone")
                        .build());

        assertThatThrownBy(dms::describeEndpoints).isInstanceOfSatisfying(DatabaseMigrationException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SNSInvalidTopicFault");
            assertThat(e.statusCode()).isEqualTo(400);
        });
    }

    @Test
    void should_refuse_a_near_miss_of_a_known_error_code_with_a_suggestion() {
        assertThatThrownBy(() -> DmsFault.error("AccesDenied"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown error code 'AccesDenied'; did you mean 'AccessDenied'?"
                        + " (a custom error code must differ clearly from every DMS error code)");
        assertThatThrownBy(() -> DmsFault.error("ResourceNotFoundFaul"))
                .hasMessageContaining("did you mean 'ResourceNotFoundFault'?");
        assertThatThrownBy(() -> DmsFault.error("KMSNotFoundFalt"))
                .hasMessageContaining("did you mean 'KMSNotFoundFault'?");
    }

    @Test
    void should_accept_every_error_code_of_the_api_model_and_a_clearly_custom_one() {
        assertThat(DmsFault.error("kmsthrottlingfault").build().errorCode()).isEqualTo("KMSThrottlingFault");
        assertThat(DmsFault.error("InsufficientResourceCapacityFault").build().errorCode())
                .isEqualTo("InsufficientResourceCapacityFault");
        simulator.faults().arm(DmsFault.error("OrdersDatabaseOnFire").build());

        assertThatThrownBy(dms::describeEndpoints).isInstanceOfSatisfying(DatabaseMigrationException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).isEqualTo("OrdersDatabaseOnFire");
            assertThat(e.statusCode()).isEqualTo(400);
        });
    }

    @Test
    void should_compare_faults_by_value() {
        DmsFault fault =
                DmsFault.error("AccessDenied").on("StopReplication").times(2).build();

        assertThat(fault)
                .isEqualTo(DmsFault.error("AccessDeniedFault")
                        .on("StopReplication")
                        .times(2)
                        .build())
                .hasSameHashCodeAs(DmsFault.error("AccessDeniedFault")
                        .on("StopReplication")
                        .times(2)
                        .build())
                .isNotEqualTo(DmsFault.error("AccessDenied")
                        .on("StopReplication")
                        .times(3)
                        .build());
        assertThat(fault.toString()).contains("AccessDeniedFault on StopReplication, 2 times");
    }

    private String createEndpoint(String identifier) {
        return dms.createEndpoint(r ->
                        r.endpointIdentifier(identifier).endpointType("source").engineName("postgres"))
                .endpoint()
                .endpointArn();
    }

    @Test
    void should_limit_a_fault_to_one_account_keeping_everything_else() {
        DmsFault fault = DmsFault.error("AccessDenied")
                .on("DescribeEndpoints")
                .message("not here")
                .times(1)
                .build();

        simulator.faults().arm(fault.withAccount("210987654321"));

        assertThat(dms.describeEndpoints(r -> {}).endpoints()).isEmpty();
        try (DatabaseMigrationClient other = TestClients.inProcess(simulator, "210987654321", Region.US_EAST_1)) {
            assertThatThrownBy(() -> other.describeEndpoints(r -> {})).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fault.withAccount("210987654321"))
                .isEqualTo(DmsFault.error("AccessDenied")
                        .on("DescribeEndpoints")
                        .message("not here")
                        .times(1)
                        .account("210987654321")
                        .build());
        assertThatThrownBy(() -> fault.withAccount("42"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("account must be 12 digits, was '42'");
    }
}
