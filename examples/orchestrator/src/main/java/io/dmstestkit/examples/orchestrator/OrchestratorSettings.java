package io.dmstestkit.examples.orchestrator;

import java.time.Duration;

/**
 * How patient the orchestrator is.
 *
 * <pre>{@code
 * OrchestratorSettings settings = OrchestratorSettings.defaults().withPollInterval(Duration.ofMinutes(1));
 * }</pre>
 *
 * @param pollInterval time between two DescribeReplications polls
 * @param maxWait how long, in all, to wait for the full load and then for the stop before giving up
 * @param throttlingRetries how often one call is retried when DMS throttles it (after the SDK's own retries)
 * @param firstBackoff the wait before the first such retry; it doubles with every further retry
 * @param maxBackoff the longest wait between two retries
 * @param dependencyRetries how often one call is retried when DMS reports a failed dependency
 * @param recoverableRestarts how often a run that failed with {@code RECOVERABLE_ERROR} is resumed
 */
public record OrchestratorSettings(
        Duration pollInterval,
        Duration maxWait,
        int throttlingRetries,
        Duration firstBackoff,
        Duration maxBackoff,
        int dependencyRetries,
        int recoverableRestarts) {

    /** Poll every 30 s for up to 6 h; 5 throttling retries from 1 s to 1 min; 3 dependency retries; 3 resumes. */
    public static OrchestratorSettings defaults() {
        return new OrchestratorSettings(
                Duration.ofSeconds(30), Duration.ofHours(6), 5, Duration.ofSeconds(1), Duration.ofMinutes(1), 3, 3);
    }

    /** These settings with another poll interval: {@code defaults().withPollInterval(Duration.ofMinutes(1))}. */
    public OrchestratorSettings withPollInterval(Duration interval) {
        return new OrchestratorSettings(
                interval, maxWait, throttlingRetries, firstBackoff, maxBackoff, dependencyRetries, recoverableRestarts);
    }

    /** These settings with another overall time limit: {@code defaults().withMaxWait(Duration.ofHours(12))}. */
    public OrchestratorSettings withMaxWait(Duration limit) {
        return new OrchestratorSettings(
                pollInterval,
                limit,
                throttlingRetries,
                firstBackoff,
                maxBackoff,
                dependencyRetries,
                recoverableRestarts);
    }

    /** These settings with another number of throttling retries: {@code defaults().withThrottlingRetries(10)}. */
    public OrchestratorSettings withThrottlingRetries(int retries) {
        return new OrchestratorSettings(
                pollInterval, maxWait, retries, firstBackoff, maxBackoff, dependencyRetries, recoverableRestarts);
    }
}
