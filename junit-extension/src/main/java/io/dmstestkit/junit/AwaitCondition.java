package io.dmstestkit.junit;

import io.dmstestkit.dsl.RunAwait;
import org.apiguardian.api.API;

/**
 * What a wait waits for, with the words its messages use. Made by {@link DmsAwait#status(String)},
 * {@link DmsAwait#fullLoadAtLeast(int)} and {@link DmsAwait#tablesLoadedAtLeast(int)}; works for
 * replications and data migrations alike.
 *
 * <pre>{@code
 * awaitReplication(session, "orders").until(status("running"));
 * awaitDataMigration(session, "customers").until(fullLoadAtLeast(100));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class AwaitCondition {

    // The conditions of the one wait engine (the scenario runner's too), so the words are the same.
    private final RunAwait.Condition<Object> condition;

    private AwaitCondition(RunAwait.Condition<Object> condition) {
        this.condition = condition;
    }

    static AwaitCondition status(String status) {
        return new AwaitCondition(RunAwait.Condition.status(status));
    }

    static AwaitCondition fullLoadAtLeast(int percent) {
        return new AwaitCondition(RunAwait.Condition.fullLoadAtLeast(percent));
    }

    static AwaitCondition tablesLoadedAtLeast(int tables) {
        return new AwaitCondition(RunAwait.Condition.tablesLoadedAtLeast(tables));
    }

    RunAwait.Condition<Object> condition() {
        return condition;
    }

    @Override
    public String toString() {
        return condition.description();
    }
}
