package com.example.migration;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
// tag::imports[]
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static io.dmstestkit.wiremock.DmsResponses.describeReplications;
import static io.dmstestkit.wiremock.DmsResponses.replication;

import io.dmstestkit.simulator.DmsErrorCode;
import io.dmstestkit.wiremock.DmsResponses;
import io.dmstestkit.wiremock.DmsStubs;
// end::imports[]

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.AccessDeniedException;
import software.amazon.awssdk.services.databasemigration.model.Replication;

/** Static stubs: canned answers on a plain WireMock server, no simulator. */
class StaticStubsTest {

    @Test
    void canned_answers_one_poll_after_another() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        try (DatabaseMigrationClient dms = client(server.baseUrl())) {
            String arn = "arn:aws:dms:us-east-1:123456789012:replication-config:ORDERS";
            // tag::stubs[]
            server.stubFor(DmsStubs.operation("StopReplication")
                .withRequestBody(DmsStubs.requestMember("ReplicationConfigArn", equalTo(arn)))
                .willReturn(DmsResponses.error(DmsErrorCode.ACCESS_DENIED, "User is not authorized")));

            DmsStubs.sequence("DescribeReplications")                      // one answer per poll
                .then(describeReplications(replication().status("initializing")))
                .then(describeReplications(replication().status("running").fullLoadProgress(40)))
                .thenRepeat(describeReplications(replication().status("running").fullLoadProgress(100)))
                .registerOn(server);
            // end::stubs[]

            assertThrows(AccessDeniedException.class, () -> dms.stopReplication(r -> r.replicationConfigArn(arn)));
            List<String> seen = new ArrayList<>();
            for (int poll = 0; poll < 4; poll++) {
                Replication replication = dms.describeReplications(r -> {}).replications().get(0);
                seen.add(replication.status() + " " + (replication.replicationStats() == null
                        ? "-" : replication.replicationStats().fullLoadProgressPercent()));
            }
            assertEquals(List.of("initializing -", "running 40", "running 100", "running 100"), seen);
        } finally {
            server.stop();
        }
    }

    private static DatabaseMigrationClient client(String endpoint) {
        return DatabaseMigrationClient.builder()
                .endpointOverride(URI.create(endpoint))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "x")))
                .build();
    }
}
