package io.dmstestkit.examples.features;

import static io.dmstestkit.dsl.Dsl.AccessDenied;
import static io.dmstestkit.dsl.Dsl.NORMAL;
import static io.dmstestkit.dsl.Dsl.STOPPED;
import static io.dmstestkit.dsl.Dsl.scenario;
import static io.dmstestkit.junit.DmsAssertions.assertThat;
import static java.time.Duration.ofHours;
import static java.time.Duration.ofMinutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.dsl.DmsTargets;
import io.dmstestkit.dsl.ScenarioRunner;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.JournalEntry;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.wiremock.DmsAdminClient;
import io.dmstestkit.wiremock.DmsServer;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.AccessDeniedException;

/**
 * A standalone dms-testkit server, reached only through its URI: DMS calls through the SDK, the clock,
 * faults and the journal through the admin API ({@code /__admin/dms/}). In CI the server is often
 * {@code ./dms-testkit serve} or {@code java -jar dms-testkit-server.jar} in another process; here the test
 * starts one on a free port, then uses nothing but the URI.
 */
class RemoteServerExample {

    private DmsServer server;
    private URI endpoint;

    @BeforeEach
    void start_a_server() {
        server = DmsServer.builder().port(0).clock(SimulatedClock.manual()).start();
        endpoint = server.baseUri();
    }

    @AfterEach
    void stop_the_server() {
        server.close();
    }

    @Test
    void a_scenario_runs_against_the_server_through_the_admin_api() {
        ScenarioRunner remote = new ScenarioRunner(DmsTargets.remote(endpoint)); // finds the admin API

        assertThat(remote.run(scenario("orders over HTTP")
                        .replication("orders", r -> r.table("public.orders", 100_000))
                        .start("orders")
                        .await("orders", a -> a.fullLoad(100).within(ofHours(1))) // advances the server's clock
                        .fault(AccessDenied, f -> f.on("StopReplication").times(1))
                        .stop("orders", s -> s.expectError(AccessDenied))
                        .stop("orders")
                        .await("orders", a -> a.status(STOPPED).within(ofMinutes(10)))
                        .expect("orders", e -> e.stopReason(NORMAL))
                        .build()))
                .passed();
        assertThat(DmsAdminClient.of(endpoint).journal("StopReplication"))
                .extracting(entry -> entry.errorCode().orElse("ok"))
                .containsExactly("AccessDeniedFault", "ok");
    }

    @Test
    void the_admin_api_arms_faults_and_moves_the_clock() {
        DmsAdminClient admin = DmsAdminClient.of(endpoint);
        String fault = admin.arm(
                DmsFault.error("AccessDenied").on("DescribeEndpoints").times(1).build());
        Instant before = admin.now();

        try (DatabaseMigrationClient dms = DatabaseMigrationClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(
                        StaticCredentialsProvider.create(AwsBasicCredentials.create("123456789012", "secret")))
                .build()) {
            assertThatThrownBy(() -> dms.describeEndpoints(r -> {})).isInstanceOf(AccessDeniedException.class);
            dms.describeEndpoints(r -> {});
        }

        assertThat(admin.advance(ofMinutes(30))).isEqualTo(before.plus(ofMinutes(30)));
        assertThat(admin.journal("DescribeEndpoints"))
                .extracting(JournalEntry::faultId)
                .containsExactly(java.util.Optional.of(fault), java.util.Optional.empty());
        admin.reset(); // drops resources, faults and the journal: the next test starts clean
        assertThat(admin.journal()).isEmpty();
    }
}
