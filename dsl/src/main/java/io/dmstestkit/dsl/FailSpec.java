package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.dsl.model.StopReason;
import io.dmstestkit.simulator.DmsIncident;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * When and how a run fails: at a full-load percent, or a virtual time after this step, with a stop reason
 * ({@code FATAL_ERROR} by default) and a failure message.
 *
 * <pre>{@code
 * .fail("orders", f -> f.at(40).reason(FATAL_ERROR).message("ORA-01555: snapshot too old"))
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class FailSpec {

    private Integer atPercent;
    private Duration after;
    private StopReason reason = StopReason.FATAL_ERROR;
    private String message = DmsIncident.DEFAULT_FAILURE_MESSAGE;

    FailSpec() {}

    /** Fails when the full load reaches this percent. */
    public FailSpec at(int percent) {
        this.atPercent = new Percent(percent).value();
        return this;
    }

    public FailSpec at(Percent percent) {
        return at(percent.value());
    }

    /** Fails this long (virtual time) after this step; the run going then fails. */
    public FailSpec after(Duration delay) {
        this.after = delay;
        return this;
    }

    /** {@code FATAL_ERROR} (default) or {@code RECOVERABLE_ERROR}. */
    public FailSpec reason(StopReason reason) {
        if (reason != StopReason.FATAL_ERROR && reason != StopReason.RECOVERABLE_ERROR) {
            throw new IllegalArgumentException("a failure's reason is FATAL_ERROR or RECOVERABLE_ERROR, not " + reason);
        }
        this.reason = reason;
        return this;
    }

    public FailSpec reason(String reason) {
        return reason(StopReason.parse(reason));
    }

    public FailSpec message(String message) {
        this.message = message;
        return this;
    }

    Step.Fail build(String target, Source source) {
        if ((atPercent == null) == (after == null)) {
            throw new IllegalArgumentException(
                    "fail '" + target + "'" + " needs exactly one of: at (a full-load percent) or after (a duration)");
        }
        return new Step.Fail(target, atPercent, after, reason, message, source);
    }
}
