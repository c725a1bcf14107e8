package io.dmstestkit.examples.orchestrator;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the classic orchestrator reads a task's CDC latency. DMS publishes it as the CloudWatch metric
 * {@code CDCLatencyTarget}, not through its own API, so production code reads CloudWatch; a test reads the
 * simulator's {@code cdcLatency}.
 *
 * <pre>{@code
 * CdcLatency latency = task -> simulator.cdcLatency(account, region, task);   // a test
 * }</pre>
 */
@FunctionalInterface
public interface CdcLatency {

    /** The task's current CDC latency; empty while it replicates no changes. */
    Optional<Duration> of(String taskIdentifier);
}
