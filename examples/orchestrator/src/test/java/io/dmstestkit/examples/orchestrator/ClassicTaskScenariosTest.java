package io.dmstestkit.examples.orchestrator;

import io.dmstestkit.junit.engine.DmsScenarios;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The third way for {@link ClassicTaskOrchestrator}: its workflow as a scenario file,
 * {@code examples/scenarios/classic-task-orchestrator.dms.yaml} (and its {@code .dms.groovy} form), copied
 * onto this module's test classpath under {@code classic-scenarios/} and run by the scenario engine, each
 * on an embedded simulator of its own. The same files pass in {@code ./dms-testkit run examples/scenarios}.
 */
class ClassicTaskScenariosTest {

    @TestFactory
    Stream<DynamicNode> classic_task_orchestrator_scenarios() {
        return DmsScenarios.dynamicTests("classic-scenarios/");
    }
}
