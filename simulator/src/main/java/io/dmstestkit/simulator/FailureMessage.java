package io.dmstestkit.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The one builder for dms-testkit failure messages, so the runner, the assertions and the waits all
 * speak alike. Sections always come in this order: what failed; expected vs actual; history; details;
 * where; how to fix.
 *
 * <pre>{@code
 * String text = FailureMessage.what("Replication 'orders' did not reach status 'running' within 30m (virtual).")
 *     .expectedActual("running", "failed")
 *     .detail("stop reason", "Stop Reason FATAL_ERROR")
 *     .history(List.of("00:00:00 created", "00:00:02 initializing", "00:07:00 failed"))
 *     .where("orders-cutover.dms.groovy:14", "await orders status running")
 *     .fix("the run failed before it ran: see the failure messages")
 *     .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class FailureMessage {

    private final String what;
    private String expected;
    private String actual;
    private final List<String> details = new ArrayList<>();
    private List<String> history = List.of();
    private String where;
    private String step;
    private String fix;

    private FailureMessage(String what) {
        this.what = what;
    }

    public static FailureMessage what(String whatFailed) {
        return new FailureMessage(whatFailed);
    }

    public FailureMessage expectedActual(Object expectedValue, Object actualValue) {
        this.expected = String.valueOf(expectedValue);
        this.actual = String.valueOf(actualValue);
        return this;
    }

    /** An extra line, e.g. {@code stop reason: Stop Reason FATAL_ERROR}; skipped when the value is null. */
    public FailureMessage detail(String label, Object value) {
        if (value != null && !String.valueOf(value).isEmpty()) {
            details.add(label + ": " + value);
        }
        return this;
    }

    /**
     * A labelled list, one item a line: {@code closest calls seen:} then each call indented below; skipped
     * when empty.
     */
    public FailureMessage list(String label, List<?> items) {
        if (items != null && !items.isEmpty()) {
            StringBuilder text = new StringBuilder(label).append(':');
            items.forEach(item -> text.append("\n    ").append(item));
            details.add(text.toString());
        }
        return this;
    }

    /** The status changes seen, each already prefixed with its virtual time. */
    public FailureMessage history(List<String> statusChanges) {
        this.history = List.copyOf(statusChanges);
        return this;
    }

    public FailureMessage where(String location, String stepDescription) {
        this.where = location;
        this.step = stepDescription;
        return this;
    }

    public FailureMessage fix(String howToFix) {
        this.fix = howToFix;
        return this;
    }

    public String build() {
        StringBuilder text = new StringBuilder(what);
        if (expected != null) {
            text.append("\n  expected: ").append(expected).append("   actual: ").append(actual);
        }
        if (!history.isEmpty()) {
            text.append("\n  history: ").append(String.join(" → ", history));
        }
        details.forEach(line -> text.append("\n  ").append(line));
        if (where != null) {
            text.append("\n  at ").append(where);
            if (step != null) {
                text.append("  (step: ").append(step).append(')');
            }
        }
        if (fix != null) {
            text.append("\n  how to fix: ").append(fix);
        }
        return text.toString();
    }

    /** Virtual elapsed time as {@code HH:MM:SS} (days add to the hours), for history lines. */
    public static String clock(Duration sinceStart) {
        long seconds = Math.max(0, sinceStart.getSeconds());
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    @Override
    public String toString() {
        return build();
    }
}
