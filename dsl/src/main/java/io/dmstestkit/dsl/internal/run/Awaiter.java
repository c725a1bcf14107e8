package io.dmstestkit.dsl.internal.run;

import io.dmstestkit.dsl.model.Condition;
import io.dmstestkit.dsl.model.Durations;
import io.dmstestkit.dsl.model.Status;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.simulator.FailureMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits for a condition by polling through the SDK, in one of three ways:
 *
 * <ul>
 *   <li>a manual (virtual) clock: each poll moves virtual time by the poll interval, nothing sleeps;
 *   <li>a clock that runs by itself but can be moved on (a dms-testkit server with an accelerated clock):
 *       polls pause briefly in wall time and each also moves the clock on by the poll interval; the
 *       deadline is on the target's clock, as with a manual one;
 *   <li>no clock of ours (a real endpoint): Awaitility waits in wall time.
 * </ul>
 *
 * A run that fails while something else is awaited fails the wait at once (fail fast).
 */
public final class Awaiter {

    /**
     * The wall-time pause between polls on a running clock that each poll also moves on: long enough for
     * the clock and a system under test to go on, short enough that a wait of a hundred polls takes seconds.
     */
    static final Duration RUNNING_CLOCK_PAUSE = Duration.ofMillis(100);

    private final RunContext context;
    private final Observer observer;

    public Awaiter(RunContext context, Observer observer) {
        this.context = context;
        this.observer = observer;
    }

    public void await(Step.Await step) {
        Handle handle = context.handle(step.target());
        AtomicReference<Observation> last = new AtomicReference<>();
        boolean met;
        if (context.session().hasVirtualClock()) {
            met = pollVirtually(step, handle, last);
        } else if (context.session().advancesClockWhilePolling()) {
            met = pollMovingARunningClock(step, handle, last);
        } else {
            met = pollInWallTime(step, handle, last);
        }
        if (!met) {
            throw new StepFailure(timeoutMessage(step, handle, last.get()));
        }
    }

    private boolean pollVirtually(Step.Await step, Handle handle, AtomicReference<Observation> last) {
        Instant deadline = context.session().now().plus(step.within());
        while (true) {
            if (check(step, handle, last)) {
                return true;
            }
            Instant now = context.session().now();
            if (!now.isBefore(deadline)) {
                return false;
            }
            Duration pause = step.pollEvery().compareTo(Duration.between(now, deadline)) < 0
                    ? step.pollEvery()
                    : Duration.between(now, deadline);
            context.session().advance(pause);
        }
    }

    /**
     * On a clock that runs by itself: the deadline is {@code within} on the target's clock; each poll that
     * finds the condition unmet moves the clock on by the poll interval (never past the deadline), after a
     * short wall-time pause. {@code within} of wall time bounds the wait too; a clock at least as fast as
     * wall time always reaches its deadline first.
     */
    private boolean pollMovingARunningClock(Step.Await step, Handle handle, AtomicReference<Observation> last) {
        Instant deadline = context.session().now().plus(step.within());
        AtomicBoolean met = new AtomicBoolean();
        try {
            Awaitility.await(step.describe())
                    .atMost(step.within())
                    .pollDelay(Duration.ZERO)
                    .pollInterval(RUNNING_CLOCK_PAUSE)
                    .pollInSameThread()
                    .until(() -> {
                        if (check(step, handle, last)) {
                            met.set(true);
                            return true;
                        }
                        Instant now = context.session().now();
                        if (!now.isBefore(deadline)) {
                            return true;
                        }
                        context.session().advance(min(step.pollEvery(), Duration.between(now, deadline)));
                        return false;
                    });
        } catch (ConditionTimeoutException timeout) {
            return false;
        }
        return met.get();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private boolean pollInWallTime(Step.Await step, Handle handle, AtomicReference<Observation> last) {
        try {
            Awaitility.await(step.describe())
                    .atMost(step.within())
                    .pollInterval(step.pollEvery())
                    .until(() -> check(step, handle, last));
            return true;
        } catch (ConditionTimeoutException timeout) {
            return false;
        }
    }

    private boolean check(Step.Await step, Handle handle, AtomicReference<Observation> last) {
        Observation observation = observer.observe(handle, step.condition() instanceof Condition.TableStateIs);
        last.set(observation);
        if (holds(step.condition(), observation)) {
            return true;
        }
        if (failedInstead(step.condition(), observation)) {
            throw new StepFailure(failedMessage(step, handle, observation));
        }
        return false;
    }

    static boolean holds(Condition condition, Observation observation) {
        if (condition instanceof Condition.StatusIs statusIs) {
            return statusIs.status().matches(observation.status());
        }
        if (condition instanceof Condition.FullLoadAtLeast fullLoad) {
            return observation.fullLoadPercent() >= fullLoad.percent();
        }
        if (condition instanceof Condition.CdcLatencyBelow latency) {
            return observation
                    .cdcLatency()
                    .map(l -> l.compareTo(latency.latency()) < 0)
                    .orElse(false);
        }
        Condition.TableStateIs tableState = (Condition.TableStateIs) condition;
        return tableState.state().equalsIgnoreCase(observation.tableStates().get(tableState.table()));
    }

    private static boolean failedInstead(Condition condition, Observation observation) {
        boolean waitingForFailure =
                condition instanceof Condition.StatusIs statusIs && statusIs.status() == Status.FAILED;
        return !waitingForFailure && Status.FAILED.matches(observation.status());
    }

    private String failedMessage(Step.Await step, Handle handle, Observation observation) {
        return FailureMessage.what(handle.title() + " failed while awaiting "
                        + step.condition().describe() + ".")
                .expectedActual(step.condition().describe(), "status " + observation.status())
                .history(context.history(handle.resource().name()))
                .detail("stop reason", observation.stopReason())
                .detail(
                        "failure messages",
                        observation.failureMessages().isEmpty() ? null : observation.failureMessages())
                .where(step.source().toString(), step.describe())
                .fix("the run failed: see the failure messages (a fault or fail step of the scenario may cause it);"
                        + " await status FAILED if failing is what the scenario expects")
                .build();
    }

    private String timeoutMessage(Step.Await step, Handle handle, Observation observation) {
        boolean virtual =
                context.session().hasVirtualClock() || context.session().advancesClockWhilePolling();
        String clock = virtual ? " (virtual)" : "";
        return FailureMessage.what(handle.title() + " did not reach "
                        + step.condition().describe() + " within " + Durations.format(step.within()) + clock + ".")
                .expectedActual(step.condition().describe(), actual(step.condition(), observation))
                .history(context.history(handle.resource().name()))
                .detail("stop reason", observation == null ? null : observation.stopReason())
                .where(step.source().toString(), step.describe())
                .fix("give the wait more time (within), or make the run faster (fewer rows, faster Timings)")
                .build();
    }

    private static String actual(Condition condition, Observation observation) {
        if (observation == null) {
            return "nothing observed";
        }
        if (condition instanceof Condition.FullLoadAtLeast) {
            return "full load " + observation.fullLoadPercent() + "% (status " + observation.status() + ")";
        }
        if (condition instanceof Condition.CdcLatencyBelow) {
            return observation
                    .cdcLatency()
                    .map(l -> "CDC latency " + Durations.format(l))
                    .orElse("no CDC latency reported (status " + observation.status() + ")");
        }
        if (condition instanceof Condition.TableStateIs tableState) {
            return "table " + tableState.table() + " in state '"
                    + observation.tableStates().get(tableState.table()) + "'";
        }
        return "status " + observation.status();
    }
}
