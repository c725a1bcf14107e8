package io.dmstestkit.dsl.internal.groovy;

import static io.dmstestkit.dsl.Dsl.AccessDenied;
import static io.dmstestkit.dsl.Dsl.CDC;
import static io.dmstestkit.dsl.Dsl.FAILED;
import static io.dmstestkit.dsl.Dsl.FATAL_ERROR;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD_AND_CDC;
import static io.dmstestkit.dsl.Dsl.FULL_LOAD_ONLY_FINISHED;
import static io.dmstestkit.dsl.Dsl.FailedDependency;
import static io.dmstestkit.dsl.Dsl.InvalidOperation;
import static io.dmstestkit.dsl.Dsl.InvalidResourceState;
import static io.dmstestkit.dsl.Dsl.KMSKeyNotAccessible;
import static io.dmstestkit.dsl.Dsl.NORMAL;
import static io.dmstestkit.dsl.Dsl.RECOVERABLE_ERROR;
import static io.dmstestkit.dsl.Dsl.RELOAD_TARGET;
import static io.dmstestkit.dsl.Dsl.RESUME_PROCESSING;
import static io.dmstestkit.dsl.Dsl.RUNNING;
import static io.dmstestkit.dsl.Dsl.ResourceNotFound;
import static io.dmstestkit.dsl.Dsl.ResourceQuotaExceeded;
import static io.dmstestkit.dsl.Dsl.STOPPED;
import static io.dmstestkit.dsl.Dsl.Throttling;
import static io.dmstestkit.dsl.Dsl.atLeast;
import static io.dmstestkit.dsl.Dsl.atMost;
import static io.dmstestkit.dsl.Dsl.exactly;
import static io.dmstestkit.dsl.Dsl.percent;
import static io.dmstestkit.dsl.Dsl.scenario;
import static java.time.Duration.ofDays;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.ScenarioLoader;
import io.dmstestkit.dsl.ScenarioSpec;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Step;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each Groovy scenario file builds exactly the model the Java DSL builds for the same words. Records
 * compare by value and ignore source locations, so a plain {@code isEqualTo} proves it.
 */
class GroovyJavaParityTest {

    private static List<Scenario> load(String resource) {
        return ScenarioLoader.loadResource("groovy/" + resource, Map.of());
    }

    @Test
    void should_build_the_canonical_cut_over_scenario_like_java() {
        Scenario java = scenario("orders cut-over")
                .replication(
                        "orders",
                        r -> r.type(FULL_LOAD_AND_CDC)
                                .table("public.orders", 2_000_000)
                                .table("public.order_lines", 9_000_000))
                .start("orders")
                .await("orders", a -> a.fullLoad(percent(100)).within(ofHours(2)))
                .await("orders", a -> a.cdcLatencyBelow(ofSeconds(5)).within(ofMinutes(10)))
                .stop("orders")
                .expect("orders", e -> e.status(STOPPED).stopReason(NORMAL))
                .build();

        assertThat(load("orders-cutover.dms.groovy")).containsExactly(java);
    }

    @Test
    void should_build_every_resource_option_like_java() {
        Scenario java = scenario("resources")
                .replication(
                        "orders",
                        r -> r.type(FULL_LOAD)
                                .table("public.orders", 2_000_000)
                                .table("public.order_lines", 9_000_000)
                                .sourceEngine("oracle")
                                .targetEngine("aurora-postgresql")
                                .maxCapacityUnits(8))
                .replication("changes", r -> r.type(CDC))
                .replication("defaults", r -> {})
                .dataMigration(
                        "customers",
                        d -> d.type(FULL_LOAD)
                                .table("public.customers", 50_000)
                                .table("public.addresses", 70_000)
                                .engine("mysql"))
                .dataMigration("catalog", d -> d.type(FULL_LOAD_AND_CDC))
                .build();

        assertThat(load("resources.dms.groovy")).containsExactly(java);
    }

