package io.dmstestkit.simulator.internal.recommendation;

import io.dmstestkit.simulator.internal.state.Described;
import io.dmstestkit.simulator.internal.state.Scheduled;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.databasemigration.model.RecommendationSettings;

/**
 * One analysis of a Fleet Advisor database for target engines: in progress until {@link #ANALYSIS}
 * has passed in virtual time, then done. A new start for the same database replaces the run.
 */
record RecommendationRun(
        String databaseId, String sourceEngine, int schemas, RecommendationSettings settings, Instant startedAt)
        implements Scheduled, Described {

    static final Duration ANALYSIS = Duration.ofMinutes(20);

    Instant doneAt() {
        return startedAt.plus(ANALYSIS);
    }

    boolean inProgress(Instant now) {
        return now.isBefore(doneAt());
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        return inProgress(now) ? Optional.of(doneAt()) : Optional.empty();
    }

    @Override
    public String describedIn() {
        return "Recommendations";
    }

    /** The recommended (first) target engine, as DescribeRecommendations shows it. */
    @Override
    public SdkPojo describeAt(Instant now) {
        return RecommendationOperations.recommendations(this, now).get(0);
    }
}
