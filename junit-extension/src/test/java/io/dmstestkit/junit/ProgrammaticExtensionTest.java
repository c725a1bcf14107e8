package io.dmstestkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import io.dmstestkit.junit.fixtures.ProgrammaticFixtures;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ProgrammaticExtensionTest {

    @Test
    void should_give_before_all_and_the_tests_one_session_per_class() {
        EngineRuns.run(ProgrammaticFixtures.PerClassOverHttp.class)
                .testEvents()
                .assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void should_answer_the_accessors_with_each_tests_own_session() {
        EngineExecutionResults results = EngineRuns.run(ProgrammaticFixtures.PerMethod.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(2));
        assertThat(EngineRuns.reported(results, "simulator"))
                .doesNotHaveDuplicates()
                .hasSize(2);
    }

    @Test
    void should_explain_why_there_is_no_session_outside_a_test() {
        EngineRuns.run(ProgrammaticFixtures.AccessorOutsideATest.class)
                .containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(ProgrammaticFixtures.AccessorOutsideATest.class),
                                finishedWithFailure(
                                        instanceOf(IllegalStateException.class),
                                        message(m -> m.contains("no DMS session here")))));
    }

    @Test
    void should_refuse_contradicting_settings_when_built() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DmsExtension.newInstance()
                        .mode(io.dmstestkit.testcore.Mode.STATIC_STUBS)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs transport HTTP");
    }
}
