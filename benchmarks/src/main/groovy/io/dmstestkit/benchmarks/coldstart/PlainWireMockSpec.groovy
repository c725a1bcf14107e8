package io.dmstestkit.benchmarks.coldstart

import com.github.tomakehurst.wiremock.WireMockServer
import org.apiguardian.api.API
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider
import software.amazon.awssdk.regions.Region
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient
import software.amazon.awssdk.services.databasemigration.model.DescribeEndpointsRequest
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType
import static com.github.tomakehurst.wiremock.client.WireMock.post
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options

/** The Spock baseline: a plain spec with a WireMock server stubbing one DMS call, made with the SDK. */
@API(status = API.Status.INTERNAL)
class PlainWireMockSpec extends Specification {

    @Shared
    @AutoCleanup('stop')
    WireMockServer wireMock = new WireMockServer(options().dynamicPort())

    def setupSpec() {
        wireMock.start()
    }

    def "one stubbed call"() {
        given:
        wireMock.stubFor(post(urlPathEqualTo('/'))
                .withHeader('X-Amz-Target', equalTo('AmazonDMSv20160101.DescribeEndpoints'))
                .willReturn(okForContentType('application/x-amz-json-1.1', '{"Endpoints":[]}')))
        DatabaseMigrationClient dms = DatabaseMigrationClient.builder()
                .endpointOverride(URI.create(wireMock.baseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create('123456789012', 'x')))
                .build()

        expect:
        dms.describeEndpoints(DescribeEndpointsRequest.builder().build()).endpoints().isEmpty()

        cleanup:
        dms?.close()
    }
}
