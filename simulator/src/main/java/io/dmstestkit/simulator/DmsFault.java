package io.dmstestkit.simulator;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A service fault to stage: instead of its normal answer, a matching DMS call gets an AWS error. Built
 * with a fluent chain and armed on {@link DmsSimulator#faults()}.
 *
 * <pre>{@code
 * simulator.faults().arm(DmsFault.error("AccessDenied")
 *     .on("StopReplication")
 *     .message("User is not authorized to stop")
 *     .times(1)
 *     .build());
 * }</pre>
 *
 * <p>Which calls match: the operations named (any when none), the resource (an ARN, an identifier or a
 * glob with {@code *} and {@code ?}, compared with every ARN or identifier the request names), the
 * account, a virtual time from which it applies, and a status the resource must be in. Of the matching
 * calls, which fail: every one, only the {@code onCall}-th, the first {@code times} (after skipping
 * {@code afterCalls}), or each with a {@code probability} drawn from a seeded generator, so the same
 * calls fail on every run.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsFault {

    private final String errorCode;
    private final int httpStatus;
    private final String message;
    private final Set<String> operations;
    private final Optional<String> resource;
    private final Optional<String> account;
    private final Optional<Integer> onCall;
    private final Optional<Integer> times;
    private final int afterCalls;
    private final Optional<Double> probability;
    private final long seed;
    private final Optional<Instant> from;
    private final Optional<String> whileStatus;

    private DmsFault(
            String errorCode,
            int httpStatus,
            String message,
            Set<String> operations,
            Optional<String> resource,
            Optional<String> account,
            Optional<Integer> onCall,
            Optional<Integer> times,
            int afterCalls,
            Optional<Double> probability,
            long seed,
            Optional<Instant> from,
            Optional<String> whileStatus) {
        this.errorCode = errorCode;
        this.httpStatus = httpStatus;
        this.message = message;
        this.operations = Set.copyOf(operations);
        this.resource = resource;
        this.account = account;
        this.onCall = onCall;
        this.times = times;
        this.afterCalls = afterCalls;
        this.probability = probability;
        this.seed = seed;
        this.from = from;
        this.whileStatus = whileStatus;
    }

    /**
     * Starts a fault answering with {@code error}: a short name ({@code AccessDenied}), a full code or a
     * custom code. A near-miss of a known code ({@code AccesDenied}) is refused with a suggestion; see
     * {@link DmsErrorCode#resolve(String)}.
     */
    public static Builder error(String error) {
        return new Builder(error);
    }

    /** Starts a fault answering with a known DMS error. */
    public static Builder error(DmsErrorCode error) {
        return new Builder(error.code());
    }

    /**
     * This fault limited to one account: how a test sharing a simulator with others keeps its faults to
     * itself. Everything else stays as it is.
     *
     * <pre>{@code
     * simulator.faults().arm(fault.withAccount("123456789012"));
     * }</pre>
     */
    public DmsFault withAccount(String accountId) {
        if (accountId == null || !accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("account must be 12 digits, was '" + accountId + "'");
        }
        return new DmsFault(
                errorCode,
                httpStatus,
                message,
                operations,
                resource,
                Optional.of(accountId),
                onCall,
                times,
                afterCalls,
                probability,
                seed,
                from,
                whileStatus);
    }

    /** A one-line description for listings and messages. */
    public String describe() {
        StringBuilder text = new StringBuilder(errorCode);
        text.append(" on ").append(operations.isEmpty() ? "any operation" : String.join("|", operations));
        resource.ifPresent(r -> text.append(" for ").append(r));
        account.ifPresent(a -> text.append(" in account ").append(a));
        onCall.ifPresent(n -> text.append(", call #").append(n));
        times.ifPresent(n -> text.append(", ").append(n).append(n == 1 ? " time" : " times"));
        if (afterCalls > 0) {
            text.append(", after ").append(afterCalls).append(" calls");
        }
        probability.ifPresent(p -> text.append(", probability ")
                .append(p)
                .append(" (seed ")
                .append(seed)
                .append(')'));
        from.ifPresent(t -> text.append(", from ").append(t));
        whileStatus.ifPresent(s -> text.append(", while ").append(s));
        return text.toString();
    }

    /** The error code on the wire ({@code __type}), e.g. {@code AccessDeniedFault}. */
    public String errorCode() {
        return errorCode;
    }

    /** The HTTP status of the answer (400 for most DMS errors). */
    public int httpStatus() {
        return httpStatus;
    }

    /** The message of the answer. */
    public String message() {
        return message;
    }

    /** The operations this fault answers; empty for any operation. */
    public Set<String> operations() {
        return operations;
    }

    /** The resource (ARN, identifier or glob) a call must name to match. */
    public Optional<String> resource() {
        return resource;
    }

    /** The account a call must come from to match. */
    public Optional<String> account() {
        return account;
    }

    /** Only this matching call (1-based) fails. */
    public Optional<Integer> onCall() {
        return onCall;
    }

    /** How many matching calls fail (after {@link #afterCalls()}). */
    public Optional<Integer> times() {
        return times;
    }

    /** How many matching calls pass before the fault applies. */
    public int afterCalls() {
        return afterCalls;
    }

    /** The probability with which each matching call fails. */
    public Optional<Double> probability() {
        return probability;
    }

    /** The seed of the generator {@link #probability()} draws from. */
    public long seed() {
        return seed;
    }

    /** The virtual time from which the fault applies. */
    public Optional<Instant> from() {
        return from;
    }

    /** The status the named resource must be in for the fault to apply. */
    public Optional<String> whileStatus() {
        return whileStatus;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DmsFault that
                && httpStatus == that.httpStatus
                && afterCalls == that.afterCalls
                && seed == that.seed
                && errorCode.equals(that.errorCode)
                && message.equals(that.message)
                && operations.equals(that.operations)
                && resource.equals(that.resource)
                && account.equals(that.account)
                && onCall.equals(that.onCall)
                && times.equals(that.times)
                && probability.equals(that.probability)
                && from.equals(that.from)
                && whileStatus.equals(that.whileStatus);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                errorCode,
                httpStatus,
                message,
                operations,
                resource,
                account,
                onCall,
                times,
                afterCalls,
                probability,
                seed,
                from,
                whileStatus);
    }

    @Override
    public String toString() {
        return "DmsFault[" + describe() + ", httpStatus=" + httpStatus + ", message=" + message + "]";
    }

    /** Builds a {@link DmsFault}; validates as it goes so a mistake is reported where it is made. */
    public static final class Builder {
        private final DmsErrorCode.ResolvedError error;
        private String message;
        private final Set<String> operations = new LinkedHashSet<>();
        private String resource;
        private String account;
        private Integer onCall;
        private Integer times;
        private int afterCalls;
        private Double probability;
        private long seed = 1;
        private Instant from;
        private String whileStatus;
        private Integer httpStatus;

        private Builder(String error) {
            this.error = DmsErrorCode.resolve(error);
        }

        /** The operations this fault answers, e.g. {@code "StopReplication"}; any when none are named. */
        public Builder on(String... operationNames) {
            Arrays.stream(operationNames).map(DmsOperations::requireKnown).forEach(operations::add);
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        /** Only calls naming this resource: an ARN, an identifier, or a glob such as {@code orders-*}. */
        public Builder resource(String resourceOrGlob) {
            this.resource = resourceOrGlob;
            return this;
        }

        /** Only calls from this 12-digit account. */
        public Builder account(String accountId) {
            this.account = accountId;
            return this;
        }

        /** Only the n-th matching call (1-based) fails. */
        public Builder onCall(int n) {
            require(n >= 1, "onCall must be 1 or more, was " + n);
            this.onCall = n;
            return this;
        }

        /** The first n matching calls fail (after {@link #afterCalls}), then the normal answer returns. */
        public Builder times(int n) {
            require(n >= 1, "times must be 1 or more, was " + n);
            this.times = n;
            return this;
        }

        /** The first n matching calls pass; the fault applies from the next one. */
        public Builder afterCalls(int n) {
            require(n >= 0, "afterCalls must not be negative, was " + n);
            this.afterCalls = n;
            return this;
        }

        /** Each matching call fails with this probability (0 to 1), drawn from a generator seeded with {@code seed}. */
        public Builder probability(double probability, long seed) {
            require(probability >= 0 && probability <= 1, "probability must be between 0 and 1, was " + probability);
            this.probability = probability;
            this.seed = seed;
            return this;
        }

        /** Applies only from this virtual time on. */
        public Builder from(Instant virtualTime) {
            this.from = virtualTime;
            return this;
        }

        /** Applies only while the named resource is in this status (e.g. {@code running}). */
        public Builder whileStatus(String status) {
            this.whileStatus = status;
            return this;
        }

        /** Overrides the HTTP status (400 for most DMS errors). */
        public Builder httpStatus(int status) {
            require(status >= 400 && status <= 599, "httpStatus must be an error status (400-599), was " + status);
            this.httpStatus = status;
            return this;
        }

        public DmsFault build() {
            require(onCall == null || times == null, "give onCall or times, not both");
            require(whileStatus == null || resource != null, "whileStatus needs a resource to read the status of");
            return new DmsFault(
                    error.code(),
                    httpStatus != null ? httpStatus : error.status(),
                    message != null ? message : error.defaultMessage(),
                    operations,
                    Optional.ofNullable(resource),
                    Optional.ofNullable(account),
                    Optional.ofNullable(onCall),
                    Optional.ofNullable(times),
                    afterCalls,
                    Optional.ofNullable(probability),
                    seed,
                    Optional.ofNullable(from),
                    Optional.ofNullable(whileStatus));
        }

        private static void require(boolean ok, String problem) {
            if (!ok) {
                throw new IllegalArgumentException(problem);
            }
        }
    }
}
