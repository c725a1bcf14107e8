package io.dmstestkit.junit.engine;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Jupiter classes using {@link DmsScenarios}, run by {@code DmsScenariosTest} through {@code EngineTestKit}. */
final class JupiterFixtures {

    /** Set to {@code true} by the runs that mean to run these fixtures; everything else skips them. */
    static final String ENABLED = "dms-testkit.engine-fixtures.enabled";

    private JupiterFixtures() {}

    @OnlyThroughEngineTestKit
    static class PassingScenarios {
        @TestFactory
        Stream<DynamicNode> scenarios() {
            return DmsScenarios.dynamicTests(ScenarioEngineRuns.PASSING + "/");
        }
    }

    @OnlyThroughEngineTestKit
    static class FailingAndBrokenScenarios {
        @TestFactory
        Stream<DynamicNode> failing() {
            return DmsScenarios.dynamicTests(ScenarioEngineRuns.FAILING);
        }

        @TestFactory
        Stream<DynamicNode> broken() {
            return DmsScenarios.dynamicTests("enginefixtures/broken");
        }
    }

    /** Fixtures fail on purpose: they run only when the outer test enables them. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(OnlyThroughEngineTestKit.Condition.class)
    @interface OnlyThroughEngineTestKit {
        class Condition implements ExecutionCondition {
            @Override
            public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
                return context.getConfigurationParameter(ENABLED)
                                .map(Boolean::parseBoolean)
                                .orElse(false)
                        ? ConditionEvaluationResult.enabled("run through EngineTestKit")
                        : ConditionEvaluationResult.disabled("a fixture of DmsScenariosTest");
            }
        }
    }
}
