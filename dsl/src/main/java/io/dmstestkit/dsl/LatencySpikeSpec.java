package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Step;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * A raised CDC latency: from when (a virtual time after this step, 0 by default), for how long, and how high.
 *
 * <pre>{@code
 * .latencySpike("orders", l -> l.after(ofMinutes(10)).lasting(ofMinutes(5)).latency(ofMinutes(2)))
 * }</pre>
 * In Groovy: {@code latencySpike('orders') { after 10.minutes; lasting 5.minutes; latency 2.minutes }}
 */
@API(status = API.Status.EXPERIMENTAL)
public final class LatencySpikeSpec {

    private Duration after = Duration.ZERO;
    private Duration lasting;
    private Duration latency;

    LatencySpikeSpec() {}

    /** How long after this step the spike starts (virtual time); 0 by default. */
    public LatencySpikeSpec after(Duration delay) {
        this.after = delay;
        return this;
    }

    /** How long the spike lasts (required). */
    public LatencySpikeSpec lasting(Duration duration) {
        this.lasting = duration;
        return this;
    }

    /** The CDC latency during the spike (required). */
    public LatencySpikeSpec latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    Step.LatencySpike build(String target, Source source) {
        return new Step.LatencySpike(target, after, lasting, latency, source);
    }
}
