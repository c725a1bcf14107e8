package com.example.migration;

import static io.dmstestkit.junit.DmsAssertions.assertThatReplication;
import static io.dmstestkit.junit.DmsAwait.awaitReplication;
import static io.dmstestkit.junit.DmsAwait.fullLoadAtLeast;
import static io.dmstestkit.junit.DmsAwait.status;

import io.dmstestkit.junit.DmsExtension;
import io.dmstestkit.testcore.Lifecycle;
import io.dmstestkit.testcore.Transport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProgrammaticExtensionTest {

    @RegisterExtension
    static DmsExtension dms = DmsExtension.newInstance()
            .files("stages/orders-full-load.dms.yaml") // a full-load replication, started
            .transport(Transport.HTTP) // a real socket on a free port
            .lifecycle(Lifecycle.PER_CLASS) // one simulator for the class
            .build();

    @Test
    void loads_every_table_then_stops() {
        awaitReplication(dms.session(), "orders").until(fullLoadAtLeast(100));
        awaitReplication(dms.session(), "orders").until(status("stopped"));
        assertThatReplication(dms.session(), "orders").hasTablesLoaded(1).hasStopReason("FULL_LOAD_ONLY_FINISHED");
    }
}
