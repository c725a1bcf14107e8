package io.dmstestkit.junit;

import io.dmstestkit.dsl.model.Durations;
import io.dmstestkit.simulator.FailureMessage;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.StatusChange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One wait: polls, remembers the statuses seen, fails fast on a failed run, and reports a timeout with
 * the alias, the last state and the history.
 *
 * <p>With a manual clock this is a plain loop that advances the clock by the poll interval. Awaitility
 * measures {@code atMost} in wall time and sleeps between polls; driving it with a zero interval and a
 * condition that advances the clock would still tie the deadline to the wall clock (a busy machine would
 * time out a wait that has virtual time left, a fast one would spin through it) and report a virtual
 * deadline as Awaitility's wall one. The loop keeps the deadline exact and the wait deterministic, and
 * still throws Awaitility's {@link ConditionTimeoutException}, so callers catch one type in both modes.
 */
final class AwaitRun<T> {

    private final Observer<T> observer;
    private final SimulatedClock clock;
    private final String alias;
    private final Duration atMost;
    private final Duration pollInterval;
    private final AwaitCondition.Check<T> check;
    private final Instant start;
    private final List<StatusChange> seen = new ArrayList<>();
    private Progress last;

    AwaitRun(
            Observer<T> observer,
            SimulatedClock clock,
            String alias,
            Duration atMost,
            Duration pollInterval,
            AwaitCondition.Check<T> check) {
        this.observer = observer;
        this.clock = clock;
        this.alias = alias;
        this.atMost = atMost;
        this.pollInterval = pollInterval;
        this.check = check;
        this.start = now();
    }

    T await() {
        return clock != null && clock.isManual() ? inVirtualTime() : inWallTime();
    }

    private T inVirtualTime() {
        Instant deadline = start.plus(atMost);
        while (true) {
            Optional<T> met = poll();
            if (met.isPresent()) {
                return met.get();
            }
            Instant now = clock.now();
            if (!now.isBefore(deadline)) {
                throw new ConditionTimeoutException(timeoutMessage(" (virtual)"));
            }
            Duration left = Duration.between(now, deadline);
            clock.advance(pollInterval.compareTo(left) < 0 ? pollInterval : left);
        }
    }

    private T inWallTime() {
        List<T> met = new ArrayList<>(1);
        try {
            Awaitility.await(alias)
                    .atMost(atMost)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(pollInterval)
                    .pollInSameThread()
                    .until(() -> poll().map(met::add).orElse(false));
        } catch (ConditionTimeoutException timeout) {
            throw new ConditionTimeoutException(timeoutMessage(""), timeout);
        }
        return met.get(0);
    }

    /** Reads once; the value when the condition holds. */
    private Optional<T> poll() {
        Optional<T> value = observer.read();
        Progress progress = value.map(observer::progress).orElseGet(() -> Progress.absent(observer.kind(), alias));
        record(progress);
        if (value.isPresent() && check.test().test(value.get(), progress)) {
            return value;
        }
        if (progress.failed() && !check.awaitsFailure()) {
            throw new DmsAssertionError(
                    failedMessage(), check.description(), check.actual().apply(progress));
        }
        return Optional.empty();
    }

    private void record(Progress progress) {
        if (last == null || !Objects.equals(last.status(), progress.status())) {
            seen.add(new StatusChange(progress.statusText(), now()));
        }
        last = progress;
    }

    private String failedMessage() {
        return message(title() + " failed while awaiting " + check.description() + ".")
                .fix("the run failed: see the failure messages (an injected fault or incident may cause it);"
                        + " await status 'failed' if failing is what the test expects")
                .build();
    }

    private String timeoutMessage(String clockKind) {
        String fix = "give the wait more time (atMost), or make the run faster (fewer rows, faster Timings)";
        return message(title() + " did not reach " + check.description() + " within " + Durations.format(atMost)
                        + clockKind + ".")
                .fix(
                        clock == null
                                ? fix + "; a simulator with a manual clock moves only when advanced: give the wait"
                                        + " the session (or the simulator) so that it moves virtual time"
                                : fix)
                .build();
    }

    private FailureMessage message(String what) {
        return last.details(FailureMessage.what(what)
                .expectedActual(check.description(), check.actual().apply(last))
                .history(Histories.lines(seen, start)));
    }

    private String title() {
        return observer.kind() + " '" + alias + "'";
    }

    private Instant now() {
        return clock != null ? clock.now() : Instant.now();
    }
}
