package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.simulator.SimulatedClock;
import io.dmstestkit.simulator.SimulatorSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import software.amazon.awssdk.services.databasemigration.DatabaseMigrationClient;

/** Option parsing of the standalone server, without starting processes. */
class ServerCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void should_default_to_port_8080_on_loopback_with_a_200_times_faster_clock() {
        ServerCommand command = parse();

        assertThat(command.port).isEqualTo(8080);
        assertThat(command.bindAddress).isEqualTo("127.0.0.1");
        assertThat(command.simulatorSettings()).isEqualTo(SimulatorSettings.defaults());
        assertThat(command.simulatedClock())
                .isInstanceOfSatisfying(
                        SimulatedClock.AcceleratedClock.class,
                        clock -> assertThat(clock.factor()).isEqualTo(200));
    }

    @Test
    void should_take_every_option() {
        ServerCommand command = parse(
                "--port", "0",
                "--bind-address", "0.0.0.0",
                "--clock-factor", "1.5",
                "--region", "eu-west-1",
                "--account", "111122223333");

        assertThat(command.port).isZero();
        assertThat(command.bindAddress).isEqualTo("0.0.0.0");
        assertThat(command.simulatorSettings().defaultRegion()).isEqualTo("eu-west-1");
        assertThat(command.simulatorSettings().defaultAccount()).isEqualTo("111122223333");
        assertThat(command.simulatedClock())
                .isInstanceOfSatisfying(
                        SimulatedClock.AcceleratedClock.class,
                        clock -> assertThat(clock.factor()).isEqualTo(1.5));
    }

    @Test
    void should_use_a_manual_clock_when_asked() {
        assertThat(parse("--manual-clock").simulatedClock().isManual()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "--port abc",
                "--port 65536",
                "--port -1",
                "--bind-address=",
                "--clock-factor 0",
                "--clock-factor -2",
                "--clock-factor fast",
                "--manual-clock --clock-factor 10",
                "--account 42",
                "--region=",
                "--no-such-option",
                "unexpected-argument"
            })
    void should_refuse_bad_options_with_a_usage_error_and_exit_code_2(String arguments) {
        int exitCode = execute(arguments.split(" "));

        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString())
                .contains("Usage: dms-testkit-server")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void should_say_why_it_cannot_start_on_a_taken_port_and_exit_with_1() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int exitCode = execute("--port", String.valueOf(taken.getLocalPort()));

            assertThat(exitCode).isEqualTo(1);
            assertThat(err.toString())
                    .startsWith("dms-testkit server could not start on 127.0.0.1:" + taken.getLocalPort())
                    .doesNotContain("\tat ");
            assertThat(out.toString()).isEmpty();
        }
    }

    @Test
    void should_print_usage_for_help() {
        int exitCode = execute("--help");

        assertThat(exitCode).isZero();
        assertThat(out.toString())
                .contains("Usage: dms-testkit-server")
                .contains("--port", "--bind-address", "--clock-factor", "--manual-clock", "--region", "--account");
    }

    @Test
    void should_print_its_version() {
        int exitCode = execute("--version");

        assertThat(exitCode).isZero();
        assertThat(out.toString())
                .containsPattern("dms-testkit server \\d+\\.\\d+\\.\\d+")
                .contains("WireMock 3.");
    }

    @Test
    void should_start_a_server_that_answers_dms_where_it_says_it_listens() {
        ServerCommand command = parse("--port", "0", "--manual-clock");

        try (DmsServer server = command.start();
                DatabaseMigrationClient client = HttpTestClients.syncClient(server.baseUri())) {

            assertThat(ServerCommand.listeningLine(server))
                    .isEqualTo("dms-testkit server listening on http://127.0.0.1:" + server.port());
            assertThat(client.describeEndpoints(r -> {}).endpoints()).isEmpty();
            assertThat(server.simulator().clock().isManual()).isTrue();
        }
    }

    private ServerCommand parse(String... arguments) {
        ServerCommand command = new ServerCommand();
        new CommandLine(command).parseArgs(arguments);
        return command;
    }

    /** Only for arguments that fail or print and exit: valid ones would start a server and block. */
    private int execute(String... arguments) {
        CommandLine commandLine = new CommandLine(new ServerCommand());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(arguments);
    }
}
