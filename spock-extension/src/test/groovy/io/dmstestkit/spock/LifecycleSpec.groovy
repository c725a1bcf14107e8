package io.dmstestkit.spock

import io.dmstestkit.testcore.DmsTestSession
import org.spockframework.runtime.model.parallel.Resources
import spock.lang.ResourceLock
import spock.lang.Specification

import static io.dmstestkit.spock.SpecRuns.failures
import static io.dmstestkit.spock.SpecRuns.run

class LifecycleSpec extends Specification {

    def "a @Shared field gets one session for the whole specification; other fields one per feature"() {
        given:
        def probe = new Probe()

        when:
        def results = run('''
            @DmsScenario
            class SharedAndPerFeature extends Specification {
                static Probe probe
                @Shared DmsTestSession specSession
                DmsTestSession session

                def "first"() {
                    probe['first: spec'] = specSession
                    probe['first: feature'] = session
                    expect: true
                }

                def "second"() {
                    probe['second: spec'] = specSession
                    probe['second: feature'] = session
                    expect: true
                }
            }''', probe)

        then:
        failures(results) == []
        probe['first: spec'].is(probe['second: spec'])
        !probe['first: feature'].is(probe['second: feature'])
        sessions(probe).collect { it.simulator() }.toSet().size() == 3
    }

    def "features do not see each other's resources"() {
        when:
        def results = run('''
            @DmsScenario
            class Isolated extends Specification {
                DmsTestSession session

                def "first creates orders"() {
                    given:
                    session.given { replication('orders') { type FULL_LOAD } }

                    expect:
                    session.replication('orders').present
                }

                def "second finds none"() {
                    expect:
                    !session.replication('orders').present
                    session.simulator().journal().entries().empty
                }
            }''')

        then:
        failures(results) == []
        results.testsSucceededCount == 2
    }

    def "with lifecycle PER_CLASS every field gets the specification's session, and resources stay across features"() {
        given:
        def probe = new Probe()

        when:
        def results = run('''
            @DmsScenario(lifecycle = Lifecycle.PER_CLASS)
            @Stepwise
            class PerClass extends Specification {
                static Probe probe
                @Shared DmsTestSession specSession
                DmsTestSession session

                def "first creates orders"() {
                    probe['first'] = session
                    given:
                    session.given { replication('orders') { type FULL_LOAD } }
                    expect:
                    session.is(specSession)
                }

                def "second still sees it"() {
                    probe['second'] = session
                    expect:
                    session.replication('orders').present
                }
            }''', probe)

        then:
        failures(results) == []
        probe['first'].is(probe['second'])
    }

    def "with lifecycle SHARED specifications share one simulator, each in an account of its own, until the run ends"() {
        given:
        def probe = new Probe()

        when:
        def results = run('''
            @DmsScenario(lifecycle = Lifecycle.SHARED)
            class First extends Specification {
                static Probe probe
                DmsTestSession session
                def "runs"() {
                    probe['first'] = session
                    session.given { replication('orders') { type FULL_LOAD } }
                    expect: session.replication('orders').present
                }
            }

            @DmsScenario(lifecycle = Lifecycle.SHARED)
            class Second extends Specification {
                static Probe probe
                DmsTestSession session
                def "runs"() {
                    probe['second'] = session
                    expect: !session.replication('orders').present
                }
            }

            @DmsScenario(lifecycle = Lifecycle.SHARED, region = 'eu-west-1')
            class OtherSettings extends Specification {
                static Probe probe
                DmsTestSession session
                def "runs"() {
                    probe['other'] = session
                    expect: true
                }
            }''', probe)
        DmsTestSession first = probe['first'], second = probe['second'], other = probe['other']

        then:
        failures(results) == []
        first.simulator().is(second.simulator())
        first.account() != second.account()
        !other.simulator().is(first.simulator())

        and: 'the run closed the shared backend'
        closed(first)
        closed(other)
    }

    def "each iteration of a data-driven feature gets a session of its own"() {
        given:
        def probe = new Probe()

        when:
        def results = run('''
            @DmsScenario
            class DataDriven extends Specification {
                static Probe probe
                DmsTestSession session

                def "iteration #n"() {
                    probe["iteration $n"] = session
                    session.given { replication("orders-$n") { type FULL_LOAD } }
                    expect:
                    session.simulator().journal().count('CreateReplicationConfig') == 1
                    where:
                    n << [1, 2, 3]
                }
            }''', probe)

        then:
        failures(results) == []
        results.testsSucceededCount == 4 // the feature, and its three iterations
        sessions(probe).collect { it.simulator() }.toSet().size() == 3
    }

    def "an annotation on a feature method gives that feature a session of its own, with its settings"() {
        given:
        def probe = new Probe()

        when:
        def results = run('''
            @DmsScenario(lifecycle = Lifecycle.PER_CLASS)
            class FeatureOverride extends Specification {
                static Probe probe
                @Shared DmsTestSession specSession
                DmsTestSession session

                def "uses the specification's"() {
                    probe['plain'] = session
                    expect: session.is(specSession)
                }

                @DmsScenario(region = 'eu-west-1')
                def "uses its own"() {
                    probe['own'] = session
                    expect:
                    !session.is(specSession)
                    session.region() == 'eu-west-1'
                }
            }''', probe)

        then:
        failures(results) == []
        results.testsSucceededCount == 2
        closed(probe['own'])
    }

