package io.dmstestkit.dsl.internal.yaml;

import static io.dmstestkit.dsl.Dsl.AccessDenied;
import static io.dmstestkit.dsl.Dsl.CDC;
import static io.dmstestkit.dsl.Dsl.FATAL_ERROR;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD_AND_CDC;
import static io.dmstestkit.dsl.Dsl.NORMAL;
import static io.dmstestkit.dsl.Dsl.RECOVERABLE_ERROR;
import static io.dmstestkit.dsl.Dsl.RELOAD_TARGET;
import static io.dmstestkit.dsl.Dsl.RESUME_PROCESSING;
import static io.dmstestkit.dsl.Dsl.RUNNING;
import static io.dmstestkit.dsl.Dsl.STOPPED;
import static io.dmstestkit.dsl.Dsl.Throttling;
import static io.dmstestkit.dsl.Dsl.atMost;
import static io.dmstestkit.dsl.Dsl.exactly;
import static io.dmstestkit.dsl.Dsl.percent;
import static io.dmstestkit.dsl.Dsl.scenario;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Status;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each YAML file under {@code yaml/steps/} reads to exactly the scenario the Java DSL builds with the
 * same words. Records compare by value; source locations take no part.
 */
class YamlMatchesJavaDslTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameScenarioInJava")
    void should_read_the_yaml_form_as_the_java_dsl_builds_it(String file, Scenario java) {
        Scenario yaml = load(file);

        assertThat(yaml.resources()).containsExactlyElementsOf(java.resources());
        assertThat(yaml.steps()).containsExactlyElementsOf(java.steps());
        assertThat(yaml).isEqualTo(java);
    }

    static Stream<Arguments> sameScenarioInJava() {
        return Stream.of(
                Arguments.of(
                        "start",
                        scenario("start steps")
                                .replication("orders", r -> {})
                                .start("orders")
                                .start("orders", RESUME_PROCESSING)
                                .start(
                                        "orders",
                                        s -> s.type(RELOAD_TARGET)
                                                .cdcStartTime("2026-01-01T00:00:00Z")
                                                .cdcStartPosition("checkpoint:V1#27#mysql-bin.000003:1")
                                                .cdcStopPosition("server_time:2026-01-01T01:00:00")
                                                .expectError(AccessDenied))
                                .start("orders", s -> s.expectError("InvalidResourceState", "already running"))
                                .build()),
                Arguments.of(
                        "stop",
                        scenario("stop steps")
                                .replication("orders", r -> {})
                                .dataMigration("customers", d -> {})
                                .stop("orders")
                                .stop("orders", s -> s.expectError(AccessDenied))
                                .stop("customers", s -> s.expectError(AccessDenied, "not authorized"))
                                .build()),
                Arguments.of(
                        "reload",
                        scenario("reload steps")
                                .reload("orders", "public.orders", "public.order_lines")
                                .reload("orders", "public.orders")
                                .build()),
                Arguments.of(
                        "await",
                        scenario("await steps")
                                .await("orders", a -> a.status(RUNNING))
                                .await(
                                        "orders",
                                        a -> a.status(STOPPED)
                                                .within(ofMinutes(10))
                                                .pollEvery(ofSeconds(30)))
                                .await("orders", a -> a.fullLoad(percent(100)).within(ofHours(2)))
                                .await("orders", a -> a.fullLoad(50))
                                .await("orders", a -> a.fullLoad(25))
                                .await(
                                        "customers",
                                        a -> a.cdcLatencyBelow(ofSeconds(5)).within(ofMinutes(90)))
                                .await(
                                        "orders",
                                        a -> a.tableState("public.orders", "Table completed")
                                                .within(ofMinutes(45)))
                                .build()),
                Arguments.of(
                        "advance",
                        scenario("advance steps")
                                .advance(ofMinutes(30))
                                .advance(ofMinutes(90))
                                .advance(ofSeconds(45))
                                .advance(ofMillis(250))
                                .build()),
                Arguments.of(
                        "fault",
                        scenario("fault steps")
                                .fault(Throttling)
                                .fault(
                                        AccessDenied,
                                        f -> f.on("StopReplication").times(1).message("not authorized to stop"))
                                .fault(
                                        "ResourceNotFound",
                                        f -> f.on("StartReplication", "StopReplication")
                                                .resource("orders")
                                                .onCall(2))
                                .fault("InternalFailure", f -> f.afterCalls(3))
                                .fault(
                                        Throttling,
                                        f -> f.on("DescribeReplications").probability(0.3, 42))
                                .fault(Throttling, f -> f.probability(0.5, 1))
                                .fault("SNSInvalidTopicFault", f -> f.on("StartReplication"))
                                .build()),
                Arguments.of(
                        "disarm-faults",
                        scenario("disarmFaults steps")
                                .fault(Throttling)
                                .disarmFaults()
                                .disarmFaults()
                                .build()),
                Arguments.of(
                        "fail",
                        scenario("fail steps")
                                .fail(
                                        "orders",
                                        f -> f.at(percent(40))
                                                .reason(FATAL_ERROR)
                                                .message("ORA-01555: snapshot too old"))
                                .fail("orders", f -> f.after(ofMinutes(10)))
                                .fail("customers", f -> f.at(100).reason(RECOVERABLE_ERROR))
                                .build()),
                Arguments.of(
                        "table-error",
                        scenario("tableError steps")
                                .tableError("orders", "public.orders", ofMinutes(5), "duplicate key value")
                                .tableError("orders", "public.order_lines", ofSeconds(0), null)
                                .build()),
                Arguments.of(
                        "latency-spike",
                        scenario("latencySpike steps")
                                .latencySpike("orders", ofMinutes(10), ofMinutes(5), ofMinutes(2))
                                .latencySpike("orders", ofSeconds(0), ofHours(1), ofSeconds(30))
                                .build()),
                Arguments.of(
                        "provisioning-fails",
                        scenario("provisioningFails steps")
                                .provisioningFails("orders")
                                .provisioningFails("orders", "Insufficient capacity")
                                .build()),
                Arguments.of(
                        "expect",
                        scenario("expect steps")
                                .expect("orders", e -> e.status(STOPPED).stopReason(NORMAL))
                                .expect(
                                        "orders",
                                        e -> e.status(Status.FAILED)
                                                .stopReason(FATAL_ERROR)
                                                .failureMessageContains("ORA-01555")
                                                .fullLoad(percent(40))
                                                .tablesLoaded(1)
                                                .tablesErrored(0)
                                                .tableState("public.orders", "Table error"))
                                .expect(
                                        "customers",
                                        e -> e.failureMessageContains("snapshot")
                                                .failureMessageContains("too old")
                                                .tableState("public.customers", "Table completed")
                                                .tableState("public.addresses", "Table completed"))
                                .build()),
                Arguments.of(
                        "expect-calls",
                        scenario("expectCalls steps")
                                .expectCalls("StopReplication", exactly(2))
                                .expectCalls(Map.of("atLeast", 1, "resource", "orders"), "StartReplication")
                                .expectCalls("DescribeReplications", atMost(100))
                                .build()),
                Arguments.of(
                        "include",
                        scenario("include steps")
                                .include("classpath:yaml/blocks/load.dms.yaml")
                                .include(
                                        "classpath:yaml/blocks/load.dms.yaml",
                                        Map.of("rows", 1000, "table", "public.customers"))
                                .build()),
                Arguments.of(
                        "resources",
                        scenario("resources")
                                .tag("smoke", "cutover")
                                .replication(
                                        "orders",
                                        r -> r.type(FULL_LOAD)
                                                .table("public.orders", 2_000_000)
                                                .table("public.order_lines", 9_000_000)
                                                .sourceEngine("oracle")
                                                .targetEngine("aurora-postgresql")
                                                .maxCapacityUnits(32))
                                .replication("audit", r -> r.type(CDC))
                                .dataMigration(
                                        "customers",
                                        d -> d.type(FULL_LOAD_AND_CDC)
                                                .engine("mysql")
                                                .table("public.customers", 50_000))
                                .dataMigration("addresses", d -> {})
                                .build()),
                Arguments.of(
                        "cutover",
                        scenario("orders cut-over")
                                .replication(
                                        "orders",
                                        r -> r.type(FULL_LOAD_AND_CDC)
                                                .table("public.orders", 2_000_000)
                                                .table("public.order_lines", 9_000_000))
                                .start("orders")
                                .await("orders", a -> a.fullLoad(percent(100)).within(ofHours(2)))
                                .await(
                                        "orders",
                                        a -> a.cdcLatencyBelow(ofSeconds(5)).within(ofMinutes(10)))
                                .stop("orders")
                                .expect("orders", e -> e.status(STOPPED).stopReason(NORMAL))
                                .build()));
    }

    private static Scenario load(String name) {
        return ScenarioLoader.loadResource("yaml/steps/" + name + ".dms.yaml", Map.of())
                .get(0);
    }
}
