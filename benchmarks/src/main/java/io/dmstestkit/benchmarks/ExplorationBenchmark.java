package io.dmstestkit.benchmarks;

import io.dmstestkit.examples.orchestrator.MigrationOrchestrator;
import io.dmstestkit.examples.orchestrator.OrchestrationException;
import io.dmstestkit.examples.orchestrator.PermissionDeniedException;
import io.dmstestkit.testcore.DmsTestSettings;
import io.dmstestkit.testcore.exploration.CaseResult;
import io.dmstestkit.testcore.exploration.ExplorationMatrix;
import io.dmstestkit.testcore.exploration.ExplorationOptions;
import io.dmstestkit.testcore.exploration.ExploredFault;
import io.dmstestkit.testcore.exploration.FaultExplorer;
import io.dmstestkit.testcore.exploration.Tolerance;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException;

/**
 * The wall time of exploring the example orchestrator's main test: a clean cut-over of 'orders', then one
 * run per call site × every fault of the catalogue (single faults), each in a fresh in-process session of
 * its own, on as many threads as there are processors; what {@code MigrationOrchestratorExplorationTest}
 * runs, without JUnit around it.
 *
 * <p>Why: exploration is only worth running on every build if the whole space costs about as much as an
 * ordinary test class. The primary result is the whole space's wall time; the published facts give the
 * number of runs, so the report shows runs per second.
 */
@API(status = API.Status.INTERNAL)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ExplorationBenchmark {

    static final DmsTestSettings SETTINGS = DmsTestSettings.builder()
            .scenarioFiles("stages/orders-ready.dms.yaml")
            .build();

    /** The main test's declared tolerances, as on MigrationOrchestratorExplorationTest. */
    static final ExplorationOptions OPTIONS = ExplorationOptions.defaults()
            .withTolerances(List.of(
                    new Tolerance(Set.of(ExploredFault.ACCESS_DENIED), PermissionDeniedException.class),
                    new Tolerance(Set.of(ExploredFault.RESOURCE_NOT_FOUND), OrchestrationException.class),
                    new Tolerance(
                            Set.of(ExploredFault.RESOURCE_NOT_FOUND, ExploredFault.INVALID_RESOURCE_STATE),
                            DatabaseMigrationException.class)));

    @Benchmark
    public ExplorationMatrix wholeSingleFaultSpace(Space space) {
        return explore();
    }

    static ExplorationMatrix explore() {
        return FaultExplorer.explore(SETTINGS, OPTIONS, (session, active) -> {
            String stopReason = new MigrationOrchestrator(
                            session.client(), session.simulator().clock()::advance)
                    .cutOver("orders")
                    .stopReason();
            if (!stopReason.equals("Stop Reason NORMAL")) {
                throw new AssertionError(active.describe() + ": stopped with " + stopReason);
            }
        });
    }

    /** Explores once at setup to publish the size of the space, and checks the orchestrator survives it. */
    @State(Scope.Benchmark)
    public static class Space {
        @Setup(Level.Trial)
        public void count() {
            ExplorationMatrix matrix = explore();
            if (!matrix.failures().isEmpty()) {
                throw new IllegalStateException("the orchestrator no longer survives its fault space:\n"
                        + matrix.render("ExplorationBenchmark"));
            }
            long skipped = matrix.withOutcome(CaseResult.Outcome.SKIPPED).size();
            BenchmarkFacts.publish(
                    "exploration",
                    Map.of(
                            "callSites", matrix.sites().size(),
                            "faults", matrix.faults().size(),
                            // The clean run, and every case that was not skipped.
                            "runs", 1 + matrix.results().size() - skipped,
                            "skipped", skipped,
                            "threads", Runtime.getRuntime().availableProcessors()));
        }
    }
}
