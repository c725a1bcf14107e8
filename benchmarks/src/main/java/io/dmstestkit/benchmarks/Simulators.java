package io.dmstestkit.benchmarks;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.simulator.Timings;

/**
 * The simulators the benchmarks run against: default settings and {@link Timings#defaults()} (the course a
 * real serverless replication takes, about 15 virtual minutes to running), on a manual clock.
 */
final class Simulators {

    private Simulators() {}

    /** A simulator on default timings and a manual clock, nothing declared. */
    static DmsSimulator standard() {
        return DmsSimulator.builder()
                .settings(
                        SimulatorSettings.builder().timings(Timings.defaults()).build())
                .clock(SimulatedClock.manual())
                .build();
    }

    /** A standard simulator with {@link Lifecycle#TABLE} declared in each account given. */
    static DmsSimulator forLifecycles(String... accounts) {
        DmsSimulator simulator = standard();
        for (String account : accounts) {
            Lifecycle.declareTable(simulator, account);
        }
        return simulator;
    }
}
