package io.dmstestkit.simulator.internal.schema;

import io.dmstestkit.simulator.internal.state.Described;
import io.dmstestkit.simulator.internal.state.Scheduled;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.databasemigration.model.RefreshSchemasStatus;

/**
 * The latest schema refresh of one endpoint: {@code refreshing} for {@link #DURATION} of virtual time from
 * the request, then {@code successful}, or {@code failed} with the message a planned
 * {@code DmsIncident.SchemaRefreshFailure} gave. Computed on read; nothing moves in the background.
 */
record SchemaRefresh(
        String endpointArn,
        String instanceArn,
        Instant requestedAt,
        Optional<String> failure,
        Optional<Instant> previousRefreshDate)
        implements Scheduled, Described {

    /** How long a refresh takes (assumed: DMS documents "several minutes" for large schemas). */
    static final Duration DURATION = Duration.ofMinutes(1);

    Instant doneAt() {
        return requestedAt.plus(DURATION);
    }

    String statusAt(Instant now) {
        if (now.isBefore(doneAt())) {
            return "refreshing";
        }
        return failure.isPresent() ? "failed" : "successful";
    }

    RefreshSchemasStatus statusShapeAt(Instant now) {
        boolean done = !now.isBefore(doneAt());
        return RefreshSchemasStatus.builder()
                .endpointArn(endpointArn)
                .replicationInstanceArn(instanceArn)
                .status(statusAt(now))
                .lastRefreshDate(done ? doneAt() : previousRefreshDate.orElse(null))
                .lastFailureMessage(done ? failure.orElse(null) : null)
                .build();
    }

    /** The refresh date a later refresh shows while it is still refreshing. */
    Optional<Instant> refreshDateAt(Instant now) {
        return now.isBefore(doneAt()) ? previousRefreshDate : Optional.of(doneAt());
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        return now.isBefore(doneAt()) ? Optional.of(doneAt()) : Optional.empty();
    }

    @Override
    public String describedIn() {
        return "RefreshSchemasStatuses";
    }

    @Override
    public SdkPojo describeAt(Instant now) {
        return statusShapeAt(now);
    }
}
