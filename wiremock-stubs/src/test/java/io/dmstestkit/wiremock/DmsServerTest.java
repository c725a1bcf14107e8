package io.dmstestkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.simulator.DmsSimulator;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.SimulatorSettings;
import io.dmstestkit.wiremock.internal.LazyProxyClients;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

class DmsServerTest {

    @Test
    void should_answer_dms_on_a_free_loopback_port() {
        try (DmsServer server = DmsServer.builder().start();
                DatabaseMigrationClient client = HttpTestClients.syncClient(server.baseUri())) {

            assertThat(server.port()).isPositive();
            assertThat(server.baseUri()).hasToString("http://127.0.0.1:" + server.port());
            assertThat(client.describeEndpoints(r -> {}).endpoints()).isEmpty();
        }
    }

    @Test
    void should_serve_the_simulator_it_was_given() {
        DmsSimulator simulator = DmsSimulator.create();
        try (DmsServer server = DmsServer.builder().simulator(simulator).start();
                DatabaseMigrationClient client = HttpTestClients.syncClient(server.baseUri())) {

            client.createEndpoint(
                    r -> r.endpointIdentifier("given").endpointType("target").engineName("mysql"));

            assertThat(server.simulator()).isSameAs(simulator);
        }
    }

    @Test
    void should_build_a_simulator_from_settings_and_clock() {
        SimulatorSettings settings =
                SimulatorSettings.builder().defaultRegion("eu-west-1").build();
        SimulatedClock clock = SimulatedClock.manual();

        try (DmsServer server =
                DmsServer.builder().settings(settings).clock(clock).start()) {

            assertThat(server.simulator().settings()).isEqualTo(settings);
            assertThat(server.simulator().clock()).isSameAs(clock);
        }
    }

    @Test
    void should_refuse_a_simulator_together_with_settings_for_a_new_one() {
        DmsServer.Builder builder =
                DmsServer.builder().simulator(DmsSimulator.create()).settings(SimulatorSettings.defaults());

        assertThatThrownBy(builder::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("either a simulator or settings/clock");
    }

    @Test
    void should_refuse_ports_outside_the_tcp_range() {
        assertThatThrownBy(() -> DmsServer.builder().port(65_536))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65536");
        assertThatThrownBy(() -> DmsServer.builder().port(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_let_users_add_their_own_stubs_and_apply_wiremock_options() {
        try (DmsServer server = DmsServer.builder()
                .wireMockOptions(options -> options.maxRequestJournalEntries(5))
                .start()) {
            server.wireMock().stubFor(get("/health").willReturn(ok()));

            assertThat(HttpTestClients.rawGet(HttpTestClients.rawClient(), server.baseUri(), "/health")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(server.wireMock().getOptions().maxRequestJournalEntries())
                    .hasValue(5);
        }
    }

    @Test
    void should_proxy_a_users_proxy_stub_with_the_client_it_builds_on_first_use() {
        try (DmsServer target = DmsServer.builder().start();
                DmsServer server = DmsServer.builder().start()) {
            target.wireMock().stubFor(get("/upstream").willReturn(ok("from the target")));
            server.wireMock()
                    .stubFor(get("/upstream")
                            .willReturn(aResponse().proxiedFrom(target.baseUri().toString())));

            var answer = HttpTestClients.rawGet(HttpTestClients.rawClient(), server.baseUri(), "/upstream");

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("from the target");
            assertThat(server.wireMock().getOptions().httpClientFactory()).isInstanceOf(LazyProxyClients.class);
        }
    }

    @Test
    void should_fail_to_start_on_a_taken_port() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            DmsServer.Builder builder = DmsServer.builder().port(taken.getLocalPort());

            assertThatThrownBy(builder::start).hasStackTraceContaining("bind");
        }
    }

    @Test
    void should_stop_when_closed_and_ignore_a_second_close() {
        DmsServer server = DmsServer.builder().start();

        server.close();
        server.close();

        assertThat(server.wireMock().isRunning()).isFalse();
    }
}
