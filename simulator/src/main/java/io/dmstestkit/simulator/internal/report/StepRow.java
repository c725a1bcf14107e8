package io.dmstestkit.simulator.internal.report;

import java.time.Duration;
import java.time.Instant;

/** One step of a scenario: what it was, how it ended, when it began (virtual) and how long it took. */
public record StepRow(
        String name, String outcome, Instant virtualStart, Duration virtualTime, Duration wallTime, String failure) {}
