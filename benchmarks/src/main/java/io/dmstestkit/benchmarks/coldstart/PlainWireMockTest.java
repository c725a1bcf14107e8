package io.dmstestkit.benchmarks.coldstart;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import java.net.URI;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/** The baseline: a plain {@code @WireMockTest} class stubbing one DMS call and making it with the SDK. */
@API(status = API.Status.INTERNAL)
@WireMockTest
public class PlainWireMockTest {

    @Test
    void one_stubbed_call(WireMockRuntimeInfo wireMock) {
        stubFor(post(urlPathEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("AmazonDMSv20160101.DescribeEndpoints"))
                .willReturn(okForContentType("application/x-amz-json-1.1", "{\"Endpoints\":[]}")));
        try (DatabaseMigrationClient dms = DatabaseMigrationClient.builder()
                .endpointOverride(URI.create(wireMock.getHttpBaseUrl()))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "x")))
                .build()) {
            if (!dms.describeEndpoints(r -> {}).endpoints().isEmpty()) {
                throw new AssertionError("the stub answers no endpoints");
            }
        }
    }
}
