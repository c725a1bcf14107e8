package io.dmstestkit.simulator.internal.run;

import io.dmstestkit.simulator.TableSpec;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A run's tables at one moment, each {@link TableView} worked out when it is read: a page of table
 * statistics costs its page, and {@link TableCounts#of} counts the states from the load plan without a
 * view per table when nothing but the plan decides them. Immutable, as the run is.
 */
final class RunTables extends AbstractList<TableView> implements RandomAccess {

    private final Run run;
    private final List<TableSpec> tables;
    private final Instant now;

    RunTables(Run run, Instant now) {
        this.run = run;
        this.tables = run.plan().load().tables();
        this.now = now;
    }

    @Override
    public TableView get(int index) {
        return TableViews.of(run, tables.get(index), now);
    }

    @Override
    public int size() {
        return tables.size();
    }

    /** The counts of the states these views show. */
    TableCounts counts() {
        return TableViews.counts(run, now).orElseGet(() -> TableCounts.count(this));
    }
}
