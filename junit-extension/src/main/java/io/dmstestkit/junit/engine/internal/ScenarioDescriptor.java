package io.dmstestkit.junit.engine.internal;

import io.dmstestkit.dsl.ScenarioResult;
import io.dmstestkit.dsl.model.Scenario;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One scenario as a test: named after the scenario, tagged with its tags, its source the file at the
 * scenario's line. It fails with the runner's {@code ScenarioFailedError}, whose message names the failing
 * step and its line.
 *
 * <pre>
 * [engine:dms-scenarios]/[resource:scenarios/orders.dms.yaml]/[scenario:orders cut-over]
 * </pre>
 */
@API(status = API.Status.INTERNAL)
public final class ScenarioDescriptor extends AbstractTestDescriptor implements Node<ScenarioEngineContext> {

    private final Scenario scenario;
    private final Set<TestTag> tags;

    ScenarioDescriptor(UniqueId uniqueId, Scenario scenario, FileLocation file) {
        super(uniqueId, scenario.name(), file.sourceAt(scenario.source()));
        this.scenario = scenario;
        // a tag JUnit cannot filter on (e.g. with a space) could only break tag expressions: left out
        this.tags = scenario.tags().stream()
                .filter(TestTag::isValid)
                .map(TestTag::create)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public Set<TestTag> getTags() {
        return tags;
    }

    @Override
    public ScenarioEngineContext execute(ScenarioEngineContext context, DynamicTestExecutor dynamicTestExecutor) {
        ScenarioResult result = ScenarioExecution.run(scenario);
        context.publish(this, StepReports.entries(result));
        result.assertPassed();
        return context;
    }
}
