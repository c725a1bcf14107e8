package io.dmstestkit.testcore;

import static io.dmstestkit.dsl.Dsl.FULL_LOAD;
import static io.dmstestkit.dsl.Dsl.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dmstestkit.dsl.ScenarioFailedError;
import io.dmstestkit.simulator.DmsFault;
import io.dmstestkit.simulator.JournalEntry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;
import software.amazon.awssdk.services.databasemigration.model.ResourceNotFoundException;

class DmsTestSessionTest {

    @ParameterizedTest
    @EnumSource(Transport.class)
    void should_give_clients_that_back_off_in_virtual_time(Transport transport) {
        try (DmsTestSession session = DmsTestSession.open(
                DmsTestSettings.builder().transport(transport).build())) {
            session.simulator()
                    .faults()
                    .arm(DmsFault.error("Throttling")
                            .on("DescribeReplicationConfigs")
                            .times(2)
                            .build());
            Instant start = session.simulator().clock().now();

            session.client().describeReplicationConfigs(r -> {}); // the SDK's third attempt is answered

            List<Instant> attempts = session.simulator().journal().entries("DescribeReplicationConfigs").stream()
                    .map(JournalEntry::virtualTime)
                    .toList();
            assertThat(attempts).hasSize(3).first().isEqualTo(start);
            assertThat(attempts.get(1)).isAfter(attempts.get(0));
            assertThat(attempts.get(2)).isAfter(attempts.get(1));
            assertThat(session.simulator().clock().now()).isEqualTo(attempts.get(2));
        }
    }

    @Test
    void should_give_each_session_on_a_shared_backend_its_own_account() {
        DmsTestSettings settings = DmsTestSettings.defaults();
        try (DmsBackend backend = DmsBackend.start(settings);
                DmsTestSession first = DmsTestSession.open(settings, backend);
                DmsTestSession second = DmsTestSession.open(settings, backend)) {
            first.scenarioRunner()
                    .run(scenario("first")
                            .replication("orders", r -> r.type(FULL_LOAD))
                            .build())
                    .assertPassed();

            assertThat(first.account()).matches("\\d{12}").isNotEqualTo(second.account());
            assertThat(first.client().describeReplicationConfigs(r -> {}).replicationConfigs())
                    .hasSize(1);
            assertThat(second.client().describeReplicationConfigs(r -> {}).replicationConfigs())
                    .isEmpty();
            assertThat(first.simulator()).isSameAs(second.simulator());
        }
    }

    @Test
    void should_use_its_account_as_the_simulators_default_on_a_backend_of_its_own() {
        try (DmsTestSession session = DmsTestSession.open(DmsTestSettings.defaults())) {
            session.scenarioRunner()
                    .run(scenario("given")
                            .replication("orders", r -> r.type(FULL_LOAD))
                            .start("orders")
                            .build());

            assertThat(session.simulator().replication("orders")).isPresent();
            assertThat(session.replication("orders")).isPresent();
        }
    }

    @Test
    void should_use_the_configured_account_and_region() {
        DmsTestSettings settings = DmsTestSettings.builder()
                .account("123456789012")
                .region("eu-central-1")
                .build();
        try (DmsTestSession session = DmsTestSession.open(settings)) {
            session.client().describeEndpoints(r -> {});

            assertThat(session.simulator().journal().entries()).singleElement().satisfies(call -> {
                assertThat(call.account()).isEqualTo("123456789012");
                assertThat(call.region()).isEqualTo("eu-central-1");
            });
        }
    }

    @Test
    void should_close_clients_and_stop_its_server() throws Exception {
        DmsTestSession session = DmsTestSession.open(
                DmsTestSettings.builder().transport(Transport.HTTP).build());
        DatabaseMigrationClient client = session.client();
        URI endpoint = session.endpoint();
        client.describeEndpoints(r -> {});

        session.close();
        session.close(); // a second close does nothing

        assertThatThrownBy(() -> client.describeEndpoints(r -> {})).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> HttpClient.newHttpClient()
                        .send(HttpRequest.newBuilder(endpoint).build(), HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(session::asyncClient).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void should_leave_a_shared_backend_running_when_it_closes() {
        DmsTestSettings settings =
                DmsTestSettings.builder().transport(Transport.HTTP).build();
        try (DmsBackend backend = DmsBackend.start(settings)) {
            DmsTestSession.open(settings, backend).close();

            try (DmsTestSession next = DmsTestSession.open(settings, backend)) {
                next.client().describeEndpoints(r -> {});
            }
        }
    }

    @Test
    void should_keep_the_faults_a_scenario_armed_until_it_closes_and_only_for_its_account() {
        DmsTestSettings settings = DmsTestSettings.defaults();
        try (DmsBackend backend = DmsBackend.start(settings);
                DmsTestSession other = DmsTestSession.open(settings, backend)) {
            DmsTestSession session = DmsTestSession.open(settings, backend);
            session.scenarioRunner()
                    .run(scenario("faulty")
                            .fault("ResourceNotFound", f -> f.on("DescribeEndpoints"))
                            .build());

            assertThatThrownBy(() -> session.client().describeEndpoints(r -> {}))
                    .isInstanceOf(ResourceNotFoundException.class);
            other.client().describeEndpoints(r -> {});

            session.close();
            assertThat(backend.simulator().faults().list()).isEmpty();
        }
    }

    @Test
    void should_close_what_it_opened_when_a_scenario_file_fails() {
        DmsTestSettings settings = DmsTestSettings.builder()
                .transport(Transport.HTTP)
                .scenarioFiles("stages/orders-never-runs.dms.yaml")
                .build();
        try (DmsBackend backend = DmsBackend.start(settings)) {
            assertThatThrownBy(() -> DmsTestSession.open(settings, backend))
                    .isInstanceOf(ScenarioFailedError.class)
                    .hasMessageContaining("orders too impatient");
            // the failed session disarmed nothing of others and left the shared server up
            assertThat(backend.simulator().faults().list()).isEmpty();
            backend.server();
        }
    }

    @Test
    void should_answer_with_canned_stubs_in_static_stubs_mode() {
        DmsTestSettings settings = DmsTestSettings.builder()
                .mode(Mode.STATIC_STUBS)
                .transport(Transport.HTTP)
                .build();
        try (DmsTestSession session = DmsTestSession.open(settings)) {
            assertThat(session.client().describeDataMigrations(r -> {}).dataMigrations())
                    .singleElement()
                    .satisfies(migration ->
                            assertThat(migration.dataMigrationName()).isEqualTo("orders-copy"));
        }
    }

    @Test
    void should_let_code_that_polls_without_sleeping_see_the_lifecycle_with_advance_on_poll() {
        try (DmsTestSession session = DmsTestSession.open(
                DmsTestSettings.builder().advanceOnPoll(true).build())) {
            session.scenarioRunner()
                    .run(scenario("start")
                            .replication("orders", r -> r.type(FULL_LOAD))
                            .start("orders")
                            .build())
                    .assertPassed();

            int polls = 0;
            String status;
            do {
                status = session.client()
                        .describeReplications(r -> {})
                        .replications()
                        .get(0)
                        .status();
                polls++;
            } while (!status.equals("running") && polls < 50);

            assertThat(status).isEqualTo("running");
            assertThat(polls).isLessThan(15);
        }
    }

    @Test
    void should_refuse_a_server_once_closed() {
        DmsBackend backend = DmsBackend.start(DmsTestSettings.defaults());
        backend.close();

        assertThatThrownBy(backend::server)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
