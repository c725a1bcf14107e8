package io.dmstestkit.dsl;

import io.dmstestkit.dsl.model.Expectation;
import io.dmstestkit.dsl.model.Source;
import io.dmstestkit.dsl.model.Status;
import io.dmstestkit.dsl.model.Step;
import io.dmstestkit.dsl.model.StopReason;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What must be true of a replication or data migration now.
 *
 * <pre>{@code
 * .expect("orders", e -> e.status(STOPPED).stopReason(NORMAL))
 * }</pre>
 * In Groovy: {@code expect('orders') { status STOPPED; stopReason NORMAL }}
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ExpectSpec {

    private final List<Expectation> expectations = new ArrayList<>();

    ExpectSpec() {}

    public ExpectSpec status(Status status) {
        return add(new Expectation.HasStatus(status));
    }

    public ExpectSpec status(String status) {
        return status(Status.parse(status));
    }

    public ExpectSpec stopReason(StopReason reason) {
        return add(new Expectation.HasStopReason(reason));
    }

    public ExpectSpec stopReason(String reason) {
        return stopReason(StopReason.parse(reason));
    }

    public ExpectSpec failureMessageContains(String text) {
        return add(new Expectation.FailureMessageContains(text));
    }

    public ExpectSpec fullLoad(int percent) {
        return add(new Expectation.FullLoadPercent(new Percent(percent).value()));
    }

    public ExpectSpec fullLoad(Percent percent) {
        return fullLoad(percent.value());
    }

    public ExpectSpec tablesLoaded(int count) {
        return add(new Expectation.TablesLoaded(count));
    }

    public ExpectSpec tablesErrored(int count) {
        return add(new Expectation.TablesErrored(count));
    }

    public ExpectSpec tableState(String table, String state) {
        return add(new Expectation.TableState(table, state));
    }

    private ExpectSpec add(Expectation expectation) {
        expectations.add(expectation);
        return this;
    }

    Step.Expect build(String target, Source source) {
        if (expectations.isEmpty()) {
            throw new IllegalArgumentException(
                    "expect '" + target + "'"
                            + " checks nothing; add status, stopReason, failureMessageContains, fullLoad, tablesLoaded or tableState");
        }
        return new Step.Expect(target, expectations, source);
    }
}
