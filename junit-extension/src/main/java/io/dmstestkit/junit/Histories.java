package io.dmstestkit.junit;

import io.dmstestkit.simulator.FailureMessage;
import io.dmstestkit.simulator.StatusChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Status histories as messages show them: {@code 00:00:00 created}, virtual time since an origin. */
final class Histories {

    private Histories() {}

    /** Times relative to the first change. */
    static List<String> lines(List<StatusChange> changes) {
        return changes.isEmpty() ? List.of() : lines(changes, changes.get(0).at());
    }

    static List<String> lines(List<StatusChange> changes, Instant origin) {
        return changes.stream()
                .map(change -> FailureMessage.clock(Duration.between(origin, change.at())) + " " + change.status())
                .toList();
    }
}
