package io.dmstestkit.dsl.model;

import org.apiguardian.api.API;

/** A source table of a replication: {@code schema.table} and its row count. */
@API(status = API.Status.EXPERIMENTAL)
public record Table(String name, long rows) {
    public Table {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a table needs a name such as public.orders");
        }
        if (rows < 0) {
            throw new IllegalArgumentException("table " + name + " cannot have " + rows + " rows");
        }
    }
}
