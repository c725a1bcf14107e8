package com.example.migration;

import static io.dmstestkit.dsl.Dsl.FULL_LOAD_AND_CDC;
import static io.dmstestkit.dsl.Dsl.NORMAL;
import static io.dmstestkit.dsl.Dsl.STOPPED;
import static io.dmstestkit.dsl.Dsl.exactly;
import static io.dmstestkit.dsl.Dsl.scenario;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static java.time.Duration.ofSeconds;

import io.dmstestkit.dsl.DmsTargets;
import io.dmstestkit.dsl.ScenarioRunner;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.SimulatedClock;
import org.junit.jupiter.api.Test;

/** examples/scenarios/orders-cutover.dms.yaml written in Java, run on an embedded simulator: no extension needed. */
class ScenarioInJavaTest {

    @Test
    void orders_cut_over() {
        Scenario cutover = scenario("orders cut-over")
                .tag("smoke", "cutover")
                .replication("orders", r -> r.type(FULL_LOAD_AND_CDC)
                        .table("public.orders", 2_000_000)
                        .table("public.order_lines", 9_000_000))
                .start("orders")
                .await("orders", a -> a.fullLoad(100).within(ofHours(2)))
                .await("orders", a -> a.cdcLatencyBelow(ofSeconds(5)).within(ofMinutes(10)))
                .stop("orders")
                .await("orders", a -> a.status(STOPPED).within(ofMinutes(5)))
                .expect("orders", e -> e.status(STOPPED).stopReason(NORMAL).fullLoad(100).tablesLoaded(2))
                .expectCalls("StopReplication", exactly(1))
                .build();

        DmsSimulator simulator = DmsSimulator.builder().clock(SimulatedClock.manual()).build();
        new ScenarioRunner(DmsTargets.embedded(simulator)).run(cutover).assertPassed();
    }
}
