package io.dmstestkit.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.dmstestkit.dsl.cli.DmsTestkitCommand;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.simulator.JournalEntry;
import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.wiremock.DmsServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The example scenarios on a dms-testkit server over HTTP ({@link DmsTargets#remote}), with the real AWS SDK
 * client making the DMS calls and the admin API doing the rest; and the plain endpoint it falls back to
 * when no admin API answers.
 */
class RemoteTargetAcceptanceTest {

    private static final Path SCENARIOS = Path.of("..", "examples", "scenarios");

    @AutoClose
    private final DmsServer server =
            DmsServer.builder().clock(SimulatedClock.manual()).start();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "orders-cutover",
                "access-denied",
                "fail-at-40-then-reload",
                "data-migration",
                "classic-cutover",
                "classic-full-load-only",
                "classic-fail-at-40-then-reload",
                "classic-start-fault",
                "classic-task-orchestrator"
            })
    void should_pass_the_example_on_a_server_with_a_manual_clock(String example) {
        DmsTarget target = DmsTargets.remote(server.baseUri());

        ScenarioResult result = new ScenarioRunner(target).run(example(example));

        assertThat(result.failure()).as(example).isEmpty();
        assertThat(result.target()).isEqualTo("dms-testkit server " + server.baseUri() + " (manual clock)");
        assertThat(result.virtualTime()).isPositive();
    }

    @Test
    void should_run_each_scenario_in_an_account_of_its_own_and_leave_no_fault_armed() {
        DmsTarget target = DmsTargets.remote(server.baseUri());
        ScenarioRunner runner = new ScenarioRunner(target);

        ScenarioResult first = runner.run(example("access-denied"));
        ScenarioResult second = runner.run(example("access-denied"));

        assertThat(first.failure()).isEmpty();
        assertThat(second.failure())
                .as("the same names again, in another account")
                .isEmpty();
        List<String> accounts = server
                .simulator()
                .journal()
                .find(io.dmstestkit.simulator.CallPattern.dmsCall("CreateReplicationConfig"))
                .stream()
                .map(JournalEntry::account)
                .toList();
        assertThat(accounts).hasSize(2).doesNotHaveDuplicates().allMatch(account -> account.matches("[1-9]\\d{11}"));
        assertThat(server.simulator().faults().list()).isEmpty();
    }

    @Test
    void should_keep_runs_of_separate_targets_on_one_server_apart_as_separate_processes_would() {
        Scenario cutover = example("orders-cutover");

        List<ScenarioResult> results = List.of(
                        CompletableFuture.supplyAsync(
                                () -> new ScenarioRunner(DmsTargets.remote(server.baseUri())).run(cutover)),
                        CompletableFuture.supplyAsync(
                                () -> new ScenarioRunner(DmsTargets.remote(server.baseUri())).run(cutover)))
                .stream()
                .map(CompletableFuture::join)
                .toList();

        assertThat(results).allSatisfy(result -> assertThat(result.failure()).isEmpty());
    }

    @Test
    void should_jump_to_the_accounts_next_planned_change_instead_of_polling_through_empty_time() {
        Scenario longStart = Dsl.scenario("long provisioning and full load")
                .replication("orders", r -> r.type(Dsl.FULL_LOAD).table("public.orders", 50_000_000))
                .start("orders")
                .await(
                        "orders",
                        a -> a.status(Dsl.RUNNING).within(Duration.ofDays(1)).pollEvery(Duration.ofSeconds(1)))
                .await(
                        "orders",
                        a -> a.tableState("public.orders", "Table completed")
                                .within(Duration.ofDays(1))
                                .pollEvery(Duration.ofSeconds(1)))
                .await(
                        "orders",
                        a -> a.status(Dsl.STOPPED).within(Duration.ofDays(1)).pollEvery(Duration.ofSeconds(1)))
                .build();

        ScenarioResult result = new ScenarioRunner(DmsTargets.remote(server.baseUri())).run(longStart);

        result.assertPassed();
        // Startup (about 14 minutes) and 1,000 s of rows: polling every second would read about 1,900 times.
        assertThat(result.virtualTime()).isGreaterThan(Duration.ofMinutes(30));
        long reads = server.simulator()
                        .journal()
                        .find(io.dmstestkit.simulator.CallPattern.dmsCall("DescribeReplications"))
                        .size()
                + server.simulator()
                        .journal()
                        .find(io.dmstestkit.simulator.CallPattern.dmsCall("DescribeReplicationTableStatistics"))
                        .size();
        assertThat(reads).isLessThan(40);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void should_move_a_clock_that_runs_at_wall_speed_on_while_waiting_so_hours_take_seconds() {
        try (DmsServer running =
                DmsServer.builder().clock(SimulatedClock.accelerated(1)).start()) {
            DmsTarget target = DmsTargets.remote(running.baseUri());

            ScenarioResult result = new ScenarioRunner(target).run(example("access-denied"));

            assertThat(result.failure()).isEmpty();
            assertThat(result.target()).endsWith("(accelerated clock)");
            assertThat(result.virtualTime()).isGreaterThan(Duration.ofMinutes(10));
            assertThat(result.wallTime()).isLessThan(result.virtualTime().dividedBy(10));
            try (DmsTarget.Session session = target.open()) {
                assertThat(session.hasVirtualClock()).isFalse();
                assertThat(session.advancesClockWhilePolling()).isTrue();
            }
        }
    }

    @Test
    void should_fall_back_to_a_plain_endpoint_when_nothing_listens() throws IOException {
        URI closed = closedPort();

        DmsTarget target = DmsTargets.remote(closed);

        assertThat(target.describe()).isEqualTo("endpoint " + closed + " (no dms-testkit admin API)");
        assertNeedsWhatThePlainEndpointCannotDo(target, closed);
    }

    @Test
    void should_fall_back_to_a_plain_endpoint_for_a_wiremock_without_the_dms_extension() {
        WireMockServer plain =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        plain.start();
        try {
            URI endpoint = URI.create(plain.baseUrl());

            DmsTarget target = DmsTargets.remote(endpoint);

            assertThat(target.describe()).isEqualTo("endpoint " + endpoint + " (no dms-testkit admin API)");
            assertNeedsWhatThePlainEndpointCannotDo(target, endpoint);
        } finally {
            plain.stop();
        }
    }

    @Test
    void should_run_a_file_against_the_server_from_the_command_line() {
        StringWriter out = new StringWriter();
        CommandLine cli = DmsTestkitCommand.commandLine();
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute(
                "run",
                "--endpoint",
                server.baseUri().toString(),
                SCENARIOS.resolve("fail-at-40-then-reload.dms.yaml").toString());

        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString())
                .contains("PASS fatal error at 40 percent, then reload-target")
                .contains("1 passed, 0 failed");
    }

    @Test
    void should_fail_a_scenario_with_faults_on_a_plain_endpoint_from_the_command_line() throws IOException {
        StringWriter out = new StringWriter();
        CommandLine cli = DmsTestkitCommand.commandLine();
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute(
                "run",
                "--endpoint",
                closedPort().toString(),
                SCENARIOS.resolve("access-denied.dms.yaml").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString())
                .contains("(no dms-testkit admin API) cannot do")
                .contains("0 passed, 1 failed");
    }

    private static void assertNeedsWhatThePlainEndpointCannotDo(DmsTarget target, URI endpoint) {
        ScenarioResult result = new ScenarioRunner(target).run(example("access-denied"));

        assertThat(result.failure())
                .hasValueSatisfying(failure -> assertThat(failure)
                        .startsWith("Scenario 'stop refused with AccessDenied, then retried' needs what endpoint "
                                + endpoint + " (no dms-testkit admin API) cannot do; nothing was run.")
                        .contains("fault AccessDenied")
                        .contains("(needs faults)")
                        .contains("(needs journal)"));
    }

    private static Scenario example(String name) {
        return ScenarioLoader.load(SCENARIOS.resolve(name + ".dms.yaml"), Map.of())
                .get(0);
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
