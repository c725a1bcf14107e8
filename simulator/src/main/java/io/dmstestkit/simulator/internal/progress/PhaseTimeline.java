package io.dmstestkit.simulator.internal.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An ordered list of statuses, each entered at a planned virtual time: the status of a resource at any
 * moment is the last phase entered by then. A stop or a failure replaces the tail from that moment on
 * ({@link #cutAt}), so the history of what was seen stays intact.
 *
 * <pre>{@code
 * PhaseTimeline t = PhaseTimeline.startingAt(t0, "created")
 *     .then("initializing", t0.plusSeconds(1))
 *     .then("running", t0.plusSeconds(60));
 * t.statusAt(t0.plusSeconds(30));   // "initializing"
 * }</pre>
 */
public final class PhaseTimeline {

    /** One status and the virtual time it is entered. */
    public record Phase(String status, Instant enteredAt) {}

    private final List<Phase> phases;

    private PhaseTimeline(List<Phase> phases) {
        this.phases = List.copyOf(phases);
    }

    public static PhaseTimeline startingAt(Instant at, String status) {
        return new PhaseTimeline(List.of(new Phase(status, at)));
    }

    /** This timeline with one more phase; phases must not go back in time. */
    public PhaseTimeline then(String status, Instant enteredAt) {
        Phase last = phases.get(phases.size() - 1);
        if (enteredAt.isBefore(last.enteredAt())) {
            throw new IllegalArgumentException(status + " at " + enteredAt + " is before " + last);
        }
        List<Phase> extended = new ArrayList<>(phases);
        extended.add(new Phase(status, enteredAt));
        return new PhaseTimeline(extended);
    }

    /** This timeline with every phase planned after {@code at} dropped: what a stop or failure does. */
    public PhaseTimeline cutAt(Instant at) {
        List<Phase> kept =
                phases.stream().filter(p -> !p.enteredAt().isAfter(at)).toList();
        return new PhaseTimeline(kept.isEmpty() ? List.of(phases.get(0)) : kept);
    }

    public Phase phaseAt(Instant now) {
        Phase current = phases.get(0);
        for (Phase phase : phases) {
            if (!phase.enteredAt().isAfter(now)) {
                current = phase;
            }
        }
        return current;
    }

    public String statusAt(Instant now) {
        return phaseAt(now).status();
    }

    /** When {@code status} is (or was) entered, if it is planned. */
    public Optional<Instant> enteredAt(String status) {
        for (Phase phase : phases) { // a loop: every describe asks a run when it entered running
            if (phase.status().equals(status)) {
                return Optional.of(phase.enteredAt());
            }
        }
        return Optional.empty();
    }

    /** The phases entered up to {@code now}: the status history a poller could have seen. */
    public List<Phase> historyUntil(Instant now) {
        // Phases are in the order they are entered, so those entered by now are a prefix.
        int entered = 0;
        while (entered < phases.size() && !phases.get(entered).enteredAt().isAfter(now)) {
            entered++;
        }
        return phases.subList(0, entered);
    }

    public List<Phase> phases() {
        return phases;
    }

    public Optional<Instant> nextChangeAfter(Instant now) {
        return phases.stream().map(Phase::enteredAt).filter(t -> t.isAfter(now)).findFirst();
    }
}
