package io.dmstestkit.benchmarks.coldstart

import io.dmstestkit.spock.DmsScenario
import org.apiguardian.api.API
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient
import software.amazon.awssdk.services.databasemigration.model.DescribeEndpointsRequest
import spock.lang.Specification

/** The first Spock {@code @DmsScenario} spec of a fresh JVM: one DMS call, what a user's first spec pays. */
@API(status = API.Status.INTERNAL)
@DmsScenario
class FirstDmsScenarioSpec extends Specification {

    DatabaseMigrationClient dms

    def "one call"() {
        expect:
        dms.describeEndpoints(DescribeEndpointsRequest.builder().build()).endpoints().isEmpty()
    }
}
