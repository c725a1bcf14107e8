package io.dmstestkit.dsl.message;

import io.dmstestkit.simulator.FailureMessage;
import io.dmstestkit.simulator.internal.text.Suggestions;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The one message for a resource a test names that is not there, whoever looks it up: the JUnit
 * {@code assertThatReplication(session, …)} and the Spock words {@code replication('orders')}. A name within
 * a typo's reach of one that exists is suggested (the one rule of {@link Suggestions}). Pinned by
 * {@code ShouldExistGoldenTest}.
 *
 * <pre>
 * No replication 'ordres' in DMS test session (account 123456789012, us-east-1, in-process).
 *   expected: replication 'ordres'   actual: none
 *   replications there: customers, orders
 *   how to fix: did you mean 'orders'?
 * </pre>
 */
@API(
        status = API.Status.INTERNAL,
        consumers = {"io.dmstestkit.junit", "io.dmstestkit.spock"})
public final class ShouldExist {

    /** The kinds of resource a test looks up by name, with the resource type of their ARNs. */
    public enum Kind {
        REPLICATION("replication-config"),
        DATA_MIGRATION("data-migration"),
        REPLICATION_TASK("task"),
        REPLICATION_INSTANCE("rep");

        /** The resource type in DMS's ARNs, as {@code DmsSimulator.resourceNames} takes it: {@code task}. */
        private final String arnResourceType;

        Kind(String arnResourceType) {
            this.arnResourceType = arnResourceType;
        }

        /** How messages name the kind: {@code replication task}. */
        public String noun() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        public String arnResourceType() {
            return arnResourceType;
        }
    }

    private ShouldExist() {}

    /**
     * @param kind what was looked up
     * @param nameOrArn the name or ARN the test gave
     * @param where the scope looked in, such as a session's {@code toString()}
     * @param existing the names of that kind that do exist there
     */
    public static FailureMessage shouldExist(Kind kind, String nameOrArn, String where, Collection<String> existing) {
        Optional<String> closest = Suggestions.closest(nameOrArn, existing);
        return FailureMessage.what("No " + kind.noun() + " '" + nameOrArn + "' in " + where + ".")
                .expectedActual(kind.noun() + " '" + nameOrArn + "'", "none")
                .detail(kind.noun() + "s there", existing.isEmpty() ? "none" : String.join(", ", existing))
                .fix(closest.map(name -> "did you mean '" + name + "'?")
                        .orElse("create it under that name first (in a scenario, or from the code under test through"
                                + " the session's client); resources of other sessions live in other accounts"));
    }
}
