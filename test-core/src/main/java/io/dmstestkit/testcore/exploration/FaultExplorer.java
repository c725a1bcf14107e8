package io.dmstestkit.testcore.exploration;

import io.dmstestkit.testcore.DmsTestSession;
import io.dmstestkit.testcore.DmsTestSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apiguardian.api.API;

/**
 * Explores a test body without a test framework: one clean run, then one run per case in a fresh session
 * of its own (its own simulator, so virtual times match the clean run), in parallel. What the JUnit and
 * Spock extensions do, for benchmarks, tools and tests of the exploration itself.
 *
 * <pre>{@code
 * ExplorationMatrix matrix = FaultExplorer.explore(settings, ExplorationOptions.defaults(), (session, active) ->
 *     new MigrationOrchestrator(session.client(), session.simulator().clock()::advance).cutOver("orders"));
 * System.out.println(matrix.render("cut-over"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class FaultExplorer {

    /** The code under test and its checks; throwing (an exception or an assertion error) fails the run. */
    @FunctionalInterface
    public interface Body {
        void run(DmsTestSession session, ExplorationCase active) throws Exception;
    }

    private FaultExplorer() {}

    /** Explores {@code body} on as many threads as there are processors. */
    public static ExplorationMatrix explore(DmsTestSettings settings, ExplorationOptions options, Body body) {
        return explore(settings, options, body, Runtime.getRuntime().availableProcessors());
    }

    /** Explores {@code body} on {@code threads} threads. */
    public static ExplorationMatrix explore(
            DmsTestSettings settings, ExplorationOptions options, Body body, int threads) {
        Exploration exploration = new Exploration(options, settings.transport());
        try (DmsTestSession session = DmsTestSession.open(settings)) {
            long mark = Exploration.bodyStarts(session);
            exploration.cleanRunFinished(session, mark, run(body, session, ExplorationCase.CLEAN));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            runAll(exploration.singles(), exploration, settings, body, pool);
            runAll(exploration.pairs(), exploration, settings, body, pool);
        } finally {
            pool.shutdownNow();
        }
        return exploration.matrix();
    }

    private static void runAll(
            List<ExplorationCase> cases,
            Exploration exploration,
            DmsTestSettings settings,
            Body body,
            ExecutorService pool) {
        List<Future<?>> runs = new ArrayList<>();
        for (ExplorationCase kase : cases) {
            runs.add(pool.submit(() -> runCase(kase, exploration, settings, body)));
        }
        for (Future<?> run : runs) {
            try {
                run.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("exploration interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("exploration run broke: " + e.getCause(), e.getCause());
            }
        }
    }

    private static void runCase(ExplorationCase kase, Exploration exploration, DmsTestSettings settings, Body body) {
        if (!exploration.mayStart(kase)) {
            return;
        }
        try (DmsTestSession session = DmsTestSession.open(settings)) {
            if (exploration.stage(kase, session).isPresent()) {
                return;
            }
            long mark = Exploration.bodyStarts(session);
            exploration.finished(kase, session, mark, run(body, session, kase));
        }
    }

    private static Optional<Throwable> run(Body body, DmsTestSession session, ExplorationCase active) {
        try {
            body.run(session, active);
            return Optional.empty();
        } catch (Exception | AssertionError e) {
            return Optional.of(e);
        }
    }
}
