package io.dmstestkit.dsl.internal.message;

/**
 * A run that failed while something else was awaited: the wait ends at once.
 *
 * <pre>
 * Replication 'orders' failed while awaiting status 'running'.
 *   expected: status 'running'   actual: status 'failed'
 *   history: 00:00:00 initializing → 00:03:00 failed
 *   stop reason: Stop Reason FATAL_ERROR
 *   failure messages: [ORA-01555: snapshot too old]
 *   how to fix: the run failed: see the failure messages (an injected fault or incident may cause it); await status 'failed' if failing is what the test expects
 * </pre>
 */
public final class ShouldNotFailWhileAwaiting {

    private ShouldNotFailWhileAwaiting() {}

    public static String shouldNotFail(AwaitReport report) {
        return AwaitMessages.body(report.title() + " failed while awaiting " + report.condition() + ".", report)
                .fix("the run failed: see the failure messages ("
                        + report.speaker().cause() + " may cause it);" + " await status 'failed' if failing is what "
                        + report.speaker().who() + " expects")
                .build();
    }
}
