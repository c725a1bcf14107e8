package io.dmstestkit.junit;

import io.dmstestkit.dsl.RunState;
import io.dmstestkit.dsl.message.ShouldHave;
import io.dmstestkit.dsl.model.Status;
import io.dmstestkit.dsl.model.StopReason;
import io.dmstestkit.simulator.FailureMessage;
import io.dmstestkit.simulator.StatusChange;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * The assertions replications and data migrations share: status, stop reason, full-load progress, tables
 * loaded, failure messages. Failure messages carry the status history when the assertion was made with
 * one (see {@link DmsAssertions#assertThatReplication}).
 *
 * <pre>{@code
 * assertThat(replication).hasStatus("stopped").hasStopReason("NORMAL").hasFullLoadProgress(100);
 * }</pre>
 *
 * @param <SELF> the concrete assertion type
 * @param <ACTUAL> the SDK model type
 */
@API(status = API.Status.EXPERIMENTAL)
public abstract class AbstractRunAssert<SELF extends AbstractRunAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractObjectAssert<SELF, ACTUAL> {

    private final List<StatusChange> history;

    AbstractRunAssert(ACTUAL actual, Class<?> selfType, List<StatusChange> history) {
        super(actual, selfType);
        this.history = List.copyOf(history);
    }

    abstract RunState progress();

    /**
     * Checks the status, ignoring case ({@code running} and {@code RUNNING} are the same status).
     *
     * <pre>{@code
     * assertThat(replication).hasStatus("running");
     * }</pre>
     */
    public SELF hasStatus(String expected) {
        RunState progress = checked();
        if (!progress.hasStatus(expected)) {
            throw failure(
                    ShouldHave.shouldHaveStatus(progress.title(), expected, progress.status())
                            .fix(statusFix(progress)),
                    expected,
                    progress.status());
        }
        return myself;
    }

    /** Checks the status, as the DSL names it: {@code hasStatus(STOPPED)}. */
    public SELF hasStatus(Status expected) {
        return hasStatus(expected.wireValue());
    }

    /** Checks the status is {@code running}. */
    public SELF isRunning() {
        return hasStatus(Status.RUNNING);
    }

    /** Checks the status is {@code stopped}. */
    public SELF isStopped() {
        return hasStatus(Status.STOPPED);
    }

    /**
     * Checks why the run stopped: {@code NORMAL} and {@code Stop Reason NORMAL} both read as DMS's
     * {@code Stop Reason NORMAL}.
     *
     * <pre>{@code
     * assertThat(replication).hasStopReason("FULL_LOAD_ONLY_FINISHED");
     * }</pre>
     */
    public SELF hasStopReason(String expected) {
        RunState progress = checked();
        String actual = progress.stopReason();
        if (actual == null || !ShouldHave.bare(actual).equalsIgnoreCase(ShouldHave.bare(expected))) {
            throw failure(
                    ShouldHave.shouldHaveStopReason(progress.title(), expected, actual)
                            .detail("status", progress.statusText()),
                    ShouldHave.stopReason(expected),
                    actual);
        }
        return myself;
    }

    /** Checks why the run stopped, as the DSL names it: {@code hasStopReason(NORMAL)}. */
    public SELF hasStopReason(StopReason expected) {
        return hasStopReason(expected.name());
    }

    /**
     * Checks the full load's progress, in percent.
     *
     * <pre>{@code
     * assertThat(replication).hasFullLoadProgress(100);
     * }</pre>
     */
    public SELF hasFullLoadProgress(int expectedPercent) {
        RunState progress = checked();
        if (progress.fullLoadPercent() != expectedPercent) {
            throw failure(
                    ShouldHave.shouldHaveFullLoadProgress(progress.title(), expectedPercent, progress.fullLoadPercent())
                            .detail("status", progress.statusText()),
                    expectedPercent,
                    progress.fullLoadPercent());
        }
        return myself;
    }

    /**
     * Checks how many tables the full load has finished.
     *
     * <pre>{@code
     * assertThat(replication).hasTablesLoaded(5);
     * }</pre>
     */
    public SELF hasTablesLoaded(int expected) {
        RunState progress = checked();
        if (progress.tablesLoaded() != expected) {
            throw failure(
                    ShouldHave.shouldHaveTablesLoaded(progress.title(), expected, progress.tablesLoaded())
                            .detail("status", progress.statusText())
                            .detail(
                                    "tables",
                                    progress.tablesLoading() + " loading, " + progress.tablesQueued() + " queued, "
                                            + progress.tablesErrored() + " errored"),
                    expected,
                    progress.tablesLoaded());
        }
        return myself;
    }

    /**
     * Checks that a failure message contains a text.
     *
     * <pre>{@code
     * assertThat(replication).hasFailureMessageContaining("ORA-01555");
     * }</pre>
     */
    public SELF hasFailureMessageContaining(String text) {
        RunState progress = checked();
        if (progress.failureMessages().stream().noneMatch(message -> message.contains(text))) {
            String expected = "a failure message containing '" + text + "'";
            String actual = progress.failureMessages().isEmpty()
                    ? "no failure messages"
                    : progress.failureMessages().toString();
            throw failure(
                    ShouldHave.shouldHaveFailureMessageContaining(progress.title(), text, progress.failureMessages())
                            .detail("status", progress.statusText()),
                    expected,
                    actual);
        }
        return myself;
    }

    private RunState checked() {
        isNotNull();
        return progress();
    }

    /** Adds the history and where the run stands to a {@link ShouldHave} message. */
    private DmsAssertionError failure(FailureMessage message, Object expected, Object actual) {
        return AssertionFailures.error(
                info, progress().details(message.history(Histories.lines(history))), expected, actual);
    }

    private static String statusFix(RunState progress) {
        if (progress.failed()) {
            return "the run failed: see the failure messages (an injected fault or incident may cause it)";
        }
        if (progress.starting()) {
            String await =
                    switch (progress.kind()) {
                        case RunState.REPLICATION -> "awaitReplication";
                        case RunState.REPLICATION_TASK -> "awaitReplicationTask";
                        default -> "awaitDataMigration";
                    };
            return "the run is still on its way: wait for the status first, e.g. DmsAwait." + await + "(session, \""
                    + progress.name() + "\").until(status(...)), or advance the simulator's clock";
        }
        return null;
    }
}
