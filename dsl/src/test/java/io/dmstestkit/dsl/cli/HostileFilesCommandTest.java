package io.dmstestkit.dsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Files run together by one command cannot change each other: a file that tries to rewrite the DSL
 * (here: make {@code await} check nothing) is refused at its line, and the failing scenario of the next
 * file still fails. Before the run-time sandbox this run reported "2 passed" and exit code 0.
 */
class HostileFilesCommandTest {

    private final StringWriter out = new StringWriter();

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void should_keep_a_poisoning_file_from_passing_the_failing_scenario_of_another(@TempDir Path directory)
            throws IOException {
        Files.copy(
                Path.of("src/test/resources/hostile-sandbox/metaclass-poisons-the-dsl.dms.groovy"),
                directory.resolve("a-poison.dms.groovy"));
        Files.writeString(directory.resolve("b-victim.dms.groovy"), """
                scenario('victim: does not reach running in a minute') {
                    replication('orders') { table 'public.orders', rows: 1000 }
                    start 'orders'
                    await('orders') { status RUNNING; within 1.minutes; pollEvery 10.seconds }
                }
                """);

        int exit = execute("run", directory.toString());

        assertThat(out.toString())
                .contains("a-poison.dms.groovy:5: 'class' is not allowed in a scenario file")
                .contains("FAIL victim: does not reach running in a minute")
                .contains("0 passed, 2 failed");
        assertThat(exit).isEqualTo(1);
    }

    private int execute(String... args) {
        CommandLine cli = DmsTestkitCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }
}
