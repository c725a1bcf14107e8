package io.dmstestkit.junit;

import io.dmstestkit.junit.internal.jupiter.CaseInvocation;
import io.dmstestkit.junit.internal.jupiter.Declaration;
import io.dmstestkit.junit.internal.jupiter.ExplorationReport;
import io.dmstestkit.testcore.Lifecycle;
import io.dmstestkit.testcore.exploration.Exploration;
import io.dmstestkit.testcore.exploration.ExplorationCase;
import io.dmstestkit.testcore.exploration.ExplorationOptions;
import io.dmstestkit.testcore.exploration.Tolerance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Turns a {@link DmsFaultExploration} method into its runs: the clean run first, then (once it finished,
 * which the lazy stream waits for) one invocation per single-fault case, then pairs if asked for. The
 * planning is test-core's {@link Exploration}; this class only maps it onto JUnit's test templates. The
 * exploration and its report live in the template's {@code ExtensionContext.Store}, which writes the
 * report when the template is done.
 */
final class FaultExplorationExtension implements TestTemplateInvocationContextProvider {

    static final Namespace NAMESPACE = Namespace.create("io.dmstestkit.junit.exploration");

    FaultExplorationExtension() {}

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod()
                .filter(m -> AnnotationSupport.isAnnotated(m, DmsFaultExploration.class))
                .isPresent();
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        DmsFaultExploration annotation = AnnotationSupport.findAnnotation(
                        context.getRequiredTestMethod(), DmsFaultExploration.class)
                .orElseThrow();
        Declaration declaration = Declarations.find(context);
        if (declaration.lifecycle() != Lifecycle.PER_METHOD) {
            throw new ExtensionConfigurationException("@DmsFaultExploration on " + context.getDisplayName()
                    + " needs a fresh session per run, but its @DmsScenario has lifecycle "
                    + declaration.lifecycle() + ": declare lifecycle = PER_METHOD (the default) on the test.");
        }
        Exploration exploration =
                new Exploration(options(annotation), declaration.settings().transport());
        String title = context.getRequiredTestClass().getSimpleName() + "."
                + context.getRequiredTestMethod().getName();
        context.getStore(NAMESPACE)
                .put(
                        ExplorationReport.class,
                        new ExplorationReport(
                                exploration, title, Path.of(annotation.reportDir()), declaration.settings()));
        Phase singles = new Phase();
        return Stream.of(
                        Stream.of(invocation(ExplorationCase.CLEAN, exploration, Optional.empty())),
                        lazily(() -> singles.start(exploration.awaitCleanRun() ? exploration.singles() : List.of())
                                .map(kase -> invocation(kase, exploration, Optional.of(singles.done)))),
                        lazily(() -> Exploration.await(singles.done)
                                ? exploration.pairs().stream()
                                        .map(kase -> invocation(kase, exploration, Optional.empty()))
                                : Stream.<CaseInvocation>empty()))
                .flatMap(s -> s.map(TestTemplateInvocationContext.class::cast));
    }

    private static CaseInvocation invocation(
            ExplorationCase kase, Exploration exploration, Optional<CountDownLatch> phase) {
        return new CaseInvocation(kase, exploration, phase, Declarations::find, NAMESPACE);
    }

    /** A stream made only when it is reached: after the runs before it were handed to JUnit. */
    private static <T> Stream<T> lazily(Supplier<Stream<T>> supplier) {
        return Stream.of(supplier).flatMap(Supplier::get);
    }

    private static ExplorationOptions options(DmsFaultExploration annotation) {
        List<Tolerance> tolerances = Arrays.stream(annotation.tolerate())
                .map(t -> new Tolerance(Set.of(t.value()), t.surfacing()))
                .toList();
        ExplorationOptions options = ExplorationOptions.defaults()
                .withFaults(Set.of(annotation.faults()))
                .withOperations(Set.of(annotation.operations()))
                .withPairs(annotation.pairs())
                .withMaxRuns(annotation.maxRuns())
                .withSeed(annotation.seed())
                .withTolerances(tolerances);
        return annotation.maxWallTime().isBlank()
                ? options
                : options.withMaxWallTime(Duration.parse(annotation.maxWallTime()));
    }

    /** Counts the runs of one phase down as they finish, so the next phase can wait for all of them. */
    private static final class Phase {
        private volatile CountDownLatch done = new CountDownLatch(0);

        Stream<ExplorationCase> start(List<ExplorationCase> cases) {
            done = new CountDownLatch(cases.size());
            return cases.stream();
        }
    }
}
