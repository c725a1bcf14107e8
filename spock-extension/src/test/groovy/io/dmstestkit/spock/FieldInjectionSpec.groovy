package io.dmstestkit.spock

import spock.lang.Specification

import static io.dmstestkit.spock.SpecRuns.failures
import static io.dmstestkit.spock.SpecRuns.run

class FieldInjectionSpec extends Specification {

    def "fills a field of each injected type from the feature's session"() {
        when:
        def results = run('''
            @DmsScenario
            class AllTypes extends Specification {
                DatabaseMigrationClient client
                DatabaseMigrationAsyncClient asyncClient
                DmsSimulator simulator
                URI endpoint
                ScenarioRunner scenarioRunner
                DmsTestSession session
                DmsAdminClient adminClient
                DmsServer server

                def "sees them all, the clients in the session's account"() {
                    given:
                    session.given { replication('orders') { type FULL_LOAD } }

                    expect:
                    client.is(session.client())
                    asyncClient.is(session.asyncClient())
                    simulator.is(session.simulator())
                    endpoint == session.endpoint()
                    scenarioRunner.is(session.scenarioRunner())
                    adminClient.is(session.adminClient())
                    server.is(session.server())

                    and:
                    client.describeReplicationConfigs {}.replicationConfigs()*.replicationConfigIdentifier() == ['orders']
                    asyncClient.describeReplicationConfigs {}.get().replicationConfigs()*.replicationConfigIdentifier() == ['orders']
                    client.describeReplicationConfigs {}.replicationConfigs()[0].replicationConfigArn().contains(session.account())
                }
            }''')

        then:
        failures(results) == []
        results.testsSucceededCount == 1
    }

    def "field initializers and setup() see the injected values; a field with an initializer of its own keeps it"() {
        when:
        def results = run('''
            @DmsScenario
            class Initializers extends Specification {
                DmsTestSession session
                String account = session.account()
                URI endpoint = URI.create('http://example.invalid')
                String fromSetup

                def setup() {
                    fromSetup = session.region()
                }

                def "sees them"() {
                    expect:
                    account == session.account()
                    endpoint == URI.create('http://example.invalid')
                    fromSetup == 'us-east-1'
                }
            }''')

        then:
        failures(results) == []
        results.testsSucceededCount == 1
    }

    def "@Shared fields are filled before the shared initializers and setupSpec() run"() {
        when:
        def results = run('''
            @DmsScenario
            class SharedFields extends Specification {
                @Shared DmsSimulator simulator
                @Shared DmsTestSession specSession
                @Shared String sharedAccount = specSession.account()
                @Shared String fromSetupSpec

                def setupSpec() {
                    fromSetupSpec = specSession.region()
                }

                def "sees them"() {
                    expect:
                    simulator.is(specSession.simulator())
                    sharedAccount == specSession.account()
                    fromSetupSpec == 'us-east-1'
                }
            }''')

        then:
        failures(results) == []
        results.testsSucceededCount == 1
    }

    def "fields of other types, static fields and final fields are left alone"() {
        when:
        def results = run('''
            @DmsScenario
            class Others extends Specification {
                static DmsSimulator notMine
                final DmsTestSession fixed = null
                String name
                Object anything
                DmsTestSession session

                def "they stay as they were"() {
                    expect:
                    notMine == null
                    fixed == null
                    name == null
                    anything == null
                    session != null
                }
            }''')

        then:
        failures(results) == []
        results.testsSucceededCount == 1
    }

    def "an annotated superclass gives its fields, and the subclass's, a session"() {
        when:
        def results = run('''
            @DmsScenario(region = 'eu-west-1')
            abstract class Base extends Specification {
                DmsTestSession session
            }

            class Concrete extends Base {
                DatabaseMigrationClient client

                def "both are filled"() {
                    expect:
                    session.region() == 'eu-west-1'
                    client.is(session.client())
                }
            }''')

        then:
        failures(results) == []
        results.testsSucceededCount == 1
    }

    def "contradicting attributes fail the specification, naming it"() {
        when:
        def results = run('''
            @DmsScenario(mode = Mode.STATIC_STUBS)
            class Contradiction extends Specification {
                DmsTestSession session

                def "never runs"() {
                    expect: true
                }
            }''')

        then:
        results.testsSucceededCount == 0
        failures(results).any { it.contains('@DmsScenario on Contradiction') && it.contains('mode STATIC_STUBS needs transport HTTP') }
    }

    def "a specification-wide lifecycle on a feature method is refused"() {
        when:
        def results = run('''
            class FeatureWide extends Specification {
                DmsTestSession session

                @DmsScenario(lifecycle = Lifecycle.PER_CLASS)
                def "never runs"() {
                    expect: true
                }
            }''')

        then:
        results.testsSucceededCount == 0
        failures(results).any { it.contains("@DmsScenario(lifecycle = PER_CLASS) on feature method 'never runs'") }
    }
}
