package io.dmstestkit.dsl.cli;

import io.dmstestkit.dsl.DmsTarget;
import io.dmstestkit.dsl.DmsTargets;
import io.dmstestkit.dsl.ScenarioResult;
import io.dmstestkit.dsl.ScenarioRunner;
import io.dmstestkit.dsl.internal.report.ScenarioReport;
import io.dmstestkit.dsl.model.Durations;
import io.dmstestkit.dsl.model.Scenario;
import io.dmstestkit.simulator.DmsSimulator;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dms-testkit run}: runs scenario files against the embedded simulator (default) or an endpoint,
 * prints each scenario's outcome and, last, {@code N passed, M failed}. Exit code 1 when any failed. A
 * scenario that runs longer than a second shows its progress ({@link RunProgress}).
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Run scenario files (*.dms.yaml, *.dms.groovy) and report each scenario.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenarios;

    @Option(
            names = "--endpoint",
            paramLabel = "URL",
            description = "Run against this DMS endpoint instead of the embedded simulator: a dms-testkit server"
                    + " (found by its admin API at URL/__admin/dms/; clock, faults and journal through it, each"
                    + " scenario in an account of its own) or any DMS endpoint (DMS calls only).")
    URI endpoint;

    @Option(
            names = "--time-budget",
            paramLabel = "DURATION",
            converter = DurationConverter.class,
            description = "The wall time each scenario may take (e.g. 90s, 5m; default: 60s). Checked between polls"
                    + " and steps: a scenario that would poll for hours fails, saying so.")
    Duration timeBudget = ScenarioRunner.DEFAULT_TIME_BUDGET;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write a JUnit XML report to FILE.")
    Path junitXml;

    @Option(
            names = "--html-report",
            paramLabel = "FILE",
            description = "Also write an HTML report to FILE: one self-contained page (no network) with each"
                    + " scenario's steps, status timelines, full-load and CDC-latency curves, faults and journal.")
    Path htmlReport;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ScenarioFiles.Loaded> loaded =
                scenarios.withClasspath(() -> ScenarioFiles.load(scenarios.paths, scenarios.parameters));
        Set<String> undeclared = ScenarioFiles.undeclared(scenarios.parameters, loaded);
        if (!undeclared.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "no scenario declares the parameter(s) " + undeclared
                            + "; check the names in the scenarios' parameters");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Outcome> outcomes = new ArrayList<>();
        DmsSimulator simulator = endpoint == null ? DmsSimulator.create() : null;
        ScenarioReport html = new ScenarioReport("dms-testkit run", simulator);
        RunProgress progress = new RunProgress(out, RunProgress.isTerminal(), InstantSource.system());
        int total = loaded.stream().mapToInt(file -> file.scenarios().size()).sum();
        try (DmsTarget target = simulator == null ? DmsTargets.remote(endpoint) : DmsTargets.embedded(simulator);
                Ticker ticker = Ticker.start(progress)) {
            ScenarioRunner runner = new ScenarioRunner(target)
                    .timeBudget(timeBudget)
                    .onStep((scenario, number, step) -> progress.stepStarting(number, step));
            for (ScenarioFiles.Loaded file : loaded) {
                if (file.error() != null) {
                    Outcome outcome =
                            Outcome.loadError(file.file(), file.error().getMessage());
                    outcomes.add(report(progress, outcome));
                    html.addLoadError(outcome.name(), file.file().toString(), outcome.failure());
                }
                for (Scenario scenario : file.scenarios()) {
                    long mark = html.mark();
                    progress.started(scenario, outcomes.size() + 1, total);
                    ScenarioResult result = runner.run(scenario);
                    outcomes.add(report(progress, Outcome.of(file.file(), result)));
                    html.add(result, scenario.source().toString(), mark);
                }
            }
        }
        long failed = outcomes.stream().filter(o -> !o.passed()).count();
        out.println((outcomes.size() - failed) + " passed, " + failed + " failed");
        out.flush();
        if (junitXml != null) {
            JUnitXmlReport.write(junitXml, outcomes);
        }
        if (htmlReport != null) {
            out.println(
                    "HTML report: " + html.write(htmlReport).toAbsolutePath().toUri());
            out.flush();
        }
        return failed == 0 ? 0 : DmsTestkitCommand.FAILED;
    }

    private static Outcome report(RunProgress progress, Outcome outcome) {
        String timing = outcome.result() == null
                ? ""
                : "  (" + outcome.result().steps().size()
                        + (outcome.result().steps().size() == 1 ? " step" : " steps") + ", virtual "
                        + Durations.format(round(outcome.result().virtualTime())) + ", wall "
                        + outcome.result().wallTime().toMillis() + " ms)";
        List<String> lines = new ArrayList<>();
        lines.add((outcome.passed() ? "PASS " : "FAIL ") + outcome.name() + "  [" + outcome.file() + "]" + timing);
        if (!outcome.passed()) {
            outcome.failure().lines().forEach(line -> lines.add("     " + line));
        }
        progress.finished(lines);
        return outcome;
    }

    private static Duration round(Duration duration) {
        return Duration.ofSeconds(duration.getSeconds());
    }

    /** One scenario's outcome, or a file that did not load. */
    record Outcome(Path file, String name, ScenarioResult result, String loadError) {

        static Outcome of(Path file, ScenarioResult result) {
            return new Outcome(file, result.scenario().name(), result, null);
        }

        static Outcome loadError(Path file, String message) {
            return new Outcome(file, file.getFileName().toString(), null, message);
        }

        boolean passed() {
            return loadError == null && result.passed();
        }

        String failure() {
            return loadError != null ? loadError : result.failure().orElse("");
        }
    }

    /** Redraws a terminal's progress line while scenarios run; nothing when output is not a terminal. */
    private record Ticker(ScheduledExecutorService executor) implements AutoCloseable {

        static Ticker start(RunProgress progress) {
            if (!progress.terminal()) {
                return new Ticker(null);
            }
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "dms-testkit progress");
                thread.setDaemon(true);
                return thread;
            });
            long period = RunProgress.TICK.toMillis();
            executor.scheduleAtFixedRate(progress::tick, period, period, TimeUnit.MILLISECONDS);
            return new Ticker(executor);
        }

        @Override
        public void close() {
            if (executor != null) {
                executor.shutdownNow();
            }
        }
    }

    /** Durations as scenarios write them: {@code 90s}, {@code 5m}, {@code 1h}. */
    static final class DurationConverter implements picocli.CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            Duration duration = Durations.parse(text);
            if (duration.isNegative() || duration.isZero()) {
                throw new picocli.CommandLine.TypeConversionException(
                        "must be a positive duration such as 90s or 5m, was '" + text + "'");
            }
            return duration;
        }
    }
}
