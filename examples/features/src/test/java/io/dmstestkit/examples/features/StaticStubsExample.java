package io.dmstestkit.examples.features;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.dmstestkit.wiremock.DmsResponses.describeReplications;
import static io.dmstestkit.wiremock.DmsResponses.replication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.dmstestkit.junit.DmsScenario;
import io.dmstestkit.simulator.DmsErrorCode;
import io.dmstestkit.testcore.Mode;
import io.dmstestkit.testcore.Transport;
import io.dmstestkit.wiremock.DmsResponses;
import io.dmstestkit.wiremock.DmsServer;
import io.dmstestkit.wiremock.DmsStubs;
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

/**
 * Static stubs: canned answers instead of a simulated DMS, for teams that want to script each answer.
 * With {@code @DmsScenario(mode = STATIC_STUBS)} the shipped mappings answer in front of the simulator;
 * {@code DmsStubs} also works on a plain WireMock server of your own.
 */
class StaticStubsExample {

    @Test
    @DmsScenario(mode = Mode.STATIC_STUBS, transport = Transport.HTTP)
    void canned_answers_come_first_and_your_own_stubs_add_to_them(DatabaseMigrationClient dms, DmsServer server) {
        Replication canned = dms.describeReplications(r -> {}).replications().get(0); // dms-stubs mapping

        assertThat(canned.replicationConfigIdentifier()).isEqualTo("orders-cutover");
        assertThat(canned.status()).isEqualTo("running");

        server.wireMock()
                .stubFor(DmsStubs.operation("StopReplication")
                        .willReturn(DmsResponses.error(DmsErrorCode.ACCESS_DENIED, "not authorized to stop")));
        assertThatThrownBy(() -> dms.stopReplication(r -> r.replicationConfigArn(canned.replicationConfigArn())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_plain_wiremock_answers_one_poll_after_another() {
        WireMockServer wireMock = new WireMockServer(options().dynamicPort());
        wireMock.start();
        try (DatabaseMigrationClient dms = client(URI.create(wireMock.baseUrl()))) {
            DmsStubs.sequence("DescribeReplications")
                    .then(describeReplications(
                            replication().identifier("orders").status("initializing")))
                    .then(describeReplications(
                            replication().identifier("orders").status("running").fullLoadProgress(40)))
                    .thenRepeat(describeReplications(
                            replication().identifier("orders").status("running").fullLoadProgress(100)))
                    .registerOn(wireMock);

            List<String> seen = new ArrayList<>();
            for (int poll = 0; poll < 4; poll++) {
                Replication r = dms.describeReplications(q -> {}).replications().get(0);
                seen.add(r.status() + " "
                        + (r.replicationStats() == null
                                ? "-"
                                : r.replicationStats().fullLoadProgressPercent()));
            }

            assertThat(seen).containsExactly("initializing -", "running 40", "running 100", "running 100");
        } finally {
            wireMock.stop();
        }
    }

    private static DatabaseMigrationClient client(URI endpoint) {
        return DatabaseMigrationClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("key", "secret")))
                .build();
    }
}
