package io.dmstestkit.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Markdown table of a run: each benchmark's figure, the derived ratios, the targets of issues 8, 16 and 18
 * and whether they are met, and the machine facts under it.
 *
 * <pre>{@code
 * String markdown = new ResultsTable(results, facts, machine).markdown();
 * }</pre>
 */
final class ResultsTable {

    private static final String LIFECYCLE = "LifecycleBenchmark.";
    private static final double MB = 1024.0 * 1024.0;
    private static final String CPU = "cpu.process";

    private final List<JmhResult> results;
    private final Facts facts;
    private final Machine machine;
    private final List<String> rows = new ArrayList<>();

    ResultsTable(List<JmhResult> results, Facts facts, Machine machine) {
        this.results = List.copyOf(results);
        this.facts = facts;
        this.machine = machine;
    }

    String markdown() {
        rows.clear();
        lifecycleRows();
        virtualDayRow();
        scaleRows();
        manyTablesRows();
        parallelRows();
        coldStartRows();
        explorationRow();
        reportRenderRows();
        StringBuilder text = new StringBuilder();
        text.append("| Measure | Result | Target | |\n");
        text.append("|---|---:|---|---|\n");
        rows.forEach(row -> text.append(row).append('\n'));
        text.append('\n').append(machineLine()).append('\n');
        if (machine.quick()) {
            text.append('\n')
                    .append("> ℹ️ A quick run: a few seconds of warm-up leave the JIT unfinished, the HTTP variants"
                            + " most (on 2 cores they need about a minute before their times settle), so these"
                            + " figures lean high and the HTTP ratio is not yet a verdict. The full run"
                            + " (`benchmarks/run.sh`) warms up long enough.\n");
        }
        if (machine.wasBusy()) {
            text.append('\n')
                    .append(String.format(
                            Locale.ROOT,
                            "> ⚠️ The machine was busy (load average %.2f on %d cores when the run started): other"
                                    + " processes competed for the processors, which inflates every figure and the"
                                    + " HTTP ones most (each call hands over between threads several times)."
                                    + " Rerun on an idle machine before acting on a missed target.\n",
                            machine.loadAverage(),
                            machine.cores()));
        }
        return text.toString();
    }

    private void lifecycleRows() {
        Optional<JmhResult> http = result(LIFECYCLE + "simulatorOverHttp");
        Optional<JmhResult> floor = result(LIFECYCLE + "staticWireMockFloor");
        Optional<JmhResult> inProcess = result(LIFECYCLE + "simulatorInProcess");
        double calls = facts.number("lifecycle", "callsPerLifecycle").orElse(Double.NaN);
        String perLifecycle = Double.isNaN(calls) ? "" : String.format(Locale.ROOT, " (%.0f SDK calls)", calls);
        infoRow("Lifecycle over HTTP — `simulatorOverHttp`", http.map(r -> timed(r) + perLifecycle + cpu(r)));
        infoRow("Lifecycle on static WireMock stubs — `staticWireMockFloor`", floor.map(r -> timed(r) + cpu(r)));
        Optional<JmhResult> jetty = result(LIFECYCLE + "bareJettyFloor");
        Optional<JmhResult> sdk = result(LIFECYCLE + "cannedSdkFloor");
        double ratio = ratio(http, floor, r -> r.primary().millis());
        double cpuRatio = ratio(http, floor, r -> cpuMillis(r).orElse(Double.NaN));
        row(
                "**Over HTTP / static floor**",
                Double.isNaN(ratio)
                        ? Optional.empty()
                        : Optional.of(String.format(Locale.ROOT, "%.2f×", ratio)
                                + (Double.isNaN(cpuRatio)
                                        ? ""
                                        : String.format(Locale.ROOT, " (CPU time: %.2f×)", cpuRatio))),
                Target.atMost(1.0, "≤ 1.0×"),
                ratio);
        Optional<JmhResult> defaults = result(LIFECYCLE + "simulatorOverHttpDefaults");
        Optional<JmhResult> throughWireMock = result(LIFECYCLE + "simulatorThroughWireMock");
        infoRow(
                "Over HTTP, default `DmsServer` (WireMock's journal on) — `simulatorOverHttpDefaults`",
                defaults.map(r -> timed(r) + cpu(r) + ratioTo(r, floor, "static floor")));
        infoRow(
                "Over HTTP through WireMock's stub matching (a stub of the user's present) — `simulatorThroughWireMock`",
                throughWireMock.map(r -> timed(r) + cpu(r) + ratioTo(r, floor, "static floor")));
        infoRow("Lifecycle in-process — `simulatorInProcess`", inProcess.map(r -> timed(r) + cpu(r)));
        double perCall = inProcess.isPresent() ? inProcess.get().primary().millis() / calls : Double.NaN;
        row(
                "**In-process time per call** (lifecycle ÷ calls)",
                Double.isNaN(perCall) ? Optional.empty() : Optional.of(millis(perCall)),
                Target.atMost(0.2, "≤ 0.2 ms"),
                perCall);
        infoRow("HTTP limit: bare Jetty handler, captured bytes — `bareJettyFloor`", jetty.map(r -> timed(r) + cpu(r)));
        infoRow("SDK limit: canned in-process `SdkHttpClient` — `cannedSdkFloor`", sdk.map(r -> timed(r) + cpu(r)));
        double inProcessRatio = ratio(inProcess, sdk, r -> r.primary().millis());
        row(
                "**In-process / SDK limit**",
                Double.isNaN(inProcessRatio)
                        ? Optional.empty()
                        : Optional.of(String.format(Locale.ROOT, "%.2f×", inProcessRatio)),
                Target.atMost(2.0, "≤ 2.0×"),
                inProcessRatio);
        infoRow(
                "Ratios to the HTTP limit (`bareJettyFloor`)",
                ratios(
                        jetty,
                        new Named("over HTTP", http),
                        new Named("default server", defaults),
                        new Named("through WireMock", throughWireMock),
                        new Named("static WireMock", floor)));
        infoRow(
                "Ratios to the SDK limit (`cannedSdkFloor`)",
                ratios(
                        sdk,
                        new Named("in-process", inProcess),
                        new Named("over HTTP", http),
                        new Named("static WireMock", floor),
                        new Named("bare Jetty", jetty)));
    }

