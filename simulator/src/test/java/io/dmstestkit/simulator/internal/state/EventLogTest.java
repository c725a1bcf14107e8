package io.dmstestkit.simulator.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.model.Event;

/** {@link EventLog}: ordered by date then by recording, time ranges, and retracting one resource's plan. */
class EventLogTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final EventLog log = new EventLog();

    @Test
    void should_list_by_date_then_in_the_order_recorded() {
        log.record("arn:a", event("a-later", 20));
        log.record("arn:b", event("b-first", 10));
        log.record("arn:a", event("a-same-time", 10));
        log.record("arn:b", event("b-planned", 30));

        assertThat(log.happenedBy(T0.plusSeconds(20)))
                .extracting(Event::message)
                .containsExactly("b-first", "a-same-time", "a-later");
        assertThat(log.happenedBetween(T0.plusSeconds(10), T0.plusSeconds(10)))
                .extracting(Event::message)
                .containsExactly("b-first", "a-same-time");
        assertThat(log.happenedBetween(T0.plusSeconds(11), T0.plusSeconds(30)))
                .extracting(Event::message)
                .containsExactly("a-later", "b-planned");
        assertThat(log.happenedBetween(T0.plusSeconds(31), T0.plusSeconds(30))).isEmpty();
        assertThat(log.happenedBy(T0)).isEmpty();
    }

    @Test
    void should_retract_only_the_planned_events_of_one_resource() {
        log.record("arn:a", event("a-past", 10));
        log.record("arn:a", event("a-planned", 30));
        log.record("arn:b", event("b-planned", 30));

        log.retractAfter("arn:a", T0.plusSeconds(20));
        log.retractAfter("arn:unknown", T0);

        assertThat(log.happenedBy(T0.plusSeconds(60)))
                .extracting(Event::message)
                .containsExactly("a-past", "b-planned");
        assertThat(log.size()).isEqualTo(2);

        log.retractAfter("arn:a", T0);
        log.record("arn:a", event("a-again", 40));
        assertThat(log.happenedBy(T0.plusSeconds(60)))
                .extracting(Event::message)
                .containsExactly("b-planned", "a-again");
    }

    private static Event event(String message, long seconds) {
        return Event.builder().message(message).date(T0.plusSeconds(seconds)).build();
    }
}
