package io.dmstestkit.simulator.internal.event;

import io.dmstestkit.simulator.internal.state.Described;
import io.dmstestkit.simulator.internal.state.NamedResource;
import io.dmstestkit.simulator.internal.state.Scheduled;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import software.amazon.awssdk.services.databasemigration.model.EventSubscription;

/**
 * An event subscription: {@code creating} for a few virtual seconds after its creation, then
 * {@code active}. The stored shape carries everything but the status.
 */
record SubscriptionRecord(String arn, EventSubscription subscription, Instant createdAt)
        implements NamedResource, Scheduled, Described {

    static final Duration ACTIVATION = Duration.ofSeconds(5);

    @Override
    public String name() {
        return subscription.custSubscriptionId();
    }

    @Override
    public String statusAt(Instant now) {
        return now.isBefore(createdAt.plus(ACTIVATION)) ? "creating" : "active";
    }

    @Override
    public Optional<Instant> nextChangeAfter(Instant now) {
        Instant active = createdAt.plus(ACTIVATION);
        return now.isBefore(active) ? Optional.of(active) : Optional.empty();
    }

    @Override
    public String describedIn() {
        return "EventSubscriptionsList";
    }

    @Override
    public EventSubscription describeAt(Instant now) {
        return subscription.toBuilder().status(statusAt(now)).build();
    }

    SubscriptionRecord with(EventSubscription changed) {
        return new SubscriptionRecord(arn, changed, createdAt);
    }
}