    @Test
    void should_build_every_lifecycle_step_and_option_like_java() {
        Scenario java = scenario("steps")
                .replication("orders", r -> r.table("public.orders", 1000))
                .dataMigration("customers", d -> d.table("public.customers", 10))
                .start("orders")
                .start("orders", RESUME_PROCESSING)
                .start(
                        "orders",
                        s -> s.type(RELOAD_TARGET)
                                .cdcStartTime("2026-01-01T00:00:00Z")
                                .cdcStartPosition("checkpoint:V1#27#mysql-bin.000003:1")
                                .cdcStopPosition("server_time:2026-01-01T01:00:00")
                                .expectError(InvalidResourceState))
                .start("customers", s -> s.type(RESUME_PROCESSING).expectError(AccessDenied, "not authorized"))
                .stop("orders")
                .stop("orders", s -> s.expectError(AccessDenied))
                .stop("customers", s -> s.expectError("InvalidResourceState", "not running"))
                .reload("orders", "public.orders")
                .reload("orders", "public.orders", "public.order_lines")
                .await("orders", a -> a.status(RUNNING))
                .await("customers", a -> a.status(STOPPED).within(ofMinutes(30)).pollEvery(ofSeconds(30)))
                .await("orders", a -> a.fullLoad(50))
                .await("orders", a -> a.fullLoad(percent(100)).within(ofHours(2)))
                .await("orders", a -> a.cdcLatencyBelow(ofSeconds(5)))
                .await(
                        "orders",
                        a -> a.tableState("public.orders", "Table completed").pollEvery(ofMinutes(1)))
                .advance(ofMinutes(90))
                .advance(ofDays(1))
                .expect("orders", e -> e.status(STOPPED).stopReason(NORMAL))
                .expect("orders", e -> e.status(FAILED).stopReason(FATAL_ERROR))
                .expect("orders", e -> e.failureMessageContains("ORA-01555"))
                .expect("orders", e -> e.fullLoad(40).fullLoad(percent(100)))
                .expect("orders", e -> e.tablesLoaded(2).tablesErrored(1).tableState("public.orders", "Table error"))
                .expectCalls("StopReplication", exactly(1))
                .expectCalls("StartReplication", exactly(2))
                .expectCalls("DescribeReplications", atLeast(3))
                // Java has no resource-scoped call count but the named form (see the report)
                .expectCalls(Map.<String, Object>of("atMost", 1, "resource", "orders"), "ReloadReplicationTables")
                .expectCalls("StopReplication", atLeast(1))
                .expectCalls("StopReplication", atMost(4))
                .build();

        assertThat(load("steps.dms.groovy")).containsExactly(java);
    }

    @Test
    void should_build_every_fault_and_failure_like_java() {
        Scenario java = scenario("failures")
                .replication("orders", r -> r.table("public.orders", 1000))
                .fault(AccessDenied, f -> f.on("StopReplication").times(1).message("not authorized to stop"))
                .fault(
                        Throttling,
                        f -> f.on("DescribeReplications", "DescribeReplicationTableStatistics")
                                .probability(0.5, 7))
                .fault(
                        InvalidResourceState,
                        f -> f.on("StartReplication").resource("orders").onCall(2))
                .fault(ResourceNotFound, f -> f.afterCalls(3))
                .fault(KMSKeyNotAccessible)
                .fault(
                        FailedDependency,
                        f -> f.on("StartReplication", "StopReplication")
                                .message("the source is gone")
                                .resource("orders")
                                .times(2)
                                .afterCalls(1))
                .fault(ResourceQuotaExceeded, f -> f.onCall(3))
                .fault(InvalidOperation, f -> f.probability(0.25, 42))
                .disarmFaults()
                .fail("orders", f -> f.at(percent(40)).reason(FATAL_ERROR).message("ORA-01555: snapshot too old"))
                .fail("orders", f -> f.at(60))
                .fail("orders", f -> f.after(ofMinutes(10)).reason(RECOVERABLE_ERROR))
                .tableError("orders", "public.orders", ofMinutes(5), "duplicate key")
                .tableError("orders", "public.orders", Duration.ZERO, null)
                .tableError("orders", "public.orders", ofMinutes(7), "lost connection")
                .latencySpike("orders", ofMinutes(10), ofMinutes(5), ofMinutes(2))
                .latencySpike("orders", Duration.ZERO, ofMinutes(1), ofSeconds(30))
                .latencySpike("orders", ofHours(1), ofMinutes(2), ofSeconds(45))
                .provisioningFails("orders", "insufficient capacity")
                .build();

        assertThat(load("failures.dms.groovy")).containsExactly(java);
    }