    def "sessions close after the fixtures that may use them: a feature's after cleanup(), the specification's after cleanupSpec()"() {
        given:
        def probe = new Probe()

        when:
        def results = run('''
            @DmsScenario
            class Closing extends Specification {
                static Probe probe
                @Shared DmsTestSession specSession
                DmsTestSession session

                def "runs"() {
                    probe['feature'] = session
                    expect: true
                }

                def cleanup() {
                    session.client().describeReplicationConfigs {}
                    probe.event('feature session open in cleanup()')
                }

                def cleanupSpec() {
                    try {
                        probe['feature'].endpoint()
                    } catch (IllegalStateException closed) {
                        probe.event('feature session closed before cleanupSpec()')
                    }
                    specSession.client().describeReplicationConfigs {}
                    probe.event('specification session open in cleanupSpec()')
                }
            }''', probe)

        then:
        failures(results) == []
        probe.events() == ['feature session open in cleanup()', 'feature session closed before cleanupSpec()',
                           'specification session open in cleanupSpec()']
    }

    def "skipped specifications and features open no session"() {
        when: 'every session these would open fails, for want of its scenario file'
        def results = run('''
            @DmsScenario(files = 'stages/no-such-file.dms.yaml', lifecycle = Lifecycle.PER_CLASS)
            @Ignore
            class Skipped extends Specification {
                @Shared DmsTestSession session

                def "skipped"() {
                    expect: false
                }
            }

            @DmsScenario(files = 'stages/no-such-file.dms.yaml')
            class AllFeaturesSkipped extends Specification {
                DmsTestSession session

                @Ignore
                def "skipped"() {
                    expect: false
                }
            }

            class OneFeatureSkipped extends Specification {
                DmsTestSession session

                @Ignore
                @DmsScenario(files = 'stages/no-such-file.dms.yaml')
                def "skipped"() {
                    expect: false
                }

                @DmsScenario
                def "runs"() {
                    expect: session != null
                }
            }''')

        then:
        failures(results) == []
        results.testsSkippedCount == 2
        results.containersSkippedCount == 1
        results.testsSucceededCount == 1
    }

    def "scenario files set the stage in the session's account"() {
        when:
        def results = run('''
            @DmsScenario(files = 'stages/orders-running.dms.yaml')
            class Staged extends Specification {
                DmsTestSession session

                def "finds orders running, its first stop refused"() {
                    expect:
                    session.replication('orders').get().status() == 'running'
                    session.scenarioResults()*.passed() == [true]
                }
            }''')

        then:
        failures(results) == []
        results.testsSucceededCount == 1
    }

    def "a scenario file that fails fails the feature with the scenario's message, file and line"() {
        when:
        def results = run('''
            @DmsScenario(files = 'stages/orders-never-runs.dms.yaml')
            class Impatient extends Specification {
                DmsTestSession session

                def "never runs"() {
                    expect: false
                }
            }''')
        def failure = SpecRuns.failuresOf(results, 'never runs')

        then:
        failure.size() == 1
        failure[0] instanceof io.dmstestkit.dsl.ScenarioFailedError
        failure[0].message.contains("Scenario 'orders too impatient' failed")
        failure[0].message.contains("did not reach status 'running' within 1m (virtual)")
        failure[0].message.contains('at stages/orders-never-runs.dms.yaml:8')
    }

    @ResourceLock(Resources.SYSTEM_PROPERTIES)
    def "systemProperties points clients the code under test builds itself at the session, while it is open"() {
        given:
        def before = System.getProperty(DmsTestSession.ENDPOINT_PROPERTY)

        when:
        def results = run('''
            @DmsScenario(systemProperties = true)
            class OwnClients extends Specification {
                DmsTestSession session

                def "an unmodified client reaches the simulator, in the session's account"() {
                    given:
                    session.given { replication('orders') { type FULL_LOAD } }
                    def own = software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient.create()

                    expect:
                    System.getProperty(DmsTestSession.ENDPOINT_PROPERTY) == session.endpoint().toString()
                    own.describeReplicationConfigs {}.replicationConfigs()*.replicationConfigIdentifier() == ['orders']

                    cleanup:
                    own?.close()
                }
            }''')

        then:
        failures(results) == []
        results.testsSucceededCount == 1
        System.getProperty(DmsTestSession.ENDPOINT_PROPERTY) == before
    }

    private static List<DmsTestSession> sessions(Probe probe) {
        probe.values().values().findAll { it instanceof DmsTestSession } as List<DmsTestSession>
    }

    /** A closed backend refuses to start a server; an open one would start it. */
    private static boolean closed(DmsTestSession session) {
        try {
            session.server()
            false
        } catch (IllegalStateException expected) {
            true
        }
    }
}
