package io.dmstestkit.junit;

import static io.dmstestkit.dsl.Dsl.FULL_LOAD_AND_CDC;
import static io.dmstestkit.dsl.Dsl.scenario;
import static io.dmstestkit.junit.DmsAssertions.assertThatReplication;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.DmsTestSettings;
import org.junit.jupiter.api.Test;

/** A mistyped replication name is answered with the session's closest one, as scenario steps answer it. */
class MissingResourceMessageTest {

    @Test
    void should_offer_the_closest_replication_of_the_session() {
        try (DmsTestSession session = DmsTestSession.open(DmsTestSettings.defaults())) {
            session.scenarioRunner()
                    .run(scenario("two replications")
                            .replication(
                                    "orders", r -> r.type(FULL_LOAD_AND_CDC).table("public.orders", 10))
                            .replication(
                                    "customers", r -> r.type(FULL_LOAD_AND_CDC).table("public.customers", 10))
                            .build())
                    .assertPassed();

            assertThatThrownBy(() -> assertThatReplication(session, "ordres"))
                    .isInstanceOf(DmsAssertionError.class)
                    .hasMessageStartingWith("Replication 'ordres' does not exist in account " + session.account()
                            + " (us-east-1); did you mean 'orders'?\n");
            assertThatThrownBy(() -> assertThatReplication(session, "returns"))
                    .hasMessageStartingWith(
                            "Replication 'returns' does not exist in account " + session.account() + " (us-east-1).\n");
        }
    }
}
