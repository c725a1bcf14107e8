package io.dmstestkit.examples.orchestrator

import io.dmstestkit.simulator.DmsSimulator
import io.dmstestkit.spock.DmsFaultExploration
import io.dmstestkit.spock.DmsFaultExploration.Tolerate
import io.dmstestkit.spock.DmsScenario
import io.dmstestkit.testcore.exploration.ExplorationCase
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient
import software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException
import spock.lang.Specification
import spock.util.EmbeddedSpecRunner

import java.nio.file.Files
import java.nio.file.Path

import static io.dmstestkit.testcore.exploration.ExploredFault.ACCESS_DENIED
import static io.dmstestkit.testcore.exploration.ExploredFault.FAILED_DEPENDENCY
import static io.dmstestkit.testcore.exploration.ExploredFault.INVALID_RESOURCE_STATE
import static io.dmstestkit.testcore.exploration.ExploredFault.RESOURCE_NOT_FOUND
import static io.dmstestkit.testcore.exploration.ExploredFault.THROTTLING

/**
 * The orchestrator's main feature explored with Spock, as MigrationOrchestratorExplorationTest does with
 * JUnit: every iteration of the explored feature is one fault at one call, and the robust orchestrator
 * survives the whole single-fault catalogue. The deliberately fragile variant (no retry on a failed
 * dependency) is explored by running a subclass of {@link FragileCutOverExploration} in Spock's embedded runner:
 * exploration finds it, and its failure names the line that reproduces it.
 */
@DmsScenario(files = 'stages/orders-ready.dms.yaml')   // replication config 'orders', never started
class MigrationOrchestratorExplorationSpec extends Specification {

    DatabaseMigrationClient dms
    DmsSimulator simulator
    ExplorationCase active       // the fault of the running iteration

    // tag::exploration[]
    @DmsFaultExploration(tolerate = [
            @Tolerate(value = ACCESS_DENIED, surfacing = PermissionDeniedException),
            // DMS says the config is gone or in the wrong state: nothing to retry, the caller must know.
            @Tolerate(value = RESOURCE_NOT_FOUND, surfacing = OrchestrationException),
            @Tolerate(value = [RESOURCE_NOT_FOUND, INVALID_RESOURCE_STATE], surfacing = DatabaseMigrationException)])
    def "cuts over whatever fault DMS throws at it"() {
        when:
        def result = new MigrationOrchestrator(dms, simulator.clock()::advance).cutOver('orders')

        then:
        result.stopReason() == 'Stop Reason NORMAL'
    }
    // end::exploration[]

    def "exploration finds the fragile orchestrator's missing retry, with the line that reproduces it"() {
        when:
        def runner = new EmbeddedSpecRunner(throwFailure: false)
        // A concrete subclass compiled here, so that the build itself never runs the fragile specification.
        def results = runner.runWithImports(
                'class FragileCutOver extends io.dmstestkit.examples.orchestrator.FragileCutOverExploration {}')
        def failures = results.testEvents().executions().failed()
                .map { it.terminationInfo.executionResult.throwable.get().message }
                .toList()

        then: 'only failed dependencies break it, among them the one on the polls'
        !failures.isEmpty()
        failures.every { it.startsWith('The feature does not survive FailedDependency at #') }
        failures.any {
            it.contains('FailedDependency at #4 DescribeReplications orders (×30)') &&
                    it.contains('reproduce: simulator.faults().arm(DmsFault.error("FailedDependency")'
                    + '.on("DescribeReplications").resource("orders").onCall(2).build());')
        }

        and: 'throttling is survived, and the matrix says so'
        results.testEvents().succeeded().stream().anyMatch { it.testDescriptor.displayName.startsWith('Throttling at #4') }
        def matrix = Files.readString(FragileCutOverExploration.REPORTS.resolve('FragileCutOver.cuts over.md'))
        matrix.contains('| call site | FailedDependency | Throttling |')
        matrix.contains('| #4 DescribeReplications orders (×30) | FAILED | ok |')
    }
}

/**
 * A cut-over with no retry on a failed dependency, explored for failed dependencies and throttling. Abstract,
 * so the build does not run it as a specification of its own (its failures are the point): {@link
 * MigrationOrchestratorExplorationSpec} runs a concrete subclass and checks what exploration finds.
 */
@DmsScenario(files = 'stages/orders-ready.dms.yaml')
abstract class FragileCutOverExploration extends Specification {

    static final Path REPORTS = Path.of('target/dms-exploration-fragile')

    DatabaseMigrationClient dms
    DmsSimulator simulator

    @DmsFaultExploration(faults = [FAILED_DEPENDENCY, THROTTLING], seed = 7, reportDir = 'target/dms-exploration-fragile')
    def "cuts over"() {
        when:
        def result = new MigrationOrchestrator(
                dms, simulator.clock()::advance, CutOverRegressionTest.FragileOrchestrator.SETTINGS).cutOver('orders')

        then:
        result.stopReason() == 'Stop Reason NORMAL'
    }
}
