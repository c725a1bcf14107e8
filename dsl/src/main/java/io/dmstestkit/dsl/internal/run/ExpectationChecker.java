package io.dmstestkit.dsl.internal.run;

import io.dmstestkit.dsl.RunState;
import io.dmstestkit.dsl.model.Expectation;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.simulator.FailureMessage;

/** Checks an {@link Step.Expect} against one fresh observation; the first unmet expectation fails the step. */
public final class ExpectationChecker {

    private final RunContext context;
    private final Observer observer;

    public ExpectationChecker(RunContext context, Observer observer) {
        this.context = context;
        this.observer = observer;
    }

    public void check(Step.Expect step) {
        Handle handle = context.handle(step.target());
        boolean needsTables = step.expectations().stream().anyMatch(e -> e instanceof Expectation.TableState);
        RunState observation = observer.observe(handle, needsTables);
        for (Expectation expectation : step.expectations()) {
            String actual = actualIfUnmet(expectation, observation);
            if (actual != null) {
                throw new StepFailure(
                        FailureMessage.what(handle.title() + " does not have " + expectation.describe() + ".")
                                .expectedActual(expectation.describe(), actual)
                                .history(context.history(handle.resource().name()))
                                .detail("stop reason", observation.stopReason())
                                .detail(
                                        "failure messages",
                                        observation.failureMessages().isEmpty() ? null : observation.failureMessages())
                                .where(step.source().toString(), step.describe())
                                .fix(hint(expectation))
                                .build());
            }
        }
    }

    /** Null when the expectation holds; otherwise what was seen instead. */
    private static String actualIfUnmet(Expectation expectation, RunState observation) {
        if (expectation instanceof Expectation.HasStatus status) {
            return status.status().matches(observation.status()) ? null : "status " + observation.status();
        }
        if (expectation instanceof Expectation.HasStopReason reason) {
            return reason.reason().wireValue().equals(observation.stopReason())
                    ? null
                    : "stop reason " + (observation.stopReason() == null ? "(none)" : observation.stopReason());
        }
        if (expectation instanceof Expectation.FailureMessageContains contains) {
            return observation.failureMessages().stream().anyMatch(m -> m.contains(contains.text()))
                    ? null
                    : "failure messages " + observation.failureMessages();
        }
        if (expectation instanceof Expectation.FullLoadPercent percent) {
            return observation.fullLoadPercent() == percent.percent()
                    ? null
                    : "full load " + observation.fullLoadPercent() + "%";
        }
        if (expectation instanceof Expectation.TablesLoaded loaded) {
            return observation.tablesLoaded() == loaded.count() ? null : observation.tablesLoaded() + " tables loaded";
        }
        if (expectation instanceof Expectation.TablesErrored errored) {
            return observation.tablesErrored() == errored.count()
                    ? null
                    : observation.tablesErrored() + " tables errored";
        }
        Expectation.TableState tableState = (Expectation.TableState) expectation;
        String state = observation.tableStates().get(tableState.table());
        return tableState.state().equalsIgnoreCase(state)
                ? null
                : state == null
                        ? "no table " + tableState.table() + " (tables: "
                                + observation.tableStates().keySet() + ")"
                        : "table " + tableState.table() + " in state '" + state + "'";
    }

    private static String hint(Expectation expectation) {
        if (expectation instanceof Expectation.HasStatus || expectation instanceof Expectation.HasStopReason) {
            return "await the status first if the run is still changing (expect reads the state once, now)";
        }
        return null;
    }
}
