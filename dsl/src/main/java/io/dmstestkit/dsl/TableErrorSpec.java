package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Step;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * Which table of a run goes into an error state, when (a virtual time after this step, 0 by default) and
 * with which message.
 *
 * <pre>{@code
 * .tableError("orders", t -> t.table("public.orders").after(Duration.ofMinutes(5)).message("ORA-00942"))
 * }</pre>
 * In Groovy: {@code tableError('orders') { table 'public.orders'; after 5.minutes; message 'ORA-00942' }}
 */
@API(status = API.Status.EXPERIMENTAL)
public final class TableErrorSpec {

    private String table;
    private Duration after = Duration.ZERO;
    private String message;

    TableErrorSpec() {}

    /** The table ({@code schema.table}) that goes into an error state. */
    public TableErrorSpec table(String tableName) {
        this.table = tableName;
        return this;
    }

    /** How long after this step (virtual time); 0 by default. */
    public TableErrorSpec after(Duration delay) {
        this.after = delay;
        return this;
    }

    /** The table's error message (a default one when not given). */
    public TableErrorSpec message(String message) {
        this.message = message;
        return this;
    }

    Step.TableError build(String target, Source source) {
        return new Step.TableError(target, table, after, message, source);
    }
}
