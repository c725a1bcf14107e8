package io.dmstestkit.simulator;

import io.dmstestkit.simulator.internal.client.VirtualTimeRetryStrategy;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.internal.retry.SdkDefaultRetrySetting;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;

/**
 * One-line settings that make an SDK client of your own wait in the simulator's virtual time instead of
 * sleeping: its retries after throttling or a 5xx, and the SDK waiters ({@code DatabaseMigrationWaiter}).
 * The clients the JUnit and Spock extensions inject are built this way already.
 *
 * <pre>{@code
 * DatabaseMigrationClient dms = DatabaseMigrationClient.builder()
 *     .httpClient(simulator.inProcessHttpClient())
 *     .overrideConfiguration(o -> o.retryStrategy(DmsClients.virtualRetries(simulator)))   // no real backoff
 *     ...
 *     .build();
 * DatabaseMigrationWaiter waiter = DatabaseMigrationWaiter.builder()
 *     .client(dms)
 *     .overrideConfiguration(DmsClients.virtualWaits(simulator))                            // no real sleeps
 *     .build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class DmsClients {

    /**
     * The delay between two polls of {@link #virtualWaits(DmsSimulator)}: that of the SDK's DMS replication task
     * and instance waiters (the connection and endpoint waiters poll every 5 seconds).
     */
    public static final Duration WAITER_DELAY = Duration.ofSeconds(15);

    private DmsClients() {}

    /**
     * The retry strategy the SDK would use (the retry mode of {@code aws.retryMode}, {@code AWS_RETRY_MODE} or
     * the profile; legacy by default), with the same number of attempts, the same retry conditions and the same
     * retry quota, except that each backoff moves the simulator's clock forward instead of sleeping. The backoff
     * is the SDK's exponential one for that mode without its random jitter, so runs are reproducible (legacy
     * mode, throttled: 0.5 s, 1 s, 2 s). The journal shows every attempt, spaced by the backoff in virtual time.
     *
     * <pre>{@code
     * DatabaseMigrationClient.builder().overrideConfiguration(o -> o.retryStrategy(DmsClients.virtualRetries(simulator)))
     * }</pre>
     */
    public static RetryStrategy virtualRetries(DmsSimulator simulator) {
        return virtualRetries(simulator.clock());
    }

    /** {@link #virtualRetries(DmsSimulator)} on a clock of your own. */
    public static RetryStrategy virtualRetries(SimulatedClock clock) {
        RetryMode mode = RetryMode.resolver().resolve();
        // The SDK's backoff for this mode without its random jitter (the upper bound of the SDK's delay), so the
        // same test moves virtual time by the same amount on every run.
        RetryStrategy sdk = AwsRetryStrategy.forRetryMode(mode).toBuilder()
                .backoffStrategy(BackoffStrategy.exponentialDelayWithoutJitter(
                        SdkDefaultRetrySetting.baseDelay(mode), SdkDefaultRetrySetting.MAX_BACKOFF))
                .throttlingBackoffStrategy(BackoffStrategy.exponentialDelayWithoutJitter(
                        SdkDefaultRetrySetting.throttledBaseDelay(mode), SdkDefaultRetrySetting.MAX_BACKOFF))
                .build();
        return new VirtualTimeRetryStrategy(sdk, clock);
    }

    /**
     * A waiter configuration that polls every {@link #WAITER_DELAY} of virtual time: between two polls it
     * moves the simulator's clock forward by that much and does not sleep. The waiter's number of attempts
     * stays its own.
     *
     * <pre>{@code
     * DatabaseMigrationWaiter.builder().client(dms).overrideConfiguration(DmsClients.virtualWaits(simulator)).build()
     * }</pre>
     */
    public static WaiterOverrideConfiguration virtualWaits(DmsSimulator simulator) {
        return virtualWaits(simulator, WAITER_DELAY);
    }

    /** {@link #virtualWaits(DmsSimulator)} polling every {@code delay} of virtual time. */
    public static WaiterOverrideConfiguration virtualWaits(DmsSimulator simulator, Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("the delay between polls must not be negative, was " + delay);
        }
        SimulatedClock clock = simulator.clock();
        BackoffStrategy virtualDelay = attempt -> {
            clock.advance(delay);
            return Duration.ZERO;
        };
        return WaiterOverrideConfiguration.builder()
                .backoffStrategyV2(virtualDelay)
                .build();
    }
}
