package io.dmstestkit.dsl.internal.message;

import io.dmstestkit.dsl.RunAwait;
import io.dmstestkit.dsl.RunState;
import io.dmstestkit.dsl.model.Durations;

/**
 * A wait that timed out. When the target said nothing more was planned, "more time" is no fix: the message
 * says so and names the missing step or call.
 *
 * <pre>
 * Replication 'orders' did not reach status 'stopped' within 1h (virtual).
 *   expected: status 'stopped'   actual: status 'running'
 *   history: 00:00:00 initializing → 00:13:45 running
 *   how to fix: nothing will change: Replication 'orders' is running with nothing planned; add a stop step before awaiting status 'stopped'
 * </pre>
 */
public final class ShouldReach {

    private ShouldReach() {}

    public static String shouldReach(AwaitReport report) {
        String what = report.title() + " did not reach " + report.condition() + " within "
                + Durations.format(report.within()) + (report.virtual() ? " (virtual)" : "") + ".";
        return AwaitMessages.body(what, report).fix(fix(report)).build();
    }

    private static String fix(AwaitReport report) {
        if (report.nothingPlanned()) {
            return "nothing will change: " + report.title() + " is "
                    + report.last().statusText() + " with nothing planned; " + missing(report);
        }
        String fix = "give the wait more time (" + report.speaker().limit()
                + "), or make the run faster (fewer rows, faster Timings)";
        if (report.speaker() == RunAwait.Speaker.TEST && !report.virtual()) {
            return fix + "; a simulator with a manual clock moves only when advanced: give the wait the session (or"
                    + " the simulator) so that it moves virtual time";
        }
        return fix;
    }

    /** The step (scenario) or call (test) that would make the run change as awaited. */
    private static String missing(AwaitReport report) {
        RunState last = report.last();
        String awaited = report.awaitedStatus();
        boolean scenario = report.speaker() == RunAwait.Speaker.SCENARIO;
        String before = " before awaiting " + report.condition();
        if (awaited != null && (awaited.equalsIgnoreCase("stopped") || awaited.equalsIgnoreCase("stopping"))) {
            return (scenario ? "add a stop step" : "stop it (" + stopCall(last) + ")") + before;
        }
        if (awaited != null && awaited.equalsIgnoreCase("failed")) {
            return (scenario ? "add a fail step (or a fault)" : "plan a failure (an incident)") + before;
        }
        if (last.notStarted() || last.hasStatus("stopped") || last.failed()) {
            return (scenario ? "add a start step" : "start it (" + startCall(last) + ")") + before;
        }
        return "add the " + report.speaker().change() + " that changes it" + before;
    }

    private static String stopCall(RunState last) {
        return switch (last.kind()) {
            case RunState.DATA_MIGRATION -> "StopDataMigration";
            case RunState.REPLICATION_TASK -> "StopReplicationTask";
            default -> "StopReplication";
        };
    }

    private static String startCall(RunState last) {
        return switch (last.kind()) {
            case RunState.DATA_MIGRATION -> "StartDataMigration";
            case RunState.REPLICATION_TASK -> "StartReplicationTask";
            default -> "StartReplication";
        };
    }
}
