package io.dmstestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.dmstestkit.junit.fixtures.LifecycleFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class LifecycleTest {

    @Test
    void should_give_each_test_a_fresh_simulator_per_method() {
        EngineExecutionResults results = EngineRuns.run(LifecycleFixtures.PerMethod.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(2));
        assertThat(EngineRuns.reported(results, "simulator"))
                .doesNotHaveDuplicates()
                .hasSize(2);
    }

    @Test
    void should_share_simulator_and_account_per_class_nested_classes_included() {
        EngineExecutionResults results = EngineRuns.run(LifecycleFixtures.PerClass.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(3));
        assertThat(EngineRuns.reported(results, "simulator")).hasSize(3).containsOnly(first(results, "simulator"));
        assertThat(EngineRuns.reported(results, "account")).hasSize(3).containsOnly(first(results, "account"));
    }

    @Test
    void should_give_an_annotated_method_a_session_of_its_own() {
        EngineExecutionResults results = EngineRuns.run(LifecycleFixtures.MethodAnnotationGetsItsOwn.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(2));
        assertThat(EngineRuns.reported(results, "simulator")).doesNotHaveDuplicates();
    }

    @Test
    void should_share_one_simulator_across_classes_with_an_account_per_class() {
        EngineExecutionResults results =
                EngineRuns.run(LifecycleFixtures.SharedOne.class, LifecycleFixtures.SharedTwo.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(2));
        assertThat(EngineRuns.reported(results, "simulator")).hasSize(2).containsOnly(first(results, "simulator"));
        assertThat(EngineRuns.reported(results, "account"))
                .doesNotHaveDuplicates()
                .hasSize(2);
    }

    @Test
    void should_share_backends_only_between_equal_settings() {
        EngineExecutionResults results =
                EngineRuns.run(LifecycleFixtures.SharedOne.class, LifecycleFixtures.SharedOtherSettings.class);

        Map<String, String> simulators = EngineRuns.reportedByTest(results, "simulator");
        assertThat(List.copyOf(simulators.values())).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void should_refuse_a_per_class_lifecycle_on_a_method() {
        EngineRuns.run(LifecycleFixtures.PerClassOnAMethod.class)
                .testEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                test("refused"),
                                finishedWithFailure(message(m -> m.contains("lifecycle PER_CLASS on a test method")))));
    }

    private static String first(EngineExecutionResults results, String key) {
        return EngineRuns.reported(results, key).get(0);
    }
}
