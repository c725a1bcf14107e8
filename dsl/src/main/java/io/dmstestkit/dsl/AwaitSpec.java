package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.Condition;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Status;
import io.dmstestkit.dsl.model.Step;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * What to wait for and for how long, in virtual time. One condition per await.
 *
 * <pre>{@code
 * .await("orders", a -> a.fullLoad(100).within(Duration.ofHours(2)))
 * }</pre>
 * In Groovy: {@code await('orders') { fullLoad 100.percent; within 2.hours }}
 */
@API(status = API.Status.EXPERIMENTAL)
public final class AwaitSpec {

    /** The default time limit of an await, in virtual time. */
    public static final Duration DEFAULT_WITHIN = Duration.ofHours(1);

    /** The default poll interval, in virtual time (DMS waiters poll every 15 to 30 seconds). */
    public static final Duration DEFAULT_POLL = Duration.ofSeconds(15);

    private Condition condition;
    private Duration within = DEFAULT_WITHIN;
    private Duration pollEvery = DEFAULT_POLL;

    AwaitSpec() {}

    public AwaitSpec status(Status status) {
        return until(new Condition.StatusIs(status));
    }

    public AwaitSpec status(String status) {
        return status(Status.parse(status));
    }

    public AwaitSpec fullLoad(int percent) {
        return until(new Condition.FullLoadAtLeast(percent));
    }

    public AwaitSpec fullLoad(Percent percent) {
        return fullLoad(percent.value());
    }

    public AwaitSpec cdcLatencyBelow(Duration latency) {
        return until(new Condition.CdcLatencyBelow(latency));
    }

    /** A table in a state, e.g. {@code tableState("public.orders", "Table completed")}. */
    public AwaitSpec tableState(String table, String state) {
        return until(new Condition.TableStateIs(table, state));
    }

    /** The time limit, in virtual time (default one hour). */
    public AwaitSpec within(Duration limit) {
        this.within = limit;
        return this;
    }

    /** How often to poll, in virtual time (default 15 seconds). */
    public AwaitSpec pollEvery(Duration interval) {
        this.pollEvery = interval;
        return this;
    }

    private AwaitSpec until(Condition wanted) {
        if (condition != null) {
            throw new IllegalArgumentException("an await waits for one condition; it already waits for "
                    + condition.describe() + ". Write a second await for " + wanted.describe());
        }
        this.condition = wanted;
        return this;
    }

    Step.Await build(String target, Source source) {
        if (condition == null) {
            throw new IllegalArgumentException("await '" + target + "'"
                    + " says nothing to wait for; add status, fullLoad, cdcLatencyBelow or tableState");
        }
        return new Step.Await(target, condition, within, pollEvery, source);
    }
}
