package io.dmstestkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.dmstestkit.simulator.DmsSimulator;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/**
 * The benchmarks' own driver, run once each way: benchmarks are run on demand only, so this is what keeps
 * them from rotting between runs. It measures nothing.
 */
class LifecycleTest {

    private final LifecycleRecording recording = LifecycleRecording.record();

    @Test
    void should_record_a_lifecycle_that_ends_normally_with_a_few_polls_per_milestone() {
        assertThat(recording.stopReason()).isEqualTo("Stop Reason NORMAL");
        assertThat(recording.shape().pollsUntilLoaded()).isBetween(2, 50);
        assertThat(recording.shape().pollsUntilStopped()).isBetween(1, 10);
        assertThat(recording.lastAnswers())
                .containsKeys(
                        "AmazonDMSv20160101.CreateEndpoint",
                        "AmazonDMSv20160101.DescribeReplications",
                        "AmazonDMSv20160101.DeleteEndpoint");
    }

    @Test
    void should_repeat_the_recorded_lifecycle_in_the_same_account_with_the_same_calls() {
        DmsSimulator simulator = Simulators.forLifecycles(Clients.ACCOUNT);
        try (DatabaseMigrationClient dms = Clients.inProcess(simulator, Clients.ACCOUNT)) {
            Lifecycle lifecycle = new Lifecycle(dms, Lifecycle.jumpToNextChange(simulator));

            for (int i = 0; i < 3; i++) {
                Lifecycle.Outcome outcome = lifecycle.run(Polling.exactly(recording.shape(), true));

                assertThat(outcome)
                        .isEqualTo(new Lifecycle.Outcome(
                                "Stop Reason NORMAL", recording.shape().calls()));
            }
        }
    }

    @Test
    void should_replay_the_same_calls_against_the_static_stubs() {
        WireMockServer server = Servers.staticStubs(recording.lastAnswers());
        try (DatabaseMigrationClient dms = Clients.overHttp(URI.create(server.baseUrl()), Clients.ACCOUNT)) {
            Lifecycle.Outcome outcome = new Lifecycle(dms, () -> {}).run(Polling.exactly(recording.shape(), false));

            assertThat(outcome)
                    .isEqualTo(new Lifecycle.Outcome(
                            "Stop Reason NORMAL", recording.shape().calls()));
        } finally {
            server.stop();
        }
    }

    @Test
    void should_replay_the_same_calls_against_the_bare_jetty_handler() throws Exception {
        org.eclipse.jetty.server.Server server = Servers.bareJetty(recording.lastAnswers());
        try (DatabaseMigrationClient dms = Clients.overHttp(Servers.uri(server), Clients.ACCOUNT)) {
            Lifecycle.Outcome outcome = new Lifecycle(dms, () -> {}).run(Polling.exactly(recording.shape(), false));

            assertThat(outcome)
                    .isEqualTo(new Lifecycle.Outcome(
                            "Stop Reason NORMAL", recording.shape().calls()));
        } finally {
            server.stop();
        }
    }

    @Test
    void should_replay_the_same_calls_against_the_canned_sdk_client() {
        try (DatabaseMigrationClient dms =
                Clients.over(new CannedHttpClient(recording.lastAnswers()), Clients.ACCOUNT)) {
            Lifecycle.Outcome outcome = new Lifecycle(dms, () -> {}).run(Polling.exactly(recording.shape(), false));

            assertThat(outcome)
                    .isEqualTo(new Lifecycle.Outcome(
                            "Stop Reason NORMAL", recording.shape().calls()));
        }
    }

    @Test
    void should_fail_a_checked_replay_when_the_simulator_takes_another_course() {
        DmsSimulator simulator = Simulators.forLifecycles(Clients.ACCOUNT);
        try (DatabaseMigrationClient dms = Clients.inProcess(simulator, Clients.ACCOUNT)) {
            // Without clock jumps the replication never leaves its first status.
            Lifecycle frozen = new Lifecycle(dms, () -> {});

            assertThatThrownBy(() -> frozen.run(Polling.exactly(recording.shape(), true)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("had not reached LOADED");
        }
    }
}
