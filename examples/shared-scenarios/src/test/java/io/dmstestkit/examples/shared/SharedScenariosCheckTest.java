package io.dmstestkit.examples.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.dsl.cli.DmsTestkitCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The publishing team's CI gate: {@code dms-testkit check} and {@code dms-testkit run} over every scenario
 * the jar ships, exactly as a team would call the command line.
 */
class SharedScenariosCheckTest {

    private static final String SCENARIOS = "src/main/resources/dms-scenarios";

    @Test
    void should_load_every_shared_scenario() {
        StringWriter out = new StringWriter();
        CommandLine cli = DmsTestkitCommand.commandLine();
        cli.setOut(new PrintWriter(out));

        assertThat(cli.execute("check", SCENARIOS)).as(out.toString()).isZero();
        assertThat(out.toString()).contains("4 valid, 0 invalid");
    }

    @Test
    void should_pass_every_complete_shared_scenario_with_its_defaults() {
        StringWriter out = new StringWriter();
        CommandLine cli = DmsTestkitCommand.commandLine();
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("run", SCENARIOS + "/cutover", SCENARIOS + "/faults");

        assertThat(out.toString()).as(out.toString()).contains("2 passed, 0 failed");
        assertThat(exit).isZero();
    }
}
