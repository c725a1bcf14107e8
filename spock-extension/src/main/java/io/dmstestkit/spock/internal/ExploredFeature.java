package io.dmstestkit.spock.internal;

import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.exploration.Exploration;
import io.dmstestkit.testcore.exploration.ExplorationCase;
import io.dmstestkit.testcore.exploration.ExplorationOptions;
import io.dmstestkit.testcore.exploration.ExplorationReports;
import io.dmstestkit.testcore.exploration.FaultAtSite;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.opentest4j.TestAbortedException;
import org.spockframework.runtime.IDataIterator;
import org.spockframework.runtime.extension.IDataDriver;
import org.spockframework.runtime.extension.IIterationRunner;
import org.spockframework.runtime.extension.IMethodInterceptor;
import org.spockframework.runtime.extension.IMethodInvocation;
import org.spockframework.runtime.model.ExecutionResult;
import org.spockframework.runtime.model.FieldInfo;
import org.spockframework.runtime.model.IterationInfo;
import org.spockframework.runtime.model.NameProvider;
import org.spockframework.runtime.model.ParameterInfo;

/**
 * One explored feature: as its data driver it runs the clean iteration, waits for it, then one iteration
 * per single-fault case (then pairs), and publishes the matrix; around the feature method it stages the
 * iteration's case in the iteration's own session and reports how the method ended. Iterations are told
 * apart by their index, which Spock hands out in the order the driver asks for them.
 */
final class ExploredFeature implements IDataDriver, NameProvider<IterationInfo>, IMethodInterceptor {

    private final ExplorationOptions options;
    private final Supplier<Declaration> declaration;
    private final String title;
    private final Path reportDir;
    private final Map<Integer, ExplorationCase> cases = new ConcurrentHashMap<>();
    private volatile Exploration exploration;

    ExploredFeature(ExplorationOptions options, Supplier<Declaration> declaration, String title, Path reportDir) {
        this.options = options;
        this.declaration = declaration;
        this.title = title;
        this.reportDir = reportDir;
    }

    @Override
    public void runIterations(IDataIterator dataIterator, IIterationRunner runner, List<ParameterInfo> parameters) {
        Exploration current =
                new Exploration(options, declaration.get().settings().transport());
        exploration = current;
        cases.clear();
        AtomicInteger index = new AtomicInteger();
        Object[] arguments = IDataDriver.prepareArgumentArray(new Object[0], parameters);
        join(List.of(run(ExplorationCase.CLEAN, index, runner, arguments)));
        current.cleanRunAbandoned("the clean run did not get to run its feature method (see its failure)");
        join(current.singles().stream()
                .map(kase -> run(kase, index, runner, arguments))
                .toList());
        join(current.pairs().stream()
                .map(kase -> run(kase, index, runner, arguments))
                .toList());
        ExplorationReports.publish(
                current.matrix(), title, reportDir, declaration.get().settings());
    }

    private CompletableFuture<ExecutionResult> run(
            ExplorationCase kase, AtomicInteger index, IIterationRunner runner, Object[] arguments) {
        cases.put(index.getAndIncrement(), kase);
        return runner.runIteration(arguments);
    }

    /** Waits for a phase's iterations, however they end (a failed iteration is reported by Spock). */
    private static void join(List<CompletableFuture<ExecutionResult>> runs) {
        List<CompletableFuture<ExecutionResult>> all = new ArrayList<>(runs);
        CompletableFuture.allOf(all.stream()
                        .map(f -> f.exceptionally(e -> ExecutionResult.FAILED))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    @Override
    public String getName(IterationInfo iteration) {
        return caseOf(iteration).describe();
    }

    /** Before any field initializer or {@code setup()}: fields of type {@link ExplorationCase} get the run's case. */
    void injectActiveCase(IMethodInvocation invocation) throws Throwable {
        ExplorationCase kase = caseOf(invocation.getIteration());
        for (FieldInfo field : invocation.getSpec().getBottomSpec().getAllFields()) {
            if (field.getType() == ExplorationCase.class && !field.isStatic() && !field.isShared()) {
                field.writeValue(invocation.getInstance(), kase);
            }
        }
        invocation.proceed();
    }

    /** Around the feature method: stage, run, record. */
    @Override
    public void intercept(IMethodInvocation invocation) throws Throwable {
        ExplorationCase kase = caseOf(invocation.getIteration());
        Exploration current = exploration;
        DmsTestSession session = SpecSessions.current(invocation.getInstance())
                .orElseThrow(() -> new IllegalStateException("no DMS session for " + kase.describe()));
        if (!kase.isClean()) {
            if (!current.mayStart(kase)) {
                throw new TestAbortedException("over the exploration's wall-time budget");
            }
            Optional<String> problem = current.stage(kase, session);
            if (problem.isPresent()) {
                throw new TestAbortedException("cannot stage " + kase.describe() + ": " + problem.get());
            }
        }
        long mark = Exploration.bodyStarts(session);
        Optional<Throwable> failure = Optional.empty();
        try {
            invocation.proceed();
        } catch (Throwable t) {
            failure = Optional.of(t);
        }
        if (kase.isClean()) {
            current.cleanRunFinished(session, mark, failure);
            if (failure.isPresent()) {
                throw failure.get();
            }
            return;
        }
        current.finished(kase, session, mark, failure);
        if (failure.isPresent() && !current.tolerated(kase, failure.get())) {
            throw new AssertionError(notSurvived(kase, failure.get()), failure.get());
        }
    }

    private ExplorationCase caseOf(IterationInfo iteration) {
        return cases.getOrDefault(iteration.getIterationIndex(), ExplorationCase.CLEAN);
    }

    private static String notSurvived(ExplorationCase kase, Throwable failure) {
        return "The feature does not survive " + kase.describe() + ": " + failure + "\n  reproduce: "
                + kase.faults().stream().map(FaultAtSite::reproduction).collect(Collectors.joining("\n  reproduce: "));
    }
}
