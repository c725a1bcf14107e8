package io.dmstestkit.dsl.message;

import io.dmstestkit.simulator.FailureMessage;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The one sentence of each failed state check, whoever checks: a scenario's {@code expect} step, the
 * AssertJ assertions of replications, data migrations, tasks, instances and table statistics, the Spock
 * words. Built like AssertJ's {@code ShouldXxx} error messages: the first line and the expected/actual line
 * come from here; callers add history, details, location and fix. Pinned by {@code ShouldHaveGoldenTest}.
 *
 * <pre>
 * Replication 'orders' does not have status 'stopped'.
 *   expected: stopped   actual: running
 * </pre>
 */
@API(
        status = API.Status.INTERNAL,
        consumers = {"io.dmstestkit.dsl", "io.dmstestkit.junit", "io.dmstestkit.spock"})
public final class ShouldHave {

    private static final String STOP_REASON_PREFIX = "Stop Reason ";

    private ShouldHave() {}

    /** {@code Replication 'orders' does not have status 'stopped'.} */
    public static FailureMessage shouldHaveStatus(String subject, String expected, String actual) {
        return shouldHave(subject, "status '" + expected + "'", expected, actual);
    }

    /**
     * {@code Replication 'orders' did not stop for reason 'Stop Reason NORMAL'.}, or {@code … has no stop
     * reason; expected …} while it has none; {@code expected} with or without DMS's {@code Stop Reason} prefix.
     */
    public static FailureMessage shouldHaveStopReason(String subject, String expected, String actual) {
        String wanted = stopReason(expected);
        String what = actual == null
                ? subject + " has no stop reason; expected '" + wanted + "'."
                : subject + " did not stop for reason '" + wanted + "'.";
        return FailureMessage.what(what).expectedActual(wanted, actual == null ? "none" : actual);
    }

    /** {@code Replication 'orders' is not 100% through its full load.} */
    public static FailureMessage shouldHaveFullLoadProgress(String subject, int expectedPercent, int actualPercent) {
        return FailureMessage.what(subject + " is not " + expectedPercent + "% through its full load.")
                .expectedActual(expectedPercent + "%", actualPercent + "%");
    }

    /** {@code Replication 'orders' has not loaded 5 tables.} */
    public static FailureMessage shouldHaveTablesLoaded(String subject, int expected, int actual) {
        return FailureMessage.what(subject + " has not loaded " + expected + " tables.")
                .expectedActual(expected, actual);
    }

    /** {@code Replication 'orders' has no failure message containing 'ORA-01555'.} */
    public static FailureMessage shouldHaveFailureMessageContaining(String subject, String text, List<String> actual) {
        return FailureMessage.what(subject + " has no failure message containing '" + text + "'.")
                .expectedActual(
                        "a failure message containing '" + text + "'",
                        actual.isEmpty() ? "no failure messages" : actual.toString());
    }

    /** {@code Table public.orders is not in state 'Table completed'.}: a table's statistics, not its run's. */
    public static FailureMessage shouldHaveTableState(String table, String expected, String actual) {
        return FailureMessage.what(table + " is not in state '" + expected + "'.")
                .expectedActual(expected, actual);
    }

    /**
     * Any other property: {@code Replication instance 'i' does not have instance class 'dms.r5.large'.},
     * {@code Table public.orders does not have 0 full load error rows.}
     */
    public static FailureMessage shouldHave(String subject, String property, Object expected, Object actual) {
        return FailureMessage.what(subject + " does not have " + property + ".").expectedActual(expected, actual);
    }

    /** DMS's spelling of a stop reason: {@code NORMAL} → {@code Stop Reason NORMAL}. */
    public static String stopReason(String reason) {
        return STOP_REASON_PREFIX + bare(reason);
    }

    /** A stop reason without DMS's prefix: {@code Stop Reason NORMAL} → {@code NORMAL}. */
    public static String bare(String stopReason) {
        String trimmed = stopReason.trim();
        return trimmed.regionMatches(true, 0, STOP_REASON_PREFIX, 0, STOP_REASON_PREFIX.length())
                ? trimmed.substring(STOP_REASON_PREFIX.length())
                : trimmed;
    }
}
