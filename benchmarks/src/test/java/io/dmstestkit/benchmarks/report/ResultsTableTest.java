package io.dmstestkit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsTableTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PACKAGE = "io.dmstestkit.benchmarks.";

    private final ArrayNode jmh = JSON.createArrayNode();

    @Test
    void should_derive_the_ratio_and_the_time_per_call_and_check_them_against_the_targets() {
        cpu(result("LifecycleBenchmark.simulatorOverHttp", 1, 3.0, "ms/op"), 6.0);
        cpu(result("LifecycleBenchmark.staticWireMockFloor", 1, 2.5, "ms/op"), 4.0);
        result("LifecycleBenchmark.simulatorInProcess", 1, 1900.0, "us/op");
        result("LifecycleBenchmark.bareJettyFloor", 1, 2.0, "ms/op");
        result("LifecycleBenchmark.cannedSdkFloor", 1, 1.0, "ms/op");
        Facts facts = new Facts(Map.of("lifecycle", JSON.createObjectNode().put("callsPerLifecycle", 19)));

        String table = table(facts, 2, 0.5);

        assertThat(table)
                .contains("| **Over HTTP / static floor** | 1.20× (CPU time: 1.50×) | ≤ 1.0× | ❌ missed |")
                .contains("| **In-process / SDK limit** | 1.90× | ≤ 2.0× | ✅ met |")
                .contains("| over HTTP 1.50× · static WireMock 1.25× |")
                .contains("| in-process 1.90× · over HTTP 3.00× · static WireMock 2.50× · bare Jetty 2.00× |")
                .contains("| **In-process time per call** (lifecycle ÷ calls) | 0.100 ms | ≤ 0.2 ms | ✅ met |")
                .contains("| 3.00 ms (19 SDK calls) · CPU 6.00 ms |")
                .contains(
                        "| **A simulated day** (5,760 describes, in-process) — `VirtualDayBenchmark` | not run | < 1 s |  |")
                .doesNotContain("machine was busy");
    }

    @Test
    void should_mark_missed_targets_parallel_errors_and_a_busy_machine() {
        result("VirtualDayBenchmark.simulatedDay", 1, 1.5, "s/op");
        ObjectNode parallel = result("ParallelBenchmark.parallelLifecycles", 8, 40.0, "ms/op");
        ObjectNode secondary = parallel.putObject("secondaryMetrics");
        secondary.putObject("errors").put("score", 3.0).put("scoreUnit", "#");
        secondary.putObject("calls").put("score", 2.0).put("scoreUnit", "ms/op");
        result("ParallelBenchmark.singleThreadLifecycles", 1, 10.0, "ms/op")
                .putObject("secondaryMetrics")
                .putObject("calls")
                .put("score", 0.5)
                .put("scoreUnit", "ms/op");
        Facts facts = new Facts(Map.of(
                "scale",
                JSON.createObjectNode()
                        .put("retainedHeapBytes", 300L * 1024 * 1024)
                        .put("retainedHeapBytesWithoutJournal", 200L * 1024 * 1024)));

        String table = table(facts, 2, 4.2);

        assertThat(table)
                .contains("| 1500 ms | < 1 s | ❌ missed |")
                .contains(
                        "| **Heap retained by 10,000 configs** | 300.0 MB (200.0 MB without the call journal) | < 256 MB | ❌ missed |")
                .contains("| **Errors under the parallel benchmark** | 3 | 0 | ❌ missed |")
                .contains("8 threads (200 lifecycles/s)")
                .contains("| 4,000 calls/s · 1 thread 2,000 calls/s · ratio 2.00× | ≥ 5,000 calls/s | ❌ missed |")
                .contains("load average 4.20 on 2 cores");
    }

    @Test
    void should_give_the_exploration_space_wall_time_and_runs_per_second() {
        result("ExplorationBenchmark.wholeSingleFaultSpace", 1, 2.0, "s/op");
        Facts facts = new Facts(
                Map.of("exploration", JSON.createObjectNode().put("runs", 300).put("threads", 2)));

        String table = table(facts, 2, 0.5);

        assertThat(table)
                .contains(
                        "— `ExplorationBenchmark` | 2000 ms for the whole space, 300 runs (150 runs/s on 2 threads) |");
    }

    @Test
    void should_check_the_render_time_and_size_of_the_html_reports_against_both_targets() {
        Facts facts = new Facts(Map.of(
                "report",
                JSON.createObjectNode()
                        .put("loads", 5)
                        .put("scenariosRenderMillis", 423)
                        .put("scenariosBytes", 3 * 1024 * 1024)
                        .put("dayRenderMillis", 2100)
                        .put("dayBytes", 60 * 1024)));

        String table = table(facts, 2, 0.5);

        assertThat(table)
                .contains("| **HTML report of 200 scenarios in a browser** (headless Chromium, median of 5 loads)"
                        + " — `ReportRender` | 423 ms · 3.0 MB | < 2 s, < 5 MB | ✅ met |")
                .contains("(5,760 describes) **in a browser** (headless Chromium, median of 5 loads) — `ReportRender`"
                        + " | 2100 ms · 0.1 MB | < 2 s, < 5 MB | ❌ missed |");
    }

    @Test
    void should_say_the_html_reports_were_not_measured_without_chromium() {
        String table = table(Facts.none(), 2, 0.5);

        assertThat(table)
                .contains("| **HTML report of 200 scenarios in a browser** (headless Chromium, median of 5 loads)"
                        + " — `ReportRender` | not measured (no Chromium) | < 2 s, < 5 MB |  |");
    }

    private ObjectNode result(String benchmark, int threads, double score, String unit) {
        ObjectNode node = jmh.addObject().put("benchmark", PACKAGE + benchmark).put("threads", threads);
        node.putObject("primaryMetric")
                .put("score", score)
                .put("scoreError", "NaN")
                .put("scoreUnit", unit);
        return node;
    }

    private static void cpu(ObjectNode result, double millis) {
        result.putObject("secondaryMetrics")
                .putObject("cpu.process")
                .put("score", millis)
                .put("scoreUnit", "ms/op");
    }

    private String table(Facts facts, int cores, double load) {
        List<JmhResult> results = new ArrayList<>();
        for (JsonNode node : jmh) {
            results.add(JmhResult.of(node));
        }
        Machine machine = new Machine(cores, "openjdk version \"17\"", "2026-01-01 00:00 UTC", "quick", load);
        return new ResultsTable(results, facts, machine).markdown();
    }
}
