package io.dmstestkit.spock

import io.dmstestkit.testcore.report.TestReports
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path

import static io.dmstestkit.spock.SpecRuns.failuresOf
import static io.dmstestkit.spock.SpecRuns.run

/** {@code @DmsScenario(reportDir = …)}: one page per run, a section per feature, failures name the page. */
class HtmlReportSpec extends Specification {

    static final String DIRECTORY = 'target/dms-reports/spock-fixtures'

    def "a report has a section per feature, and a failure names it"() {
        when:
        def results = run("""
        @DmsScenario(reportDir = '$DIRECTORY')
        class Reported extends Specification implements DmsSpecSupport {
            DmsTestSession session

            def setup() {
                session.given {
                    replication('orders') { type FULL_LOAD_AND_CDC }
                    start 'orders'
                }
            }

            def "the replication runs"() {
                expect:
                replication('orders') != null
            }

            def "the replication stopped"() {
                expect:
                replication('orders').status == 'stopped'
            }
        }""")
        Path report = Path.of(DIRECTORY, TestReports.FILE_NAME).toAbsolutePath()
        def failure = failuresOf(results, 'the replication stopped')[0]
        TestReports.flush()
        String html = Files.readString(report)

        then:
        results.testsSucceededCount == 1
        results.testsFailedCount == 1
        failure instanceof AssertionError
        failure.message.contains("replication('orders').status == 'stopped'")
        failure.message.contains("DMS report: $report#s")
        html.contains('Reported › the replication runs')
        html.contains('Reported › the replication stopped')
        html.contains('class="scenario pass"')
        html.contains('class="scenario fail"')
        html.contains('data-resource="orders"')
        html.contains('StartReplication')
    }
}
