package io.dmstestkit.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Turns a JMH JSON result file and the benchmarks' published facts into the results table of
 * {@code BENCHMARKS.md}, rewriting only the part between the result markers. {@code benchmarks/run.sh}
 * calls it after JMH.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.dmstestkit.benchmarks.report.ReportWriter \
 *     --results benchmarks/results/latest.json --facts benchmarks/results/facts \
 *     --markdown BENCHMARKS.md --cores "$(nproc)" --jdk "$(java -version 2>&1 | head -1)" --run quick
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
@Command(
        name = "report-writer",
        mixinStandardHelpOptions = true,
        description = "Rewrites the benchmark results table in a Markdown file from JMH's JSON output.")
public final class ReportWriter implements Callable<Integer> {

    @Option(names = "--results", required = true, description = "JMH JSON output (-rf json -rff <file>).")
    Path results;

    @Option(names = "--facts", description = "Directory of facts the benchmarks published (<name>.json).")
    Path facts;

    @Option(names = "--markdown", required = true, description = "The Markdown file whose table to rewrite.")
    Path markdown;

    @Option(names = "--cores", description = "Processors of the machine (nproc). Default: what the JVM sees.")
    int cores = Runtime.getRuntime().availableProcessors();

    @Option(names = "--jdk", description = "The JDK, e.g. the first line of java -version. Default: from JMH.")
    String jdk;

    @Option(names = "--run", defaultValue = "full", description = "What kind of run it was, with its options.")
    String run;

    @Option(names = "--load", defaultValue = "-1", description = "1-minute load average when the run started.")
    double load;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ReportWriter()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        List<JmhResult> parsed = new ArrayList<>();
        json.forEach(node -> parsed.add(JmhResult.of(node)));
        Machine machine = new Machine(cores, jdk != null ? jdk : jdkOf(json), now(), run, load);
        String table = new ResultsTable(parsed, facts == null ? Facts.none() : Facts.read(facts), machine).markdown();
        String document = Files.exists(markdown) ? Files.readString(markdown, StandardCharsets.UTF_8) : "";
        Files.writeString(markdown, MarkedSection.RESULTS.replace(document, table), StandardCharsets.UTF_8);
        System.out.println(table);
        return 0;
    }

    private static String jdkOf(JsonNode json) {
        JsonNode first = json.path(0);
        return first.path("vmName").asText("JVM") + " "
                + first.path("jdkVersion").asText("?");
    }

    private static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    }
}
