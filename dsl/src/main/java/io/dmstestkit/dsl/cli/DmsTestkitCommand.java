package io.dmstestkit.dsl.cli;

import io.dmstestkit.wiremock.ServerCommand;
import io.dmstestkit.wiremock.internal.ServerVersion;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code dms-testkit}: runs and checks scenario files, and serves the simulator.
 *
 * <pre>
 * ./dms-testkit run examples/scenarios                # every scenario, embedded simulator
 * ./dms-testkit run cutover.dms.yaml --param rows=1000 --junit-xml target/dms.xml
 * ./dms-testkit check shared-scenarios/               # load and validate only
 * ./dms-testkit serve --port 8080                     # the standalone server
 * </pre>
 */
@API(status = API.Status.EXPERIMENTAL)
@Command(
        name = "dms-testkit",
        mixinStandardHelpOptions = true,
        versionProvider = DmsTestkitCommand.Version.class,
        description = "Test AWS DMS workflows without AWS: run scenario files against a simulated DMS.")
public final class DmsTestkitCommand {

    /** Exit code of a run with failed scenarios. */
    public static final int FAILED = 1;

    /** Exit code of bad usage (picocli's default). */
    public static final int USAGE = 2;

    private static final String NO_CLOSURES = "picocli.disable.closures";

    public static void main(String... args) {
        // picocli's default factory probes for Groovy closures with Class.forName("groovy.lang.Closure"), which
        // initialises the whole Groovy runtime (about 420 classes) on every start whenever Groovy is on the
        // class path; no option here is a closure. Scenario files still load Groovy when they are read.
        if (System.getProperty(NO_CLOSURES) == null) {
            System.setProperty(NO_CLOSURES, "true");
        }
        // `serve` builds only its own command: picocli reads the other commands' annotations reflectively.
        boolean serve = args.length > 0 && args[0].equals("serve");
        System.exit((serve ? serveCommandLine() : commandLine()).execute(args));
    }

    /** One version for the whole toolkit (the server's); the first line names the tool, not the server. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "dms-testkit " + ServerVersion.dmsTestkitVersion(),
                "WireMock " + com.github.tomakehurst.wiremock.core.Version.getCurrentVersion(),
                "Java " + Runtime.version()
            };
        }
    }

    /** The command line with its subcommands, for tests and embedding. */
    public static CommandLine commandLine() {
        return withErrorHandler(new CommandLine(new DmsTestkitCommand())
                .addSubcommand(new RunCommand())
                .addSubcommand(new CheckCommand())
                .addSubcommand(new CommandLine.HelpCommand())
                .addSubcommand("serve", new ServerCommand()));
    }

    /** The command line for {@code dms-testkit serve ...}: the same {@code serve}, without the others. */
    static CommandLine serveCommandLine() {
        return withErrorHandler(new CommandLine(new DmsTestkitCommand()).addSubcommand("serve", new ServerCommand()));
    }

    private static CommandLine withErrorHandler(CommandLine commandLine) {
        // A problem while running (an unreachable endpoint, an unwritable report) is a message, not a stack trace.
        commandLine.setExecutionExceptionHandler((error, failed, parsed) -> {
            failed.getErr().println("dms-testkit: " + error.getMessage());
            failed.getErr().flush();
            return FAILED;
        });
        return commandLine;
    }
}
