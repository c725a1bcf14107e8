package io.dmstestkit.dsl.internal.run;

import io.dmstestkit.dsl.AwaitFailedError;
import io.dmstestkit.dsl.DmsTarget;
import io.dmstestkit.dsl.RunAwait;
import io.dmstestkit.dsl.internal.await.AwaitLoop;
import io.dmstestkit.dsl.internal.await.Readers;
import io.dmstestkit.dsl.model.Condition;
import io.dmstestkit.dsl.model.Step;

/**
 * Carries out an await step through the one wait engine ({@link AwaitLoop}): on the target's clock, with
 * the run's status history and wall-time budget, and the step's place in the scenario for messages.
 */
public final class Awaiter {

    private final RunContext context;
    private final Observer observer;

    public Awaiter(RunContext context, Observer observer) {
        this.context = context;
        this.observer = observer;
    }

    public void await(Step.Await step) {
        Handle handle = context.handle(step.target());
        RunAwait.Reader<?> reader = observer.reader(
                handle,
                step.condition() instanceof Condition.TableStateIs table
                        ? Readers.Tables.only(table.table())
                        : Readers.Tables.NONE);
        try {
            loop(reader, step, handle).await();
        } catch (AwaitFailedError failed) {
            throw new StepFailure(failed.getMessage());
        }
    }

    private <T> AwaitLoop<T> loop(RunAwait.Reader<T> reader, Step.Await step, Handle handle) {
        return AwaitLoop.builder(reader, clock(context.session()), condition(step.condition()))
                .title(handle.title())
                .within(step.within())
                .pollEvery(step.pollEvery())
                .speaker(RunAwait.Speaker.SCENARIO)
                .history(context.statuses(handle.resource().name()))
                .where(step.source().toString(), step.describe())
                .budget(context.budget())
                .build();
    }

    static RunAwait.Clock clock(DmsTarget.Session session) {
        if (session.hasVirtualClock()) {
            return RunAwait.Clock.virtual(
                    session::now, session::advance, session.knowsNextChange() ? session::nextChange : null);
        }
        if (session.advancesClockWhilePolling()) {
            return RunAwait.Clock.runningMovedOn(session::now, session::advance);
        }
        return new RunAwait.Clock(RunAwait.Clock.Mode.WALL, session::now, duration -> {}, null);
    }

    /** The model's condition in the engine's words. */
    static <T> RunAwait.Condition<T> condition(Condition condition) {
        if (condition instanceof Condition.StatusIs statusIs) {
            return RunAwait.Condition.status(statusIs.status().wireValue());
        }
        if (condition instanceof Condition.FullLoadAtLeast fullLoad) {
            return RunAwait.Condition.fullLoadAtLeast(fullLoad.percent());
        }
        if (condition instanceof Condition.CdcLatencyBelow latency) {
            return RunAwait.Condition.cdcLatencyBelow(latency.latency());
        }
        Condition.TableStateIs tableState = (Condition.TableStateIs) condition;
        return RunAwait.Condition.tableState(tableState.table(), tableState.state());
    }
}
