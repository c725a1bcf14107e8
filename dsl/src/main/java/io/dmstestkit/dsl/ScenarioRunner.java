package io.dmstestkit.dsl;

import io.dmstestkit.dsl.internal.Capabilities;
import io.dmstestkit.dsl.internal.await.TimeBudget;
import io.dmstestkit.dsl.internal.run.RunContext;
import io.dmstestkit.dsl.internal.run.StepExecutor;
import io.dmstestkit.dsl.internal.run.StepFailure;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.simulator.FailureMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Runs scenarios against a {@link DmsTarget}: creates the declared resources, then carries out the steps
 * in order, through the AWS SDK client. The first failing step fails the scenario; the steps after it
 * are skipped. Each run gets its own account on targets that support it, so runs do not see each other.
 *
 * <pre>{@code
 * ScenarioResult result = new ScenarioRunner(DmsTargets.embedded(simulator)).run(scenario);
 * result.assertPassed();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ScenarioRunner {

    /**
     * The wall time a scenario run may take by default: generous for any sensible scenario on a busy
     * machine (waits on a virtual clock take milliseconds), yet a scenario that would poll for hours ends.
     */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(60);

    /** Told as each step of a run starts: what a terminal's progress line shows, say. */
    @API(status = API.Status.EXPERIMENTAL)
    @FunctionalInterface
    public interface StepListener {
        /** Step {@code number} (from 1) of the {@code scenario}'s steps is starting. */
        void starting(Scenario scenario, int number, Step step);
    }

    private static final StepListener NO_LISTENER = (scenario, number, step) -> {};

    private final DmsTarget target;
    private final Duration timeBudget;
    private final StepListener listener;

    public ScenarioRunner(DmsTarget target) {
        this(target, DEFAULT_TIME_BUDGET, NO_LISTENER);
    }

    private ScenarioRunner(DmsTarget target, Duration timeBudget, StepListener listener) {
        this.target = target;
        this.timeBudget = timeBudget;
        this.listener = listener;
    }

    /**
     * A runner whose scenario runs may each take at most {@code budget} of wall time, checked between polls
     * and steps: the step running when it is used up fails, saying so ({@link #DEFAULT_TIME_BUDGET} by
     * default).
     *
     * <pre>{@code
     * new ScenarioRunner(target).timeBudget(Duration.ofMinutes(5)).run(scenario);
     * }</pre>
     */
    public ScenarioRunner timeBudget(Duration budget) {
        if (budget == null || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the time budget must be a positive duration, was " + budget);
        }
        return new ScenarioRunner(target, budget, listener);
    }

    /**
     * A runner that tells {@code listener} as each step starts (steps skipped after a failure are not told).
     *
     * <pre>{@code
     * new ScenarioRunner(target).onStep((scenario, n, step) -> log.info("{} {}", n, step.describe()));
     * }</pre>
     */
    public ScenarioRunner onStep(StepListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("the step listener must not be null");
        }
        return new ScenarioRunner(target, timeBudget, listener);
    }

    /** A runner on a fresh embedded simulator with a manual clock. */
    public static ScenarioRunner embedded() {
        return new ScenarioRunner(DmsTargets.embedded(io.dmstestkit.simulator.DmsSimulator.create()));
    }

    public ScenarioResult run(Scenario scenario) {
        long wallStart = System.nanoTime();
        DmsTarget.Session session = open();
        Instant virtualStart = session.now();
        List<StepResult> results = new ArrayList<>();
        String setupFailure;
        try {
            setupFailure = runSteps(scenario, session, results);
        } catch (RuntimeException | Error e) {
            closeAfterFailure(session, e);
            throw e;
        }
        Instant virtualEnd = session.now();
        close(session);
        return new ScenarioResult(
                scenario,
                target.describe(),
                results,
                Duration.between(virtualStart, virtualEnd),
                Duration.ofNanos(System.nanoTime() - wallStart),
                setupFailure);
    }

    /** Creates the resources, then runs the steps into {@code results}; the setup failure, if any. */
    private String runSteps(Scenario scenario, DmsTarget.Session session, List<StepResult> results) {
        StepExecutor executor = new StepExecutor(new RunContext(session, TimeBudget.startingNow(timeBudget)));
        String setupFailure = null;
        List<String> unsupported = Capabilities.unsupported(scenario, session.capabilities());
        if (!unsupported.isEmpty()) {
            setupFailure = unsupportedMessage(scenario, unsupported);
        } else {
            try {
                executor.createResources(scenario.resources());
            } catch (RuntimeException e) {
                setupFailure = setupMessage(scenario, e);
            }
        }
        boolean failed = setupFailure != null;
        for (Step step : scenario.steps()) {
            if (failed) {
                results.add(new StepResult(step, StepResult.Outcome.SKIPPED, Duration.ZERO, Duration.ZERO, null));
                continue;
            }
            listener.starting(scenario, results.size() + 1, step);
            StepResult result = runStep(executor, session, step);
            results.add(result);
            failed = !result.passed();
        }
        return setupFailure;
    }

    private DmsTarget.Session open() {
        try {
            return target.open();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "could not open a session on " + target.describe() + ": " + e.getMessage(), e);
        }
    }

    private void close(DmsTarget.Session session) {
        try {
            session.close();
        } catch (Exception e) {
            throw new IllegalStateException(
                    "could not close the session on " + target.describe() + ": " + e.getMessage(), e);
        }
    }

    /** Closes after a failure of the runner itself; a second failure while closing is kept with the first. */
    private static void closeAfterFailure(DmsTarget.Session session, Throwable first) {
        try {
            session.close();
        } catch (Exception e) {
            first.addSuppressed(e);
        }
    }

    private static StepResult runStep(StepExecutor executor, DmsTarget.Session session, Step step) {
        Instant virtualStart = session.now();
        long wallStart = System.nanoTime();
        String failure = null;
        try {
            executor.execute(step);
        } catch (StepFailure e) {
            failure = e.getMessage();
        } catch (UnsupportedStepException e) {
            failure = FailureMessage.what("Step '" + step.describe() + "' cannot run on this target.")
                    .detail("reason", e.getMessage())
                    .where(step.source().toString(), step.describe())
                    .fix("run the scenario on the embedded simulator or a dms-testkit server")
                    .build();
        } catch (SdkException | IllegalArgumentException | IllegalStateException e) {
            failure = FailureMessage.what("Step '" + step.describe() + "' failed: " + e.getMessage())
                    .where(step.source().toString(), step.describe())
                    .build();
        } catch (RuntimeException e) {
            // a defect of dms-testkit rather than of the scenario: still reported against its step
            failure = FailureMessage.what("Step '" + step.describe() + "' failed unexpectedly: " + e)
                    .where(step.source().toString(), step.describe())
                    .fix("please report this message to dms-testkit, with the scenario")
                    .build();
        }
        Duration virtual = Duration.between(virtualStart, session.now());
        Duration wall = Duration.ofNanos(System.nanoTime() - wallStart);
        return failure == null
                ? new StepResult(step, StepResult.Outcome.PASSED, virtual, wall, null)
                : new StepResult(step, StepResult.Outcome.FAILED, virtual, wall, failure);
    }

    private String unsupportedMessage(Scenario scenario, List<String> steps) {
        return FailureMessage.what("Scenario '" + scenario.name() + "' needs what " + target.describe()
                        + " cannot do; nothing was run.")
                .detail("steps", "\n    " + String.join("\n    ", steps))
                .where(scenario.source().toString(), "before the first step")
                .fix("run it on the embedded simulator or a dms-testkit server (./dms-testkit serve),"
                        + " or leave those steps out for this endpoint")
                .build();
    }

    private static String setupMessage(Scenario scenario, RuntimeException e) {
        return FailureMessage.what(
                        "Creating the resources of scenario '" + scenario.name() + "' failed: " + e.getMessage())
                .where(scenario.source().toString(), "create resources")
                .fix("check the declared replications, data migrations, replication tasks and replication instances"
                        + " (names must be valid DMS identifiers)")
                .build();
    }
}
