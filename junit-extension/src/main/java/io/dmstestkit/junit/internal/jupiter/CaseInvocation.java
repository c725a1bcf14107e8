package io.dmstestkit.junit.internal.jupiter;

import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.exploration.Exploration;
import io.dmstestkit.testcore.exploration.ExplorationCase;
import io.dmstestkit.testcore.exploration.FaultAtSite;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * One run of a {@link io.dmstestkit.junit.DmsFaultExploration}: stages its case in the run's own session just before the
 * body, reports how the body ended to the {@link Exploration}, and hands the body the active
 * {@link ExplorationCase} as a parameter. A failure under a fault names the fault and the line that
 * reproduces it; a failure the test tolerates under that fault passes.
 *
 * <pre>{@code
 * new CaseInvocation(kase, exploration, Optional.of(phaseLatch), Declarations::find, namespace)
 * }</pre>
 */
public final class CaseInvocation implements TestTemplateInvocationContext {

    private final ExplorationCase kase;
    private final Exploration exploration;
    private final Optional<CountDownLatch> phase;
    private final Function<ExtensionContext, Declaration> declarations;
    private final ExtensionContext.Namespace namespace;

    /**
     * @param phase counted down when this run is over, however it ends
     * @param declarations finds the {@code @DmsScenario} that gives the run its session
     */
    public CaseInvocation(
            ExplorationCase kase,
            Exploration exploration,
            Optional<CountDownLatch> phase,
            Function<ExtensionContext, Declaration> declarations,
            ExtensionContext.Namespace namespace) {
        this.kase = kase;
        this.exploration = exploration;
        this.phase = phase;
        this.declarations = declarations;
        this.namespace = namespace;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
        return kase.describe();
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
        return List.of(new Callbacks());
    }

    /** Per run, so its fields are this run's own. */
    private final class Callbacks
            implements ExecutionCondition,
                    BeforeTestExecutionCallback,
                    TestExecutionExceptionHandler,
                    AfterTestExecutionCallback,
                    ParameterResolver {

        private volatile DmsTestSession session;
        private volatile long mark;
        private volatile boolean recorded;

        /** Always evaluated: registers what tells the exploration this run is over, however it ends. */
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            context.getStore(namespace).put(Callbacks.class, (AutoCloseable) this::over);
            return ConditionEvaluationResult.enabled("explored");
        }

        @Override
        public void beforeTestExecution(ExtensionContext context) {
            DmsTestSession opened = Sessions.sessionFor(context, declarations.apply(context));
            if (!kase.isClean()) {
                if (!exploration.mayStart(kase)) {
                    recorded = true;
                    throw new TestAbortedException("over the exploration's wall-time budget");
                }
                Optional<String> problem = exploration.stage(kase, opened);
                if (problem.isPresent()) {
                    recorded = true;
                    throw new TestAbortedException("cannot stage " + kase.describe() + ": " + problem.get());
                }
            }
            mark = Exploration.bodyStarts(opened);
            session = opened;
        }

        @Override
        public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
            if (session == null || recorded) {
                throw failure;
            }
            recorded = true;
            if (kase.isClean()) {
                exploration.cleanRunFinished(session, mark, Optional.of(failure));
                throw failure;
            }
            exploration.finished(kase, session, mark, Optional.of(failure));
            if (!exploration.tolerated(kase, failure)) {
                throw new AssertionFailedError(notSurvived(failure), failure);
            }
        }

        @Override
        public void afterTestExecution(ExtensionContext context) {
            if (session == null || recorded) {
                return;
            }
            recorded = true;
            if (kase.isClean()) {
                exploration.cleanRunFinished(session, mark, context.getExecutionException());
            } else {
                exploration.finished(kase, session, mark, context.getExecutionException());
            }
        }

        private void over() {
            if (!recorded && !kase.isClean()) {
                exploration.skipped(kase, "did not run: its setup failed");
            }
            if (kase.isClean()) {
                exploration.cleanRunAbandoned("the clean run did not get to run its body (see its failure)");
            }
            phase.ifPresent(CountDownLatch::countDown);
        }

        private String notSurvived(Throwable failure) {
            return "The test does not survive " + kase.describe() + ": " + failure + "\n  reproduce: "
                    + kase.faults().stream()
                            .map(FaultAtSite::reproduction)
                            .collect(Collectors.joining("\n  reproduce: "));
        }

        @Override
        public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
            return parameterContext.getParameter().getType() == ExplorationCase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
            return kase;
        }
    }
}
