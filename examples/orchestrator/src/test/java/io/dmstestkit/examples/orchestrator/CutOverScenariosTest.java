package io.dmstestkit.examples.orchestrator;

import io.dmstestkit.junit.engine.DmsScenarios;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The third way: the cut-over as scenario files ({@code src/test/resources/scenarios/}), each run by the
 * scenario engine on an embedded simulator of its own. They drive DMS themselves and pin down the DMS
 * behaviour {@link MigrationOrchestrator} relies on (start-replication only once, reload-target after a
 * fatal error, throttling after the SDK's retries), in a form the whole team, and other teams, can read
 * and run: {@code ./dms-testkit run examples/orchestrator/src/test/resources/scenarios}.
 */
class CutOverScenariosTest {

    @TestFactory
    Stream<DynamicNode> cut_over_scenarios() {
        return DmsScenarios.dynamicTests("scenarios/");
    }
}
