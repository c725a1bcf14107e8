package io.dmstestkit.spock

import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path

import static io.dmstestkit.spock.SpecRuns.failures
import static io.dmstestkit.spock.SpecRuns.run
import static io.dmstestkit.spock.SpecRuns.runInParallel

/**
 * {@code @DmsFaultExploration} on Spock feature methods: a clean iteration, then one iteration per call
 * site × fault, each in a fresh session; what the feature does not survive fails with its reproduction
 * line, what it declares it tolerates passes, and the same seed gives the same matrix however many
 * explorations run at once.
 */
class FaultExplorationSpec extends Specification {

    private static final Path REPORTS = Path.of('target/dms-exploration-spec')

    def "finds the poll that a failed dependency breaks, with the line that reproduces it"() {
        when:
        def results = run(spec('Fragile', false))

        then: 'the clean run and the throttled polls pass; the failed-dependency polls fail with their reproduction'
        def failed = failures(results)
        !failed.isEmpty()
        failed.every { it.startsWith('The feature does not survive FailedDependency at #') }
        failed.any {
            it.contains('reproduce: simulator.faults().arm(DmsFault.error("FailedDependency").on("DescribeReplications")'
                    + '.resource("orders").onCall(')
        }
        results.testEvents().succeeded().stream().anyMatch { it.testDescriptor.displayName == 'clean run' }
        results.testEvents().succeeded().stream().anyMatch { it.testDescriptor.displayName.startsWith('Throttling at #') }

        and: 'the matrix is written, with the same failures'
        def matrix = Files.readString(REPORTS.resolve('Fragile.polls until the load is done.md'))
        matrix.contains('| FailedDependency | Throttling |')
        matrix.contains('reproduce: simulator.faults().arm(DmsFault.error("FailedDependency")')
    }

    def "a failure the feature declares it tolerates passes"() {
        when:
        def results = run(spec('Tolerant', true))

        then:
        failures(results) == []
        Files.readString(REPORTS.resolve('Tolerant.polls until the load is done.md')).contains('tolerated')
    }

    def "the same seed gives the same matrix in ten explorations running in parallel"() {
        given:
        def names = (1..10).collect { "Parallel$it" }

        when:
        runInParallel(names.collect { spec(it, false) }.join('\n'))

        then:
        def matrices = names.collect {
            Files.readString(REPORTS.resolve("${it}.polls until the load is done.md")).readLines().drop(1).join('\n')
        }
        matrices.toSet().size() == 1
        matrices[0].contains('FAILED')
    }

    def "an explored feature needs a session per iteration"() {
        when:
        def results = run('''
            @DmsScenario(lifecycle = Lifecycle.PER_CLASS)
            class PerClass extends Specification {
                @io.dmstestkit.spock.DmsFaultExploration
                def "explored"() { expect: true }
            }
        ''')

        then:
        failures(results).any { it.contains('needs a fresh session per run') }
    }

    /** A specification polling a full load until it stops, without retrying a failed dependency. */
    private static String spec(String name, boolean tolerant) {
        """
        @DmsScenario(files = 'stages/orders-full-load-ready.dms.yaml')
        class $name extends Specification {
            DatabaseMigrationClient dms
            DmsSimulator simulator
            io.dmstestkit.testcore.exploration.ExplorationCase active

            @io.dmstestkit.spock.DmsFaultExploration(
                    faults = [io.dmstestkit.testcore.exploration.ExploredFault.FAILED_DEPENDENCY,
                              io.dmstestkit.testcore.exploration.ExploredFault.THROTTLING],
                    seed = 7,
                    reportDir = '${REPORTS}',
                    tolerate = ${tolerant ? '''[@io.dmstestkit.spock.DmsFaultExploration.Tolerate(
                            value = io.dmstestkit.testcore.exploration.ExploredFault.FAILED_DEPENDENCY,
                            surfacing = software.amazon.awssdk.services.databasemigration.model.DatabaseMigrationException)]''' : '[]'})
            def "polls until the load is done"() {
                given:
                def arn = dms.describeReplicationConfigs { }.replicationConfigs()[0].replicationConfigArn()

                when:
                dms.startReplication { it.replicationConfigArn(arn).startReplicationType('start-replication') }
                def status = ''
                for (int polls = 0; status != 'stopped' && polls < 200; polls++) {
                    simulator.clock().advance(java.time.Duration.ofMinutes(1))
                    status = dms.describeReplications { it.filters { f -> f.name('replication-config-arn').values(arn) } }
                            .replications()[0].status()
                }

                then:
                active != null
                status == 'stopped'
            }
        }
        """
    }
}
