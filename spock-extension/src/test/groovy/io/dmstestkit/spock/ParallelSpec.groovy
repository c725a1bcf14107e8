package io.dmstestkit.spock

import io.dmstestkit.testcore.DmsTestSession
import spock.lang.Specification

import static io.dmstestkit.spock.SpecRuns.failures
import static io.dmstestkit.spock.SpecRuns.runInParallel

class ParallelSpec extends Specification {

    private static final int PER_FEATURE_SPECS = 4
    private static final int SHARED_SPECS = 3
    private static final int FEATURES = 3

    def "specifications and their features run in parallel, each session in an account of its own, with no cross-talk"() {
        given:
        def probe = new Probe()
        def source = (1..PER_FEATURE_SPECS).collect { spec("PerFeature$it", 'PER_METHOD') }.join('\n') +
                (1..SHARED_SPECS).collect { spec("Shared$it", 'SHARED') }.join('\n')

        when:
        def results = runInParallel(source, probe)

        then: 'every feature met its own fault once, and saw only its own resources'
        failures(results) == []
        results.testsSucceededCount == (PER_FEATURE_SPECS + SHARED_SPECS) * (FEATURES + 1) // a feature, and its iterations

        and: 'two features of different specifications ran at the same time'
        probe.events().count('met') == 2

        and: 'per-feature sessions have simulators of their own'
        sessions(probe, 'PerFeature').collect { it.simulator() }.toSet().size() == PER_FEATURE_SPECS * FEATURES

        and: 'SHARED specifications share one simulator, each specification in an account of its own'
        sessions(probe, 'Shared').collect { it.simulator() }.toSet().size() == 1
        sessions(probe, 'Shared').collect { it.account() }.toSet().size() == SHARED_SPECS
    }

    /** A specification whose features stage 'orders-n', stop it through the code under test and count. */
    private static String spec(String name, String lifecycle) {
        """
        @DmsScenario(lifecycle = Lifecycle.$lifecycle)
        class $name extends Specification implements DmsSpecSupport {
            static Probe probe
            DatabaseMigrationClient dms
            DmsTestSession session

            def "feature #n"() {
                given:
                probe["$name \$n"] = session
                if (n == 1 && '$name' in ['PerFeature1', 'Shared1']) {
                    probe.meet()            // waits for the other one: proof that both run at once
                    probe.event('met')
                }
                def orders = "orders-\$n"
                session.given {
                    replication(orders) { type FULL_LOAD_AND_CDC }
                    start orders
                    await(orders) { status RUNNING }
                    fault AccessDenied, on: 'StopReplication', resource: orders, times: 1
                }

                when:
                new MigrationOrchestrator(dms).stop(replication(orders).replicationConfigArn)

                then:
                journal.find(dmsCall('StopReplication').withResource(orders)).size() == 2
                journal.find(dmsCall('CreateReplicationConfig').withResource(orders)).size() == 1
                replication(orders).status in ['stopping', 'stopped']   // SHARED: other features move the clock too
                dms.describeReplicationConfigs {}.replicationConfigs()*.replicationConfigIdentifier().every {
                    '$lifecycle' == 'SHARED' || it == orders
                }

                where:
                n << (1..$FEATURES)
            }
        }
        """
    }

    private static List<DmsTestSession> sessions(Probe probe, String prefix) {
        probe.values().findAll { it.key.startsWith(prefix) }.values() as List<DmsTestSession>
    }
}
