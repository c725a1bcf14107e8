package io.dmstestkit.junit.example;

import static io.dmstestkit.dsl.Dsl.FULL_LOAD;
import static io.dmstestkit.dsl.Dsl.scenario;
import static io.dmstestkit.junit.DmsAssertions.assertThatReplication;
import static io.dmstestkit.junit.DmsAwait.awaitReplication;
import static io.dmstestkit.junit.DmsAwait.fullLoadAtLeast;
import static io.dmstestkit.junit.DmsAwait.status;

import io.dmstestkit.junit.DmsExtension;
import io.dmstestkit.testcore.Lifecycle;
import io.dmstestkit.testcore.Transport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's programmatic example, compiled and run. */
class ProgrammaticExampleTest {

    @RegisterExtension
    static DmsExtension dms = DmsExtension.newInstance()
            .transport(Transport.HTTP) // a real socket on a free port
            .lifecycle(Lifecycle.PER_CLASS) // one simulator for the class
            .build();

    @BeforeAll
    static void start_orders() {
        dms.scenarioRunner()
                .run(scenario("orders")
                        .replication("orders", r -> r.type(FULL_LOAD).table("public.orders", 50_000))
                        .start("orders")
                        .build())
                .assertPassed();
    }

    @Test
    void loads_every_table_then_stops() {
        awaitReplication(dms.session(), "orders").until(fullLoadAtLeast(100)); // moves virtual time: no sleeping
        awaitReplication(dms.session(), "orders").until(status("stopped"));

        assertThatReplication(dms.session(), "orders").hasTablesLoaded(1).hasStopReason("FULL_LOAD_ONLY_FINISHED");
    }
}
