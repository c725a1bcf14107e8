package io.dmstestkit.junit.engine.internal;

import java.util.List;
import org.apiguardian.api.API;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a running scenario needs from the engine: where to publish its report entries. Immutable and
 * shared by all scenarios of a run, whichever thread runs them.
 *
 * <pre>{@code
 * context.publish(descriptor, StepReports.entries(result));
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class ScenarioEngineContext implements EngineExecutionContext {

    private final EngineExecutionListener listener;

    public ScenarioEngineContext(EngineExecutionListener listener) {
        this.listener = listener;
    }

    void publish(TestDescriptor descriptor, List<ReportEntry> entries) {
        entries.forEach(entry -> listener.reportingEntryPublished(descriptor, entry));
    }
}
