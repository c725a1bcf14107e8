package io.dmstestkit.wiremock;

import com.github.tomakehurst.wiremock.http.Fault;
import io.dmstestkit.wiremock.internal.transport.DelayDistributionJson;
import io.dmstestkit.wiremock.internal.transport.TransportFaultDefinition;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A fault of the network between a client and DMS, staged with WireMock's own machinery: a broken
 * connection ({@link Fault}) or a delay before the simulator's answer. Arm it with
 * {@link DmsTransportFaults} or {@link DmsAdminClient#armTransportFault}.
 *
 * <pre>{@code
 * DmsTransportFaults.on(server).arm(TransportFault.connectionReset().on("DescribeReplications").times(1));
 * DmsTransportFaults.on(server).arm(TransportFault.fixedDelay(Duration.ofSeconds(2)).on("StartReplication"));
 * DmsTransportFaults.on(server).arm(TransportFault.uniformDelay(ofMillis(100), ofMillis(900)).seed(42).times(10));
 * }</pre>
 *
 * <p>Which calls: the operations named (any DMS call when none), from one account if given. When: every
 * matching call, or the first {@code times} after skipping {@code afterCalls}, counted by a WireMock
 * scenario. Connection faults never reach the simulator, so they are not in its journal (WireMock's request
 * journal has them); delayed calls are answered by the simulator and journaled as usual.
 *
 * <p>WireMock draws random delays from an unseeded generator. For a reproducible run give {@link
 * Builder#seed} with {@link Builder#times}: the delays of those calls are drawn up front from the seeded
 * generator and fixed one per call.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TransportFault {

    private final TransportFaultDefinition definition;

    TransportFault(TransportFaultDefinition definition) {
        this.definition = definition.validated();
    }

    /** The connection is reset (TCP RST) instead of an answer: clients see "Connection reset". */
    public static Builder connectionReset() {
        return fault(Fault.CONNECTION_RESET_BY_PEER);
    }

    /** The connection is closed without an answer: clients see "no response" / "unexpected end of stream". */
    public static Builder emptyResponse() {
        return fault(Fault.EMPTY_RESPONSE);
    }

    /** A 200 header, then a broken chunked body, then the connection closes. */
    public static Builder malformedResponseChunk() {
        return fault(Fault.MALFORMED_RESPONSE_CHUNK);
    }

    /** Garbage bytes, then the connection closes. */
    public static Builder randomDataThenClose() {
        return fault(Fault.RANDOM_DATA_THEN_CLOSE);
    }

    /** Any of WireMock's faults. */
    public static Builder fault(Fault fault) {
        Builder builder = new Builder();
        builder.fault = Objects.requireNonNull(fault, "fault").name();
        return builder;
    }

    /** The simulator's answer, after a fixed delay (up to 10 minutes). */
    public static Builder fixedDelay(Duration delay) {
        Builder builder = new Builder();
        builder.fixedDelayMillis = millis(delay);
        return builder;
    }

    /** The simulator's answer, after a delay drawn uniformly between {@code lower} and {@code upper}. */
    public static Builder uniformDelay(Duration lower, Duration upper) {
        Builder builder = new Builder();
        builder.distribution = DelayDistributionJson.uniform(millis(lower), millis(upper));
        return builder;
    }

    /** The simulator's answer, after a lognormal delay: {@code median} and the spread {@code sigma}. */
    public static Builder logNormalDelay(Duration median, double sigma) {
        Builder builder = new Builder();
        builder.distribution = DelayDistributionJson.logNormal(millis(median), sigma, null);
        return builder;
    }

    /** A lognormal delay that never exceeds {@code max} (WireMock resamples longer draws). */
    public static Builder logNormalDelay(Duration median, double sigma, Duration max) {
        Builder builder = new Builder();
        builder.distribution = DelayDistributionJson.logNormal(millis(median), sigma, (double) millis(max));
        return builder;
    }

    /** The operations it applies to; empty for every DMS call. */
    public List<String> operations() {
        return List.copyOf(definition.targetOperations());
    }

    /** How many calls it fails; empty when it fails every matching call. */
    public Optional<Integer> times() {
        return Optional.ofNullable(definition.times());
    }

    /** One line, e.g. {@code CONNECTION_RESET_BY_PEER on DescribeReplications, 1 time}. */
    public String describe() {
        return definition.describe();
    }

    TransportFaultDefinition definition() {
        return definition;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TransportFault that && definition.equals(that.definition);
    }

    @Override
    public int hashCode() {
        return definition.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }

    private static int millis(Duration duration) {
        Objects.requireNonNull(duration, "delay");
        if (duration.isNegative() || duration.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("delays must be between 0 and 10 minutes, was " + duration);
        }
        return (int) duration.toMillis();
    }

    /**
     * Says which calls a {@link TransportFault} hits.
     *
     * <pre>{@code
     * TransportFault fault = TransportFault.emptyResponse().on("StopReplication").afterCalls(1).times(2).build();
     * }</pre>
     */
    public static final class Builder {
        private String fault;
        private Integer fixedDelayMillis;
        private DelayDistributionJson distribution;
        private final List<String> operations = new ArrayList<>();
        private String account;
        private Integer times;
        private Integer afterCalls;
        private Long seed;

        private Builder() {}

        /** Only calls of these operations, e.g. {@code "DescribeReplications"}; every DMS call when none. */
        public Builder on(String... operationNames) {
            operations.addAll(Arrays.asList(operationNames));
            return this;
        }

        /** Only calls from this 12-digit account (the access key id of the SigV4 credential scope). */
        public Builder account(String accountId) {
            this.account = accountId;
            return this;
        }

        /** Only the first {@code n} matching calls (after {@link #afterCalls}); then calls pass. */
        public Builder times(int n) {
            this.times = n;
            return this;
        }

        /**
         * The first {@code n} matching calls pass (answered by the simulator, so this needs the DMS
         * extension); the fault applies from the next one.
         */
        public Builder afterCalls(int n) {
            this.afterCalls = n;
            return this;
        }

        /** Seeds a random delay; needs {@link #times}, since WireMock's own random delays cannot be seeded. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The fault; throws {@link IllegalArgumentException} naming what is wrong. */
        public TransportFault build() {
            return new TransportFault(new TransportFaultDefinition(
                    null,
                    operations.isEmpty() ? null : List.copyOf(operations),
                    account,
                    fault,
                    fixedDelayMillis,
                    distribution,
                    seed,
                    times,
                    afterCalls));
        }
    }
}
