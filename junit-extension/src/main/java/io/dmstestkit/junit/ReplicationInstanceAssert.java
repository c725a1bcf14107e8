package io.dmstestkit.junit;

import io.dmstestkit.dsl.RunState;
import io.dmstestkit.dsl.message.ShouldHave;
import io.dmstestkit.simulator.FailureMessage;
import java.util.Objects;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractObjectAssert;
import software.amazon.awssdk.services.databasemigration.model.ReplicationInstance;

/**
 * AssertJ assertions on a DMS {@link ReplicationInstance}: get one with
 * {@link DmsAssertions#assertThat(ReplicationInstance)}. Failure messages follow dms-testkit's order (what
 * failed, expected vs actual, which instance, how to fix).
 *
 * <pre>{@code
 * assertThat(dms.describeReplicationInstances(r -> {}).replicationInstances().get(0))
 *     .isAvailable()
 *     .hasInstanceClass("dms.r5.large");
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReplicationInstanceAssert
        extends AbstractObjectAssert<ReplicationInstanceAssert, ReplicationInstance> {

    ReplicationInstanceAssert(ReplicationInstance actual) {
        super(actual, ReplicationInstanceAssert.class);
    }

    /** Checks {@code ReplicationInstanceStatus}, ignoring case. */
    public ReplicationInstanceAssert hasStatus(String expected) {
        RunState state = checked();
        if (!state.hasStatus(expected)) {
            String fix = state.hasStatus("creating") || state.hasStatus("modifying") || state.hasStatus("rebooting")
                    ? "the instance is still on its way: wait first, e.g. DmsAwait.awaitReplicationInstance(session,"
                            + " \"" + state.name() + "\").until(status(\"" + expected + "\"))"
                    : null;
            throw failure(
                    ShouldHave.shouldHaveStatus(state.title(), expected, state.status())
                            .fix(fix),
                    expected,
                    state.status());
        }
        return myself;
    }

    /** Checks the instance is {@code available}, as the SDK's {@code ReplicationInstanceAvailable} waiter does. */
    public ReplicationInstanceAssert isAvailable() {
        return hasStatus("available");
    }

    /** Checks {@code ReplicationInstanceClass}, e.g. {@code dms.r5.large}. */
    public ReplicationInstanceAssert hasInstanceClass(String expected) {
        RunState state = checked();
        String actualClass = actual.replicationInstanceClass();
        if (!Objects.equals(expected, actualClass)) {
            throw failure(
                    ShouldHave.shouldHave(state.title(), "instance class '" + expected + "'", expected, actualClass)
                            .detail("status", state.statusText()),
                    expected,
                    actualClass);
        }
        return myself;
    }

    private RunState checked() {
        isNotNull();
        return RunState.of(actual);
    }

    private DmsAssertionError failure(FailureMessage message, Object expected, Object actual) {
        return AssertionFailures.error(info, RunState.of(this.actual).details(message), expected, actual);
    }
}