    @Test
    void should_build_parameters_with_their_defaults_like_java() {
        assertThat(load("parameters.dms.groovy")).containsExactly(parameterized(Map.of()));
    }

    @Test
    void should_apply_parameter_overrides_like_java() {
        Map<String, String> overrides = Map.of("rows", "5", "table", "public.items");

        List<Scenario> groovy = ScenarioLoader.loadResource("groovy/parameters.dms.groovy", overrides);

        assertThat(groovy).containsExactly(parameterized(overrides));
        assertThat(groovy.get(0).parameters())
                .containsExactlyInAnyOrderEntriesOf(Map.of("rows", "5", "table", "public.items", "capacity", "4"));
        assertThat(groovy.get(0).tags()).containsExactlyInAnyOrder("smoke", "nightly", "rows-5");
    }

    /** The Java twin of parameters.dms.groovy, reading its parameters the same way. */
    private static Scenario parameterized(Map<String, String> overrides) {
        ScenarioSpec spec = scenario("parameterized", overrides)
                .parameter("rows", 1000)
                .parameter("table", "public.orders")
                .parameter("capacity", 4)
                .tag("smoke", "nightly");
        spec.tag("rows-" + spec.param("rows"));
        long rows = spec.longParam("rows");
        String table = spec.param("table");
        int capacity = (int) spec.longParam("capacity");
        return spec.replication(
                        "orders",
                        r -> r.table(table, rows)
                                .table(table + "_archive", rows * 2)
                                .maxCapacityUnits(capacity))
                .start("orders")
                .build();
    }

    @Test
    void should_read_every_scenario_of_a_file_in_order() {
        Scenario fullLoad = scenario("full load")
                .replication(
                        "orders",
                        r -> r.type(FULL_LOAD).table("public.orders", 1000).table("public.order_lines", 2000))
                .start("orders")
                .await("orders", a -> a.status(STOPPED))
                .expect("orders", e -> e.stopReason(FULL_LOAD_ONLY_FINISHED))
                .build();
        Scenario cdc = scenario("cdc")
                .replication(
                        "orders",
                        r -> r.type(CDC)
                                .table("public.orders", 0)
                                .table("public.order_lines", 0)
                                .table("public.customers", 0))
                .advance(ofMinutes(1))
                .advance(ofMinutes(2))
                .build();

        assertThat(load("two-scenarios.dms.groovy")).containsExactly(fullLoad, cdc);
    }

    @Test
    void should_include_building_blocks_like_java() {
        String block = "classpath:groovy/blocks/start-and-load.dms.groovy";
        Scenario java = scenario("with include")
                .replication("orders", r -> r.table("public.orders", 1000))
                .include(block, Map.of("target", "orders", "percent", 50))
                .include(block)
                .include(block, Map.of("target", "orders", "percent", 75))
                .build();

        List<Scenario> groovy = load("with-include.dms.groovy");

        assertThat(groovy).containsExactly(java);
        Step.Include first = (Step.Include) groovy.get(0).steps().get(0);
        assertThat(first.parameters()).containsExactlyInAnyOrderEntriesOf(Map.of("target", "orders", "percent", "50"));
        assertThat(first.included().steps())
                .containsExactly(scenario("start and load")
                        .start("orders")
                        .await("orders", a -> a.fullLoad(50).within(ofHours(1)))
                        .build()
                        .steps()
                        .toArray(Step[]::new));
    }

    @Test
    void should_read_durations_and_percentages_from_number_words() {
        Scenario java = scenario("number words")
                .advance(ofMillis(250))
                .advance(ofMillis(1))
                .advance(ofSeconds(30))
                .advance(ofSeconds(1))
                .advance(ofMinutes(10))
                .advance(ofMinutes(1))
                .advance(ofHours(2))
                .advance(ofHours(1))
                .advance(ofDays(2))
                .advance(ofDays(1))
                .advance(ofMillis(3_000_000_000L))
                .advance(ofHours(2))
                .replication("orders", r -> {})
                .await("orders", a -> a.fullLoad(0))
                .expect("orders", e -> e.fullLoad(100))
                .fail("orders", f -> f.at(40))
                .build();

        assertThat(load("number-words.dms.groovy")).containsExactly(java);
    }
}
