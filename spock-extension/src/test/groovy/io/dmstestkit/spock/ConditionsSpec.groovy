package io.dmstestkit.spock

import org.opentest4j.AssertionFailedError
import org.spockframework.runtime.ConditionFailedWithExceptionError
import spock.lang.Shared
import spock.lang.Specification

import static io.dmstestkit.spock.SpecRuns.failures
import static io.dmstestkit.spock.SpecRuns.failuresOf
import static io.dmstestkit.spock.SpecRuns.run

class ConditionsSpec extends Specification {

    /** One run of the fixture; each feature below checks one of its features. */
    @Shared
    def results = run('''
        @DmsScenario
        class Conditions extends Specification implements DmsSpecSupport {
            DmsTestSession session

            def setup() {
                session.given {
                    replication('orders') { type FULL_LOAD; table 'public.orders', rows: 1_000 }
                    start 'orders'
                    await('orders') { status STOPPED; within 2.hours }    // a full load stops by itself
                }
            }

            def "SDK model fields read as properties"() {
                expect:
                replication('orders').status == 'stopped'
                replication('orders').stopReason == 'Stop Reason FULL_LOAD_ONLY_FINISHED'
                replication('orders').replicationStats.fullLoadProgressPercent == 100
                tableStatistics('orders')*.tableName == ['orders']
                tableStatistics('orders')*.fullLoadRows == [1_000L]
                statusHistory('orders')*.status().last() == 'stopped'
                journal.count('StartReplication') == 1
                journal.count('StopReplication') == 0
                dmsSession.is(session)
            }

            def "a status condition that fails"() {
                expect:
                replication('orders').status == 'running'
            }

            def "a journal condition that fails"() {
                expect:
                journal.count('StopReplication') == 2
            }

            def "a replication that does not exist"() {
                expect:
                replication('returns').status == 'stopped'
            }

            def "a mistyped replication"() {
                expect:
                replication('ordres').status == 'stopped'
            }

            def "an AssertJ assertion that fails"() {
                expect:
                assertThatReplication(session, 'orders').hasStopReason('NORMAL')
            }
        }''')

    def "SDK model fields read as properties, and the session's words answer"() {
        expect:
        failuresOf(results, 'SDK model fields read as properties') == []
    }

    def "a failed status condition shows the replication and its status"() {
        when:
        def failure = single('a status condition that fails')

        then: 'Spock shows the condition, the values, and the replication as the SDK prints it'
        failure instanceof AssertionError
        failure.message.contains("replication('orders').status == 'running'")
        failure.message.contains('stopped')
        failure.message.contains('Replication(ReplicationConfigIdentifier=orders')
    }

    def "a failed journal condition lists the calls the session's account made"() {
        when:
        def failure = single('a journal condition that fails')

        then:
        failure instanceof AssertionError
        failure.message.contains("journal.count('StopReplication') == 2")
        failure.message =~ /calls in account \d{12}: CreateEndpoint ×2, CreateReplicationConfig ×1, .*StartReplication ×1/
    }

    def "a replication that does not exist is named, with the session's account"() {
        when:
        def failure = single('a replication that does not exist')

        then:
        failure instanceof ConditionFailedWithExceptionError
        failure.cause instanceof AssertionFailedError
        failure.cause.message =~ /^No replication 'returns' in DMS test session \(account \d{12}, us-east-1, in-process\)\./
        failure.cause.message.contains('how to fix: create it under that name')
    }

    def "a mistyped replication is answered with the closest one of the session, as in scenario files"() {
        when:
        def failure = single('a mistyped replication')

        then:
        failure.cause instanceof AssertionFailedError
        failure.cause.message =~ /^No replication 'ordres' in DMS test session \(account \d{12}, us-east-1, in-process\)\.\n/
        failure.cause.message.contains("how to fix: did you mean 'orders'?")
    }

    def "DmsAssertions work in then: blocks, with their own messages"() {
        when:
        def failure = single('an AssertJ assertion that fails')

        then:
        failure instanceof ConditionFailedWithExceptionError
        failure.cause instanceof AssertionFailedError
        failure.cause.message.startsWith("Replication 'orders' did not stop for reason 'Stop Reason NORMAL'.")
        failure.cause.message.contains('history: 00:00:00 created → ')
    }

    def "the fixture failed only where it meant to"() {
        expect:
        results.testsFailedCount == 5
        results.testsSucceededCount == 1
    }

    private Throwable single(String feature) {
        List<Throwable> failed = failuresOf(results, feature)
        assert failed.size() == 1: failures(results)
        failed[0]
    }
}
