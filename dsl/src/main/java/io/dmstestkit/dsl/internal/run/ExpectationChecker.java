package io.dmstestkit.dsl.internal.run;

import io.dmstestkit.dsl.RunState;
import io.dmstestkit.dsl.message.ShouldHave;
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
            FailureMessage unmet = unmet(handle.title(), expectation, observation);
            if (unmet != null) {
                throw new StepFailure(
                        unmet.history(context.history(handle.resource().name()))
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

    /** Null when the expectation holds; otherwise the message the JUnit and Spock assertions give too. */
    private static FailureMessage unmet(String title, Expectation expectation, RunState observation) {
        if (expectation instanceof Expectation.HasStatus status) {
            String expected = status.status().wireValue();
            return status.status().matches(observation.status())
                    ? null
                    : ShouldHave.shouldHaveStatus(title, expected, observation.status());
        }
        if (expectation instanceof Expectation.HasStopReason reason) {
            String actual = observation.stopReason();
            return reason.reason().wireValue().equals(actual)
                    ? null
                    : ShouldHave.shouldHaveStopReason(title, reason.reason().wireValue(), actual);
        }
        if (expectation instanceof Expectation.FailureMessageContains contains) {
            return observation.failureMessages().stream().anyMatch(m -> m.contains(contains.text()))
                    ? null
                    : ShouldHave.shouldHaveFailureMessageContaining(
                            title, contains.text(), observation.failureMessages());
        }
        if (expectation instanceof Expectation.FullLoadPercent percent) {
            return observation.fullLoadPercent() == percent.percent()
                    ? null
                    : ShouldHave.shouldHaveFullLoadProgress(title, percent.percent(), observation.fullLoadPercent());
        }
        if (expectation instanceof Expectation.TablesLoaded loaded) {
            return observation.tablesLoaded() == loaded.count()
                    ? null
                    : ShouldHave.shouldHaveTablesLoaded(title, loaded.count(), observation.tablesLoaded());
        }
        if (expectation instanceof Expectation.TablesErrored errored) {
            return observation.tablesErrored() == errored.count()
                    ? null
                    : ShouldHave.shouldHave(
                            title, errored.count() + " tables errored", errored.count(), observation.tablesErrored());
        }
        Expectation.TableState tableState = (Expectation.TableState) expectation;
        String state = observation.tableStates().get(tableState.table());
        return tableState.state().equalsIgnoreCase(state)
                ? null
                : ShouldHave.shouldHave(
                        title,
                        expectation.describe(),
                        tableState.state(),
                        state == null
                                ? "no table " + tableState.table() + " (tables: "
                                        + observation.tableStates().keySet() + ")"
                                : state);
    }

    private static String hint(Expectation expectation) {
        if (expectation instanceof Expectation.HasStatus || expectation instanceof Expectation.HasStopReason) {
            return "await the status first if the run is still changing (expect reads the state once, now)";
        }
        return null;
    }
}
