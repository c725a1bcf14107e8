package io.dmstestkit.dsl.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dms-testkit check}: loads and validates scenario files without running them (for CI of shared scenarios). */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Load and validate scenario files (*.dms.yaml, *.dms.groovy) without running them.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenarios;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<ScenarioFiles.Loaded> loaded =
                scenarios.withClasspath(() -> ScenarioFiles.load(scenarios.paths, scenarios.parameters));
        int valid = 0;
        int invalid = 0;
        for (ScenarioFiles.Loaded file : loaded) {
            if (file.error() == null) {
                valid++;
                out.println("OK   " + file.file() + " (" + file.scenarios().size() + " scenario"
                        + (file.scenarios().size() == 1 ? ")" : "s)"));
            } else {
                invalid++;
                out.println("FAIL " + file.error().getMessage());
            }
        }
        out.println(valid + " valid, " + invalid + " invalid");
        out.flush();
        return invalid == 0 ? 0 : DmsTestkitCommand.FAILED;
    }
}
