package io.dmstestkit.dsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DmsTestkitCommandTest {

    private static final Path SCENARIOS = Path.of("..", "examples", "scenarios");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cli = DmsTestkitCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void should_show_the_same_serve_command_when_started_for_serve_alone() {
        StringWriter full = new StringWriter();
        StringWriter alone = new StringWriter();
        CommandLine fullCli = DmsTestkitCommand.commandLine();
        CommandLine serveCli = DmsTestkitCommand.serveCommandLine();
        fullCli.setOut(new PrintWriter(full));
        serveCli.setOut(new PrintWriter(alone));

        assertThat(fullCli.execute("serve", "--help")).isZero();
        assertThat(serveCli.execute("serve", "--help")).isZero();

        assertThat(alone.toString()).isEqualTo(full.toString()).startsWith("Usage: dms-testkit ");
        assertThat(fullCli.getSubcommands()).containsOnlyKeys("run", "check", "help", "serve");
        assertThat(serveCli.getSubcommands()).containsOnlyKeys("serve");
    }

    @Test
    void should_report_each_scenario_and_close_with_the_summary_line() {
        int exit = execute("run", SCENARIOS.resolve("orders-cutover.dms.yaml").toString());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("PASS orders cut-over")
                .endsWith("1 passed, 0 failed" + System.lineSeparator());
    }

    @Test
    void should_exit_1_and_explain_a_broken_scenario_with_its_location() {
        int exit = execute(
                "run",
                "src/test/resources/failing/fails-while-awaiting.dms.yaml",
                "src/test/resources/broken/unknown-step.dms.yaml");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString())
                .contains("FAIL fails while awaiting the full load")
                .contains("at src/test/resources/failing/fails-while-awaiting.dms.yaml:8:5")
                .contains("unknown-step.dms.yaml:")
                .contains("did you mean")
                .contains("0 passed, 2 failed");
    }

    @Test
    void should_override_parameters_and_refuse_undeclared_ones() {
        String file = SCENARIOS.resolve("fail-at-40-then-reload.dms.yaml").toString();

        assertThat(execute("run", file, "--param", "rows=200000")).isZero();
        assertThat(execute("run", file, "--param", "rowz=1")).isEqualTo(2);
        assertThat(err.toString()).contains("no scenario declares the parameter(s) [rowz]");
    }

    @Test
    void should_write_a_junit_xml_report(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("reports/dms.xml");

        execute(
                "run",
                SCENARIOS.resolve("full-load-only.dms.yaml").toString(),
                "src/test/resources/failing/times-out.dms.yaml",
                "--junit-xml",
                report.toString());

        assertThat(Files.readString(report))
                .contains("<testsuite name=\"dms-testkit\" tests=\"2\" failures=\"1\"")
                .contains("name=\"full load only\"")
                .contains(
                        "<failure message=\"Replication 'orders' did not reach status 'running' within 5m (virtual).\"");
    }

    @Test
    void should_write_an_html_report_with_a_section_per_scenario(@TempDir Path tmp) throws Exception {
        Path report = tmp.resolve("reports/run.html");

        int exit = execute(
                "run",
                SCENARIOS.resolve("fail-at-40-then-reload.dms.yaml").toString(),
                SCENARIOS.resolve("access-denied.dms.yaml").toString(),
                "src/test/resources/failing/times-out.dms.yaml",
                "--html-report",
                report.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString())
                .contains("HTML report: " + report.toAbsolutePath().toUri());
        String html = Files.readString(report);
        assertThat(html)
                .contains("2 passed, 1 failed")
                .contains("Replication &#39;orders&#39; did not reach status &#39;running&#39; within 5m (virtual).")
                .contains("class=\"timeline\"", "data-measure=\"full load\"", "class=\"marker fault\"")
                .contains("class=\"marker incident\"", "data-status=\"running\"", "StartReplication")
                .doesNotContain("http://", "https://");
    }

    @Test
    void should_find_classpath_includes_in_the_given_jars_or_folders(@TempDir Path tmp) throws Exception {
        Path scenario = Files.writeString(
                tmp.resolve("uses-shared.dms.yaml"),
                String.join(
                        "\n",
                        "scenario: uses a shared block",
                        "replications:",
                        "  orders:",
                        "    tables: { public.orders: 10000 }",
                        "steps:",
                        "  - include: { file: classpath:dms-scenarios/blocks/start-and-load.dms.yaml,"
                                + " parameters: { replication: orders } }",
                        ""));
        String shared = Path.of("..", "examples", "shared-scenarios", "src", "main", "resources")
                .toString();

        assertThat(execute("run", scenario.toString())).isEqualTo(1);
        assertThat(out.toString())
                .contains("no classpath resource 'dms-scenarios/blocks/start-and-load.dms.yaml'")
                .contains("give the jar or folder that holds it with --classpath <jar>");
        assertThat(execute("run", "--classpath", shared, scenario.toString())).isZero();
        assertThat(out.toString()).contains("1 passed, 0 failed");
        assertThat(execute("check", "-cp", "no/such/jar.jar", scenario.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("--classpath entry no/such/jar.jar does not exist");
    }

    @Test
    void should_check_files_without_running_them() {
        assertThat(execute("check", SCENARIOS.toString())).isZero();
        assertThat(out.toString()).contains("34 valid, 0 invalid");

        assertThat(execute("check", "src/test/resources/broken/unknown-step.dms.yaml"))
                .isEqualTo(1);
        assertThat(out.toString()).contains("FAIL ").contains("0 valid, 1 invalid");
    }

    @Test
    void should_catch_with_check_what_would_only_fail_the_run() {
        int exit = execute("check", "src/test/resources/hostile/latency-spike-without-lasting.dms.groovy");

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString())
                .contains("latency-spike-without-lasting.dms.groovy:5: latencySpike 'orders': 'lasting'")
                .contains("0 valid, 1 invalid");
    }

    @Test
    void should_count_one_step_in_the_singular() {
        assertThat(execute("run", "src/test/resources/cli/one-step.dms.yaml")).isZero();
        assertThat(out.toString()).contains("(1 step, virtual");
    }

    @Test
    void should_name_the_toolkit_not_the_server_in_its_version() {
        assertThat(execute("--version")).isZero();
        assertThat(out.toString()).startsWith("dms-testkit ").doesNotContain("server");
    }

    @Test
    void should_say_when_a_path_does_not_exist() {
        assertThat(execute("run", "no/such/dir")).isEqualTo(1);
        assertThat(out.toString()).contains("no/such/dir: no such file or directory");
    }

    @Test
    void should_report_an_unwritable_report_without_a_stack_trace(@TempDir Path tmp) throws Exception {
        Path blocker = Files.writeString(tmp.resolve("file"), "not a directory");

        int exit = execute(
                "run",
                SCENARIOS.resolve("full-load-only.dms.yaml").toString(),
                "--junit-xml",
                blocker.resolve("dms.xml").toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("dms-testkit: cannot write the JUnit XML report")
                .doesNotContain("\tat ");
    }

    @Test
    void should_refuse_bad_usage_with_exit_code_2() {
        assertThat(execute("run")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter");
        assertThat(execute("frobnicate")).isEqualTo(2);
    }
}
