package io.dmstestkit.benchmarks.coldstart;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apiguardian.api.API;

/**
 * Cold start, measured in fresh JVMs (issue 18, goal 3): the first {@code @DmsScenario} test of a JVM
 * ({@link FirstDmsScenarioTest}) against a plain {@code @WireMockTest} class doing one stubbed call
 * ({@link PlainWireMockTest}), each run by the JUnit Platform launcher ({@link RunOneTestClass}) from JVM
 * start to exit; and the standalone server ({@code ServerCommand}) from JVM start to its "listening" line.
 * The kinds take turns, so a busy machine slows them alike; the medians go to {@code coldstart.json}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.dmstestkit.benchmarks.coldstart.ColdStart 5 benchmarks/results/facts
 * }</pre>
 */
@API(status = API.Status.INTERNAL)
public final class ColdStart {

    private static final String LISTENING = "dms-testkit server listening on";
    private static final long TIMEOUT_SECONDS = 120;

    private ColdStart() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path facts = args.length > 1 ? Path.of(args[1]) : null;
        List<Long> dms = new ArrayList<>();
        List<Long> wireMock = new ArrayList<>();
        List<Long> server = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            dms.add(testClass(FirstDmsScenarioTest.class));
            wireMock.add(testClass(PlainWireMockTest.class));
            server.add(serverReady());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("runs", runs);
        result.put("dmsScenarioMillis", median(dms));
        result.put("wireMockTestMillis", median(wireMock));
        result.put("serverReadyMillis", median(server));
        result.put("dmsScenarioAllMillis", dms);
        result.put("wireMockTestAllMillis", wireMock);
        result.put("serverReadyAllMillis", server);
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result);
        System.out.println("[coldstart] " + json);
        if (facts != null) {
            Files.createDirectories(facts);
            Files.writeString(facts.resolve("coldstart.json"), json, StandardCharsets.UTF_8);
        }
    }

    /** Milliseconds from starting a JVM that runs {@code testClass} to its exit; throws when a test failed. */
    private static long testClass(Class<?> testClass) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = java(RunOneTestClass.class.getName(), testClass.getName())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(testClass.getSimpleName() + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(testClass.getSimpleName() + " failed (exit " + process.exitValue() + ")");
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** Milliseconds from starting the standalone server's JVM to its "listening" line; then stops it. */
    private static long serverReady() throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = java("io.dmstestkit.wiremock.ServerCommand", "--port", "0")
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(LISTENING)) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                }
            }
            throw new IllegalStateException("the server exited without listening (exit " + process.waitFor() + ")");
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static ProcessBuilder java(String... mainAndArgs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        // Absolute: the child runs in the temporary directory, so that no test reads this working tree.
        command.add(
                java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                        .map(entry -> Path.of(entry).toAbsolutePath().toString())
                        .collect(java.util.stream.Collectors.joining(File.pathSeparator)));
        command.addAll(List.of(mainAndArgs));
        return new ProcessBuilder(command).directory(new File(System.getProperty("java.io.tmpdir")));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
