package io.dmstestkit.junit.engine.internal;

import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A scenario file that cannot be loaded, as a test that fails with the load error: reported where the
 * error is (file, line, column), so a typo shows up as a red test that jumps to it, not as a silently
 * missing file.
 *
 * <pre>
 * [engine:dms-scenarios]/[resource:scenarios/typo.dms.yaml]   ✘ scenarios/typo.dms.yaml:7:5: unknown step 'strat'
 * </pre>
 */
@API(status = API.Status.INTERNAL)
public final class LoadFailureDescriptor extends AbstractTestDescriptor implements Node<ScenarioEngineContext> {

    private final RuntimeException error;

    LoadFailureDescriptor(UniqueId uniqueId, LoadedFile file) {
        super(uniqueId, file.location().displayName(), file.errorSource());
        this.error = file.error().orElseThrow();
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    @Override
    public ScenarioEngineContext execute(ScenarioEngineContext context, DynamicTestExecutor dynamicTestExecutor) {
        throw error;
    }
}
