package io.dmstestkit.simulator.internal.client;

import io.dmstestkit.simulator.SimulatedClock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.RetryToken;

/**
 * The SDK's own retry strategy, backing off in virtual time: every delay the SDK computes (before a retry,
 * or before a first attempt when adaptive mode rate-limits) moves the simulator's clock forward by that much
 * and is handed back to the SDK as zero. What to retry, how often, and the retry quota stay the SDK's, so the
 * journal shows the same calls, spaced by the SDK's backoff in virtual time, at no wall-clock cost.
 *
 * <pre>{@code
 * RetryStrategy retries = new VirtualTimeRetryStrategy(AwsRetryStrategy.standardRetryStrategy(), simulator.clock());
 * }</pre>
 */
public final class VirtualTimeRetryStrategy implements RetryStrategy {

    private final RetryStrategy sdk;
    private final SimulatedClock clock;

    public VirtualTimeRetryStrategy(RetryStrategy sdk, SimulatedClock clock) {
        this.sdk = Objects.requireNonNull(sdk, "sdk");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
        AcquireInitialTokenResponse response = sdk.acquireInitialToken(request);
        return AcquireInitialTokenResponse.create(response.token(), passVirtually(response.delay()));
    }

    @Override
    public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
        RefreshRetryTokenResponse response = sdk.refreshRetryToken(request);
        RetryToken token = response.token();
        return RefreshRetryTokenResponse.create(token, passVirtually(response.delay()));
    }

    @Override
    public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
        return sdk.recordSuccess(request);
    }

    @Override
    public int maxAttempts() {
        return sdk.maxAttempts();
    }

    /** The SDK's conditions are in already: the client must not replace this strategy by its own defaults. */
    @Override
    public boolean useClientDefaults() {
        return false;
    }

    @Override
    public Builder toBuilder() {
        return new Builder(sdk.toBuilder(), clock);
    }

    private Duration passVirtually(Duration delay) {
        if (delay != null && delay.compareTo(Duration.ZERO) > 0) {
            clock.advance(delay);
        }
        return Duration.ZERO;
    }

    @Override
    public String toString() {
        return "VirtualTimeRetryStrategy[" + sdk.getClass().getSimpleName() + " on " + clock + "]";
    }

    /** Changes the SDK strategy underneath; what it builds still backs off in virtual time. */
    public static final class Builder implements RetryStrategy.Builder<Builder, VirtualTimeRetryStrategy> {
        private RetryStrategy.Builder<?, ?> sdk;
        private final SimulatedClock clock;

        private Builder(RetryStrategy.Builder<?, ?> sdk, SimulatedClock clock) {
            this.sdk = sdk;
            this.clock = clock;
        }

        @Override
        public Builder retryOnException(Predicate<Throwable> shouldRetry) {
            sdk = sdk.retryOnException(shouldRetry);
            return this;
        }

        @Override
        public Builder maxAttempts(int maxAttempts) {
            sdk = sdk.maxAttempts(maxAttempts);
            return this;
        }

        @Override
        public Builder backoffStrategy(BackoffStrategy backoffStrategy) {
            sdk = sdk.backoffStrategy(backoffStrategy);
            return this;
        }

        @Override
        public Builder throttlingBackoffStrategy(BackoffStrategy backoffStrategy) {
            sdk = sdk.throttlingBackoffStrategy(backoffStrategy);
            return this;
        }

        @Override
        public Builder treatAsThrottling(Predicate<Throwable> treatAsThrottling) {
            sdk = sdk.treatAsThrottling(treatAsThrottling);
            return this;
        }

        @Override
        public VirtualTimeRetryStrategy build() {
            return new VirtualTimeRetryStrategy(sdk.build(), clock);
        }
    }
}
