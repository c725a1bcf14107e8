package io.dmstestkit.junit;

import static io.dmstestkit.dsl.Dsl.FULL_LOAD;
import static io.dmstestkit.dsl.Dsl.scenario;
import static io.dmstestkit.junit.DmsAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.dsl.ScenarioResult;
import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.DmsTestSettings;
import org.junit.jupiter.api.Test;

class ScenarioResultAssertTest {

    @Test
    void should_tell_passed_from_failed_with_the_scenarios_message() {
        try (DmsTestSession session = DmsTestSession.open(DmsTestSettings.defaults())) {
            ScenarioResult created = session.scenarioRunner()
                    .run(scenario("create")
                            .replication("orders", r -> r.type(FULL_LOAD))
                            .build());
            ScenarioResult refused = session.scenarioRunner()
                    .run(scenario("refused")
                            .replication("audit", r -> r.type(FULL_LOAD))
                            .fault("AccessDenied", f -> f.on("StartReplication"))
                            .start("audit")
                            .build());

            assertThat(created).passed();
            assertThat(refused).failedWithMessageContaining("AccessDenied");
            assertThatThrownBy(() -> assertThat(refused).passed())
                    .isInstanceOf(DmsAssertionError.class)
                    .hasMessageStartingWith("Scenario 'refused' did not pass on embedded simulator, account ")
                    .hasMessageContaining("first failure: The call of step 'start audit' failed.");
            assertThatThrownBy(() -> assertThat(created).failedWithMessageContaining("AccessDenied"))
                    .hasMessageStartingWith("Scenario 'create' passed, but was expected to fail.");
            assertThatThrownBy(() -> assertThat(refused).failedWithMessageContaining("Throttling"))
                    .hasMessageStartingWith("Scenario 'refused' failed, but not with 'Throttling'.");
        }
    }
}
