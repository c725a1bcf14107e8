package io.dmstestkit.simulator;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A fault of the network between the SDK and the simulator for clients on {@link
 * DmsSimulator#inProcessHttpClient()}: what the SDK would see over HTTP with WireMock's transport faults,
 * produced without a socket. A reset or empty response makes the in-process HTTP client throw the {@code
 * IOException} a socket client throws (the SDK retries it as usual); a malformed response gives a 200 whose
 * body breaks while the SDK reads it; a delay moves the simulator's virtual clock instead of sleeping.
 *
 * <pre>{@code
 * simulator.transportFaults().arm(InProcessTransportFault.connectionReset().on("DescribeReplications").times(1));
 * simulator.transportFaults().arm(InProcessTransportFault.delay(Duration.ofSeconds(30)).on("StopReplication"));
 * }</pre>
 *
 * <p>A delay longer than the attempt timeout of the in-process client ({@link
 * DmsSimulator#inProcessHttpClient(Duration)}) is answered by the simulator (the call took effect), then the
 * clock moves on by the attempt timeout and the attempt fails with the SDK's own {@code
 * ApiCallAttemptTimeoutException}: the SDK's attempt timer counts wall time, so it cannot see a virtual delay.
 *
 * @param kind what breaks
 * @param delay how long the answer takes, for {@link Kind#DELAY}
 * @param operations the operations it applies to; every DMS call when empty
 * @param account only calls signed for this 12-digit account, if given
 * @param afterCalls how many matching calls pass before the fault applies
 * @param times how many calls it fails; every later matching call when empty
 */
@API(status = API.Status.EXPERIMENTAL)
public record InProcessTransportFault(
        Kind kind,
        Duration delay,
        Set<String> operations,
        Optional<String> account,
        int afterCalls,
        Optional<Integer> times) {

    /** What breaks. */
    public enum Kind {
        /** The connection is reset: the SDK sees {@code java.net.SocketException: Connection reset}. */
        CONNECTION_RESET,
        /** The connection closes without an answer: the SDK sees "The target server failed to respond". */
        EMPTY_RESPONSE,
        /** A 200 whose body breaks off while the SDK reads it. */
        MALFORMED_RESPONSE,
        /** The simulator's answer, after a delay in virtual time. */
        DELAY
    }

    public InProcessTransportFault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(delay, "delay");
        operations = Set.copyOf(operations);
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay must not be negative, was " + delay);
        }
        if (afterCalls < 0 || times.filter(t -> t < 1).isPresent()) {
            throw new IllegalArgumentException(
                    "afterCalls must be 0 or more and times 1 or more, were " + afterCalls + " and " + times.orElse(1));
        }
    }

    public static Builder connectionReset() {
        return new Builder(Kind.CONNECTION_RESET, Duration.ZERO);
    }

    public static Builder emptyResponse() {
        return new Builder(Kind.EMPTY_RESPONSE, Duration.ZERO);
    }

    public static Builder malformedResponse() {
        return new Builder(Kind.MALFORMED_RESPONSE, Duration.ZERO);
    }

    /** The simulator answers, {@code delay} of virtual time later. */
    public static Builder delay(Duration delay) {
        return new Builder(Kind.DELAY, delay);
    }

    /** One line, e.g. {@code CONNECTION_RESET on DescribeReplications, 1 time, after 2 calls}. */
    public String describe() {
        return (kind == Kind.DELAY ? "DELAY " + delay : kind.name()) + " on "
                + (operations.isEmpty() ? "any operation" : String.join("|", operations))
                + account.map(a -> " in account " + a).orElse("")
                + times.map(t -> ", " + t + (t == 1 ? " time" : " times")).orElse("")
                + (afterCalls > 0 ? ", after " + afterCalls + " calls" : "");
    }

    /**
     * Says which calls an {@link InProcessTransportFault} hits, as {@code TransportFault.Builder} does over
     * HTTP.
     *
     * <pre>{@code
     * InProcessTransportFault.emptyResponse().on("StopReplication").afterCalls(1).times(2).build();
     * }</pre>
     */
    public static final class Builder {
        private final Kind kind;
        private final Duration delay;
        private final Set<String> operations = new LinkedHashSet<>();
        private String account;
        private int afterCalls;
        private Integer times;

        private Builder(Kind kind, Duration delay) {
            this.kind = kind;
            this.delay = delay;
        }

        /** Only calls of these operations; every DMS call when none. */
        public Builder on(String... operationNames) {
            operations.addAll(Arrays.asList(operationNames));
            return this;
        }

        /** Only calls signed for this 12-digit account. */
        public Builder account(String accountId) {
            this.account = accountId;
            return this;
        }

        /** The first {@code n} matching calls pass; the fault applies from the next one. */
        public Builder afterCalls(int n) {
            this.afterCalls = n;
            return this;
        }

        /** Only {@code n} matching calls fail (after {@link #afterCalls}); then calls pass. */
        public Builder times(int n) {
            this.times = n;
            return this;
        }

        public InProcessTransportFault build() {
            return new InProcessTransportFault(
                    kind, delay, operations, Optional.ofNullable(account), afterCalls, Optional.ofNullable(times));
        }
    }
}
