package io.dmstestkit.dsl.internal.run;

import io.dmstestkit.dsl.RunAwait;
import io.dmstestkit.dsl.RunState;
import io.dmstestkit.dsl.internal.await.Readers;

/**
 * Reads a replication, task, instance or data migration through the SDK, as user code would poll it, and records the
 * status for the run's history. The same readers serve the waits ({@link Awaiter}).
 */
public final class Observer {

    private final RunContext context;

    public Observer(RunContext context) {
        this.context = context;
    }

    /** The reader of one resource, reading the table states asked for. */
    public RunAwait.Reader<?> reader(Handle handle, Readers.Tables tables) {
        if (handle.isReplication()) {
            return Readers.scenarioReplication(
                    context.session().client(),
                    handle.arn(),
                    tables,
                    () -> context.session().cdcLatency(handle.arn()));
        }
        if (handle.isTask()) {
            return Readers.scenarioTask(
                    context.session().client(),
                    handle.arn(),
                    tables,
                    () -> context.session().cdcLatency(handle.arn()));
        }
        if (handle.isInstance()) {
            return Readers.replicationInstance(context.session().client(), handle.arn());
        }
        if (handle.isMigrationProject()) {
            throw StepExecutor.noRun(handle.resource().name(), "await or expect");
        }
        return Readers.scenarioDataMigration(context.session().client(), handle.arn());
    }

    /** Reads once now, and remembers the status. */
    public RunState observe(Handle handle, boolean withTables) {
        RunState state = read(reader(handle, withTables ? Readers.Tables.ALL : Readers.Tables.NONE));
        context.observed(handle.resource().name(), state.statusText());
        return state;
    }

    private static <T> RunState read(RunAwait.Reader<T> reader) {
        return reader.read().map(reader::state).orElseGet(reader::absent);
    }
}
