package io.dmstestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.dmstestkit.junit.fixtures.InjectionFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class InjectionTest {

    @Test
    void should_inject_parameters_of_every_type() {
        EngineRuns.run(InjectionFixtures.EveryParameterType.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void should_inject_fields_of_every_type() {
        EngineRuns.run(InjectionFixtures.EveryFieldType.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void should_give_constructor_parameters_the_session_of_the_test() {
        EngineRuns.run(InjectionFixtures.ConstructorParameters.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void should_explain_that_a_per_method_session_does_not_exist_in_before_all() {
        EngineRuns.run(InjectionFixtures.BeforeAllWithPerMethodLifecycle.class)
                .containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(InjectionFixtures.BeforeAllWithPerMethodLifecycle.class),
                                finishedWithFailure(
                                        instanceOf(ParameterResolutionException.class),
                                        message(m -> m.contains("lifecycle PER_METHOD opens a session for each test")
                                                && m.contains("declare lifecycle = PER_CLASS")))));
    }

    @Test
    void should_inject_the_class_session_in_before_all_with_a_per_class_lifecycle() {
        EngineExecutionResults results = EngineRuns.run(InjectionFixtures.BeforeAllWithPerClassLifecycle.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(1));
        assertThat(EngineRuns.reported(results, "account"))
                .hasSize(2)
                .containsOnly(EngineRuns.reported(results, "account").get(0));
    }
}
