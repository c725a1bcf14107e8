package io.dmstestkit.spock

import io.dmstestkit.dsl.ScenarioFailedError
import io.dmstestkit.dsl.ScenarioLoadException
import io.dmstestkit.dsl.ScenarioLoader
import spock.lang.Specification

import static io.dmstestkit.spock.SpecRuns.failures
import static io.dmstestkit.spock.SpecRuns.failuresOf
import static io.dmstestkit.spock.SpecRuns.run

class GivenDslSpec extends Specification {

    def "a fault armed in session.given { } meets the code under test, which retries"() {
        when:
        def results = run('''
            @DmsScenario
            class RefusedStop extends Specification {
                DatabaseMigrationClient dms
                DmsTestSession session

                def "a refused stop is retried"() {
                    given:
                    session.given {
                        replication('orders') { type FULL_LOAD_AND_CDC; table 'public.orders', rows: 10_000 }
                        start 'orders'
                        await('orders') { status RUNNING; within 1.hour }
                        fault AccessDenied, on: 'StopReplication', times: 1
                    }
                    def arn = session.replication('orders').get().replicationConfigArn()

                    when:
                    new MigrationOrchestrator(dms).stop(arn)

                    then:
                    session.journal.count('StopReplication') == 2
                    session.journal.entries('StopReplication')*.errorCode()*.orElse(null) == ['AccessDeniedFault', null]
                    session.replication('orders').get().status() == 'stopping'
                }
            }''')

        then:
        failures(results) == []
        results.testsSucceededCount == 1
    }

    def "simulator.given { } runs in the account of the running feature's session"() {
        when:
        def results = run('''
            @DmsScenario(lifecycle = Lifecycle.SHARED)
            class OnTheSimulator extends Specification {
                DmsSimulator simulator
                DmsTestSession session

                def "lands in the session's account, not the simulator's default one"() {
                    given:
                    simulator.given { replication('orders') { type FULL_LOAD } }

                    expect:
                    session.replication('orders').present
                    session.journal.count('CreateReplicationConfig') == 1
                }
            }

            @DmsScenario
            class SharedAndOwn extends Specification {
                @Shared DmsSimulator sharedSimulator
                @Shared DmsTestSession specSession
                DmsSimulator simulator
                DmsTestSession session

                def "each simulator finds its own session"() {
                    given:
                    sharedSimulator.given('shared stage') { replication('spec-wide') { type FULL_LOAD } }
                    simulator.given('feature stage') { replication('feature-only') { type FULL_LOAD } }

                    expect:
                    specSession.replication('spec-wide').present
                    !specSession.replication('feature-only').present
                    session.replication('feature-only').present
                    !session.replication('spec-wide').present
                }
            }''')

        then:
        failures(results) == []
        results.testsSucceededCount == 2
    }

    def "the block sees local and data variables"() {
        when:
        def results = run('''
            @DmsScenario
            class Variables extends Specification {
                DmsTestSession session

                def "#name with #rows rows"() {
                    given:
                    def tables = ['public.orders', 'public.order_lines']
                    session.given {
                        replication(name) { type FULL_LOAD; tables.each { t -> table t, rows: rows } }
                    }

                    expect:
                    session.replication(name).present

                    where:
                    name      | rows
                    'orders'  | 10
                    'returns' | 20
                }
            }''')

        then:
        failures(results) == []
    }

    def "a step that fails fails the feature with the scenario's message and the specification's line"() {
        when:
        def results = run('''
            @DmsScenario
            class FailingStage extends Specification {
                DmsTestSession session

                def "never gets past given"() {
                    given:
                    session.given('orders too impatient') {
                        replication('orders') { type FULL_LOAD }
                        start 'orders'
                        await('orders') { status RUNNING; within 1.minute }
                    }

                    expect:
                    false
                }
            }''')
        def failure = failuresOf(results, 'never gets past given')

        then:
        failure.size() == 1
        failure[0] instanceof ScenarioFailedError
        failure[0].message.startsWith("Scenario 'orders too impatient' failed")
        failure[0].message.contains("did not reach status 'running' within 1m (virtual)")
        failure[0].message =~ /at Script_\w+\.groovy:1[0-3]\b/
    }

    def "simulator.given { } outside a @DmsScenario specification says what to do instead"() {
        when:
        def results = run('''
            class NoAnnotation extends Specification {
                def "has no session"() {
                    given:
                    DmsSimulator.create().given { replication('orders') { type FULL_LOAD } }
                    expect: true
                }
            }''')

        then:
        failures(results).size() == 1
        failures(results)[0].startsWith("simulator.given { } runs in the account of the running feature's DMS session, and there is none here")
    }

    def "a misspelled word in given { } is explained as in a scenario file: #typo"() {
        given:
        def source = """
            @DmsScenario
            class Typo extends Specification {
                DmsSimulator simulator

                def "misspells a word"() {
                    given:
                    simulator.given {
                        ${block}
                    }

                    expect:
                    true
                }
            }"""
        def typoLine = source.readLines().findIndexOf { it.contains(typo) }   // the source opens with a blank line the compiler drops
        def inFile = failureOf("scenario('given') {\n${block}\n}")

        when:
        def failure = failuresOf(run(source), 'misspells a word')

        then:
        failure.size() == 1
        failure[0] instanceof ScenarioLoadException
        failure[0].source().line() == typoLine
        failure[0].source().file() ==~ /Script_\w+\.groovy/
        failure[0].problem() == inFile.problem()
        failure[0].hint() == inFile.hint()
        failure[0].message.contains(message)

        where:
        typo   | block                                                          || message
        'stpo' | "replication('orders') { type FULL_LOAD }; stpo 'orders'"     || "unknown word 'stpo' in a scenario block\n  did you mean 'stop'?"
        'tpye' | "replication('orders') { tpye FULL_LOAD }"                     || "unknown word 'tpye' in a replication block\n  did you mean 'type'?"
        'strat'| "replication('orders') { type FULL_LOAD }; strat"              || "unknown word 'strat' in a scenario block\n  did you mean 'start'?"
    }

    private static ScenarioLoadException failureOf(String script) {
        try {
            ScenarioLoader.read(script, 'typo.dms.groovy', [:])
        } catch (ScenarioLoadException e) {
            return e
        }
        throw new AssertionError("the script loaded: ${script}")
    }
}