    /** {@code "over HTTP 1.52× · static WireMock 1.21×"}: each named result divided by {@code base}. */
    private static Optional<String> ratios(Optional<JmhResult> base, Named... variants) {
        if (base.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (Named variant : variants) {
            double ratio = ratio(variant.result(), base, r -> r.primary().millis());
            if (!Double.isNaN(ratio)) {
                parts.add(String.format(Locale.ROOT, "%s %.2f×", variant.name(), ratio));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
    }

    /** {@code " (1.05× static floor)"}, or nothing without the base. */
    private static String ratioTo(JmhResult result, Optional<JmhResult> base, String baseName) {
        double ratio = ratio(Optional.of(result), base, r -> r.primary().millis());
        return Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, " (%.2f× %s)", ratio, baseName);
    }

    /** A variant's result and the short name it has in a row of ratios. */
    private record Named(String name, Optional<JmhResult> result) {}

    private static double ratio(
            Optional<JmhResult> a, Optional<JmhResult> b, java.util.function.ToDoubleFunction<JmhResult> figure) {
        return a.isPresent() && b.isPresent()
                ? figure.applyAsDouble(a.get()) / figure.applyAsDouble(b.get())
                : Double.NaN;
    }

    /** The process CPU time per operation, when the run had {@code ProcessCpuProfiler} on. */
    private static Optional<Double> cpuMillis(JmhResult result) {
        return Optional.ofNullable(result.secondary().get(CPU)).map(JmhResult.Metric::millis);
    }

    private static String cpu(JmhResult result) {
        return cpuMillis(result)
                .map(ms -> " · CPU " + millis(ms).replace(" ms", "") + " ms")
                .orElse("");
    }

    private void virtualDayRow() {
        Optional<JmhResult> day = result("VirtualDayBenchmark.simulatedDay");
        row(
                "**A simulated day** (5,760 describes, in-process) — `VirtualDayBenchmark`",
                day.map(ResultsTable::timed),
                Target.below(1000, "< 1 s"),
                day.map(r -> r.primary().millis()).orElse(Double.NaN));
    }

    private void scaleRows() {
        Optional<JmhResult> page = result("ScaleBenchmark.describePage");
        row(
                "**A page of 100 of 10,000 configs** — `ScaleBenchmark`",
                page.map(ResultsTable::timed),
                Target.below(2, "< 2 ms"),
                page.map(r -> r.primary().millis()).orElse(Double.NaN));
        double retained = facts.number("scale", "retainedHeapBytes").orElse(Double.NaN) / MB;
        double withoutJournal =
                facts.number("scale", "retainedHeapBytesWithoutJournal").orElse(Double.NaN) / MB;
        Optional<String> heap = Double.isNaN(retained)
                ? Optional.empty()
                : Optional.of(String.format(
                        Locale.ROOT, "%.1f MB (%.1f MB without the call journal)", retained, withoutJournal));
        Optional<JmhResult> taskPage = result("ScaleBenchmark.describeTaskPage");
        row(
                "**A page of 100 of 10,000 classic tasks** — `ScaleBenchmark`",
                taskPage.map(ResultsTable::timed),
                Target.below(2, "< 2 ms"),
                taskPage.map(r -> r.primary().millis()).orElse(Double.NaN));
        infoRow(
                "DescribeReplications by ARN, account of 500 configs and 500 tasks — `ScaleBenchmark`",
                result("ScaleBenchmark.describeReplicationByArn").map(ResultsTable::timed));
        infoRow(
                "DescribeReplicationTasks by task identifier, account of 500 configs and 500 tasks — `ScaleBenchmark`",
                result("ScaleBenchmark.describeTaskById").map(ResultsTable::timed));
        infoRow(
                "`nextChange()` over 20 accounts, 20,000 resources — `ScaleBenchmark`",
                result("ScaleBenchmark.nextChange").map(ResultsTable::timed));
        boolean withTasks = facts.number("scale", "tasks").isPresent();
        row(
                withTasks
                        ? "**Heap retained by 10,000 configs and 10,000 classic tasks**"
                        : "**Heap retained by 10,000 configs**",
                heap,
                Target.below(256, "< 256 MB"),
                retained);
    }

    private void manyTablesRows() {
        Optional<JmhResult> run = result("ManyTablesBenchmark.startAndAwaitFullLoad");
        row(
                "**Start and await 100 % of 40,000 tables** (in-process) — `ManyTablesBenchmark`",
                run.map(ResultsTable::timed),
                Target.below(2000, "< 2 s"),
                run.map(r -> r.primary().millis()).orElse(Double.NaN));
        Optional<JmhResult> page = result("ManyTablesBenchmark.statisticsPage");
        row(
                "**A page of 100 of 40,000 table statistics** — `ManyTablesBenchmark`",
                page.map(ResultsTable::timed),
                Target.below(2, "< 2 ms"),
                page.map(r -> r.primary().millis()).orElse(Double.NaN));
    }

    private void parallelRows() {
        Optional<JmhResult> parallel = result("ParallelBenchmark.parallelLifecycles");
        Optional<JmhResult> single = result("ParallelBenchmark.singleThreadLifecycles");
        infoRow(
                "Parallel lifecycles over HTTP, one server — `ParallelBenchmark`",
                parallel.map(r -> String.format(
                        Locale.ROOT,
                        "%s per lifecycle and thread, %d threads (%.0f lifecycles/s)",
                        timed(r),
                        r.threads(),
                        r.threads() * 1000 / r.primary().millis())));
        double parallelCalls = callsPerSecond(parallel);
        double singleCalls = callsPerSecond(single);
        row(
                "**DMS calls/s, 8 threads with their own accounts, one server**",
                Double.isNaN(parallelCalls)
                        ? Optional.empty()
                        : Optional.of(String.format(Locale.ROOT, "%,.0f calls/s", parallelCalls)
                                + (Double.isNaN(singleCalls)
                                        ? ""
                                        : String.format(
                                                Locale.ROOT,
                                                " · 1 thread %,.0f calls/s · ratio %.2f×",
                                                singleCalls,
                                                parallelCalls / singleCalls))),
                Target.atLeast(5000, "≥ 5,000 calls/s"),
                parallelCalls);
        double errors = parallel.map(r -> Optional.ofNullable(r.secondary().get("errors"))
                        .map(JmhResult.Metric::score)
                        .orElse(0.0))
                .orElse(Double.NaN);
        row(
                "**Errors under the parallel benchmark**",
                parallel.map(r -> String.format(Locale.ROOT, "%.0f", errors)),
                Target.atMost(0, "0"),
                errors);
    }

    private void coldStartRows() {
        double dms = facts.number("coldstart", "dmsScenarioMillis").orElse(Double.NaN);
        double wireMock = facts.number("coldstart", "wireMockTestMillis").orElse(Double.NaN);
        double server = facts.number("coldstart", "serverReadyMillis").orElse(Double.NaN);
        boolean ran = !Double.isNaN(dms) && !Double.isNaN(wireMock);
        row(
                "**Cold start: first `@DmsScenario` test / plain `@WireMockTest`** (fresh JVMs, median)",
                ran
                        ? Optional.of(
                                String.format(Locale.ROOT, "%.0f ms / %.0f ms = %.2f×", dms, wireMock, dms / wireMock))
                        : Optional.empty(),
                Target.atMost(1.3, "≤ 1.3×"),
                dms / wireMock);
        double dmsSpec = facts.number("coldstart", "dmsScenarioSpecMillis").orElse(Double.NaN);
        double wireMockSpec = facts.number("coldstart", "wireMockSpecMillis").orElse(Double.NaN);
        row(
                "**Cold start: first Spock `@DmsScenario` spec / plain Spock spec with WireMock** (fresh JVMs,"
                        + " median)",
                Double.isNaN(dmsSpec) || Double.isNaN(wireMockSpec)
                        ? Optional.empty()
                        : Optional.of(String.format(
                                Locale.ROOT,
                                "%.0f ms / %.0f ms = %.2f×",
                                dmsSpec,
                                wireMockSpec,
                                dmsSpec / wireMockSpec)),
                Target.atMost(1.3, "≤ 1.3×"),
                dmsSpec / wireMockSpec);
        row(
                "**Standalone server ready** (`./dms-testkit serve`, with its class-data archive: process start"
                        + " to the listening line, median)",
                Double.isNaN(server) ? Optional.empty() : Optional.of(String.format(Locale.ROOT, "%.0f ms", server)),
                Target.below(1000, "< 1 s"),
                server);
        double plain = facts.number("coldstart", "serverPlainJavaMillis").orElse(Double.NaN);
        row(
                "Standalone server ready, `java -jar dms-testkit-server.jar` (no archive; for comparison)",
                Double.isNaN(plain) ? Optional.empty() : Optional.of(String.format(Locale.ROOT, "%.0f ms", plain)),
                Target.NONE,
                plain);
    }

    /** All threads' SDK calls per second, from the secondary result {@code calls} (time per call and thread). */
    private static double callsPerSecond(Optional<JmhResult> result) {
        return result.flatMap(r -> Optional.ofNullable(r.secondary().get("calls"))
                        .map(calls -> r.threads() * 1000 / calls.millis()))
                .orElse(Double.NaN);
    }

    private void explorationRow() {
        Optional<JmhResult> space = result("ExplorationBenchmark.wholeSingleFaultSpace");
        double runs = facts.number("exploration", "runs").orElse(Double.NaN);
        infoRow(
                "Exploring the orchestrator's main test (all catalogue faults, single faults, in-process)"
                        + " — `ExplorationBenchmark`",
                space.map(r -> timed(r) + " for the whole space"
                        + (Double.isNaN(runs)
                                ? ""
                                : String.format(
                                        Locale.ROOT,
                                        ", %.0f runs (%.0f runs/s on %.0f threads)",
                                        runs,
                                        runs * 1000 / r.primary().millis(),
                                        facts.number("exploration", "threads").orElse(Double.NaN)))));
    }

    /**
     * The HTML reports of issue 16 in headless Chromium ({@code ReportRender}): median render time and file
     * size against both targets; "not measured" without Chromium (the harness then writes no facts).
     */
    private void reportRenderRows() {
        reportRenderRow("**HTML report of 200 scenarios in a browser**", "scenarios");
        reportRenderRow("**HTML report of a simulated day of polling** (5,760 describes) **in a browser**", "day");
    }

    private void reportRenderRow(String measure, String name) {
        double render = facts.number("report", name + "RenderMillis").orElse(Double.NaN);
        double megabytes = facts.number("report", name + "Bytes").orElse(Double.NaN) / MB;
        double loads = facts.number("report", "loads").orElse(Double.NaN);
        Target target = new Target("< 2 s, < 5 MB", ratio -> ratio < 1);
        String label = measure + " (headless Chromium, median of "
                + (Double.isNaN(loads) ? "5" : String.format(Locale.ROOT, "%.0f", loads)) + " loads) — `ReportRender`";
        if (Double.isNaN(render)) {
            rows.add("| " + label + " | not measured (no Chromium) | " + target.text() + " |  |");
            return;
        }
        row(
                label,
                Optional.of(String.format(Locale.ROOT, "%s · %.1f MB", millis(render), megabytes)),
                target,
                Math.max(render / 2000, megabytes / 5));
    }

    /** A row that informs, without a target or a verdict. */
    private void infoRow(String measure, Optional<String> figure) {
        row(measure, figure, Target.NONE, 0);
    }

    private void row(String measure, Optional<String> figure, Target target, double value) {
        rows.add("| " + measure + " | " + figure.orElse("not run") + " | " + target.text() + " | "
                + (figure.isPresent() ? target.verdict(value) : "") + " |");
    }

    private Optional<JmhResult> result(String shortName) {
        return results.stream().filter(r -> r.shortName().equals(shortName)).findFirst();
    }

    private static String timed(JmhResult result) {
        double error = result.primary().errorMillis();
        String score = millis(result.primary().millis());
        return Double.isFinite(error) ? score + " ± " + millis(error).replace(" ms", "") + " ms" : score;
    }

    private static String millis(double millis) {
        if (millis >= 100) {
            return String.format(Locale.ROOT, "%.0f ms", millis);
        }
        if (millis >= 1) {
            return String.format(Locale.ROOT, "%.2f ms", millis);
        }
        return String.format(Locale.ROOT, "%.3f ms", millis);
    }

    private String machineLine() {
        String load = machine.loadAverage() < 0
                ? ""
                : String.format(Locale.ROOT, " · load average at start %.2f", machine.loadAverage());
        return "Run: " + machine.run() + " · " + machine.date() + " · " + machine.cores() + " cores · " + machine.jdk()
                + load + ".";
    }
}
