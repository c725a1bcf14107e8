package io.dmstestkit.junit.engine.internal;

import io.dmstestkit.dsl.ScenarioResult;
import io.dmstestkit.dsl.StepResult;
import io.dmstestkit.dsl.model.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * A scenario's result as report entries: one per step (what, where, outcome, virtual and wall time), then
 * one for the whole scenario. IDEs show them in the test's output; build tools put them in their reports.
 *
 * <pre>
 * step = start orders, at = scenarios/orders.dms.yaml:7, outcome = passed, virtualTime = 0s, wallTime = 3.2ms
 * scenario = orders cut-over, outcome = passed, virtualTime = 2h7m, wallTime = 41.0ms, target = embedded simulator
 * </pre>
 */
final class StepReports {

    private StepReports() {}

    static List<ReportEntry> entries(ScenarioResult result) {
        List<ReportEntry> entries = new ArrayList<>();
        result.steps().forEach(step -> entries.add(step(step)));
        entries.add(summary(result));
        return entries;
    }

    private static ReportEntry step(StepResult step) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("step", step.step().describe());
        if (step.step().source().isKnown()) {
            values.put("at", step.step().source().toString());
        }
        values.put("outcome", step.outcome().name().toLowerCase(Locale.ROOT));
        values.put("virtualTime", virtual(step.virtualTime()));
        values.put("wallTime", wall(step.wallTime()));
        return ReportEntry.from(values);
    }

    private static ReportEntry summary(ScenarioResult result) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("scenario", result.scenario().name());
        values.put("outcome", result.passed() ? "passed" : "failed");
        values.put("virtualTime", virtual(result.virtualTime()));
        values.put("wallTime", wall(result.wallTime()));
        values.put("target", result.target());
        return ReportEntry.from(values);
    }

    static String virtual(Duration duration) {
        String text = Durations.format(duration);
        return text.isEmpty() ? duration.toString() : text; // below a millisecond the short form has no words
    }

    static String wall(Duration duration) {
        return String.format(Locale.ROOT, "%.1fms", duration.toNanos() / 1_000_000.0);
    }
}
