package io.dmstestkit.dsl.internal.message;

import io.dmstestkit.dsl.model.Durations;
import io.dmstestkit.simulator.FailureMessage;
import java.time.Duration;

/**
 * A scenario run that used up its wall-time budget while it waited: a guard against waits that would
 * poll for hours of wall time (a tiny poll interval over a long limit).
 *
 * <pre>
 * The scenario run used up its wall-time budget of 1m while awaiting status 'running' of Replication 'orders'.
 *   expected: done within 1m (wall time)   actual: still waiting after 250000 polls
 *   how to fix: poll less often (pollEvery), await something nearer, or give the run a larger budget (--time-budget)
 * </pre>
 */
public final class ShouldFinishWithinTimeBudget {

    private static final String FIX = "poll less often (pollEvery), await something nearer, or give the run a larger"
            + " budget (ScenarioRunner.timeBudget, --time-budget)";

    private ShouldFinishWithinTimeBudget() {}

    /** The budget was used up before a step (by the steps before it). */
    public static String shouldFinishWithin(Duration budget, String location, String step) {
        return FailureMessage.what("The scenario run used up its wall-time budget of " + Durations.format(budget)
                        + " before step '" + step + "'.")
                .where(location, step)
                .fix(FIX)
                .build();
    }

    /** The budget was used up while a step waited. */
    public static String shouldFinishWithin(Duration budget, AwaitReport report) {
        String what = "The scenario run used up its wall-time budget of " + Durations.format(budget)
                + " while awaiting " + report.condition() + " of " + report.title() + ".";
        return AwaitMessages.body(what, report)
                .expectedActual(
                        "done within " + Durations.format(budget) + " (wall time)",
                        "still waiting after " + report.polls() + " polls (" + report.actual() + ")")
                .fix(FIX)
                .build();
    }
}
