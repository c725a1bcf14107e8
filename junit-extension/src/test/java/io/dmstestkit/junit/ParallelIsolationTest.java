package io.dmstestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.junit.fixtures.IsolationFixtures;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ParallelIsolationTest {

    @Test
    void should_keep_eight_classes_running_at_once_apart() {
        EngineExecutionResults results = EngineRuns.runInParallel(
                IsolationFixtures.Tenant1.class,
                IsolationFixtures.Tenant2.class,
                IsolationFixtures.Tenant3.class,
                IsolationFixtures.Tenant4.class,
                IsolationFixtures.Tenant5.class,
                IsolationFixtures.Tenant6.class,
                IsolationFixtures.Tenant7.class,
                IsolationFixtures.Tenant8.class);

        results.testEvents()
                .assertStatistics(stats -> stats.started(8).succeeded(8).failed(0));
        assertThat(EngineRuns.reported(results, "account")).hasSize(8);
        // six of them shared one simulator, and still made "orders" in accounts of their own
        assertThat(EngineRuns.reported(results, "simulator"))
                .hasSize(8)
                .filteredOn(simulator ->
                        java.util.Collections.frequency(EngineRuns.reported(results, "simulator"), simulator) == 6)
                .hasSize(6);
    }
}
