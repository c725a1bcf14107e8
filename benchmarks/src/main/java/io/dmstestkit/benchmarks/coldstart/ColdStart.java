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
 * ({@link PlainWireMockTest}), and the same for Spock ({@code FirstDmsScenarioSpec} against
 * {@code PlainWireMockSpec}), each run by the JUnit Platform launcher ({@link RunOneTestClass}) from JVM
 * start to exit; and the standalone server from process start to its "listening" line, as a user starts
 * it: {@code ./dms-testkit serve --port 0} (with the class-data archive the launcher records on its first
 * serve, which an unmeasured first round makes and times) and {@code java -jar dms-testkit-server.jar}.
 * The kinds take turns, so a busy machine slows them alike; the medians go to {@code coldstart.json}.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.dmstestkit.benchmarks.coldstart.ColdStart 5 benchmarks/results/facts .
 * }</pre>
 *
 * <p>The third argument, the project's root, finds the launcher and the server jar; without it (or when
 * they are missing) the server is started from this class path, as {@code java -cp ... ServerCommand}.
 */
@API(status = API.Status.INTERNAL)
public final class ColdStart {

    private static final String LISTENING = "dms-testkit server listening on";
    private static final long TIMEOUT_SECONDS = 120;
    /** The launcher's first serve may compile the command line first (a minute or more when busy). */
    private static final long FIRST_SERVE_TIMEOUT_SECONDS = 900;

    private static final String FIRST_SPEC = "io.dmstestkit.benchmarks.coldstart.FirstDmsScenarioSpec";
    private static final String PLAIN_SPEC = "io.dmstestkit.benchmarks.coldstart.PlainWireMockSpec";

    private ColdStart() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path facts = args.length > 1 ? Path.of(args[1]) : null;
        Path root = args.length > 2 ? Path.of(args[2]).toAbsolutePath().normalize() : null;
        List<String> launcher = root != null && Files.isExecutable(root.resolve("dms-testkit"))
                ? List.of(root.resolve("dms-testkit").toString(), "serve", "--port", "0")
                : null;
        Path serverJar = root == null ? null : root.resolve("wiremock-stubs/target/dms-testkit-server.jar");
        List<String> plainServer = serverJar != null && Files.isRegularFile(serverJar)
                ? javaCommand("-jar", serverJar.toString(), "--port", "0")
                : javaCommand("-cp", classPath(), "io.dmstestkit.wiremock.ServerCommand", "--port", "0");
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("runs", runs);
        if (launcher != null) {
            // The first serve of a build compiles (when needed) and records the class-data archive.
            result.put("serverFirstServeMillis", serverReady(launcher, FIRST_SERVE_TIMEOUT_SECONDS));
        }
        List<Long> dms = new ArrayList<>();
        List<Long> wireMock = new ArrayList<>();
        List<Long> dmsSpec = new ArrayList<>();
        List<Long> wireMockSpec = new ArrayList<>();
        List<Long> server = new ArrayList<>();
        List<Long> serverPlain = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            dms.add(testClass(FirstDmsScenarioTest.class.getName()));
            wireMock.add(testClass(PlainWireMockTest.class.getName()));
            dmsSpec.add(testClass(FIRST_SPEC));
            wireMockSpec.add(testClass(PLAIN_SPEC));
            if (launcher != null) {
                server.add(serverReady(launcher, TIMEOUT_SECONDS));
            }
            serverPlain.add(serverReady(plainServer, TIMEOUT_SECONDS));
        }
        result.put("dmsScenarioMillis", median(dms));
        result.put("wireMockTestMillis", median(wireMock));
        result.put("dmsScenarioSpecMillis", median(dmsSpec));
        result.put("wireMockSpecMillis", median(wireMockSpec));
        // The standalone server as `./dms-testkit serve` starts it, or (without the launcher) as java -jar.
        result.put("serverReadyMillis", median(launcher != null ? server : serverPlain));
        result.put("serverPlainJavaMillis", median(serverPlain));
        result.put("serverReadyCommand", String.join(" ", launcher != null ? launcher : plainServer));
        result.put("dmsScenarioAllMillis", dms);
        result.put("wireMockTestAllMillis", wireMock);
        result.put("dmsScenarioSpecAllMillis", dmsSpec);
        result.put("wireMockSpecAllMillis", wireMockSpec);
        result.put("serverReadyAllMillis", launcher != null ? server : serverPlain);
        result.put("serverPlainJavaAllMillis", serverPlain);
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result);
        System.out.println("[coldstart] " + json);
        if (facts != null) {
            Files.createDirectories(facts);
            Files.writeString(facts.resolve("coldstart.json"), json, StandardCharsets.UTF_8);
        }
    }

    /** Milliseconds from starting a JVM that runs {@code testClass} to its exit; throws when a test failed. */
    private static long testClass(String testClass) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = process(javaCommand("-cp", classPath(), RunOneTestClass.class.getName(), testClass))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(testClass + " did not finish in " + TIMEOUT_SECONDS + " s");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(testClass + " failed (exit " + process.exitValue() + ")");
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }

    /** Milliseconds from starting the standalone server's process to its "listening" line; then stops it. */
    private static long serverReady(List<String> command, long timeoutSeconds)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process process = process(command).redirectErrorStream(true).start();
        // A stalled server must not hang the run: stop it after the timeout (its output then ends).
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(LISTENING)) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                }
            }
            throw new IllegalStateException(
                    String.join(" ", command) + " exited without listening (exit " + process.waitFor() + ")");
        } finally {
            watchdog.interrupt();
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static List<String> javaCommand(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** This JVM's class path, absolute: the child runs in the temporary directory. */
    private static String classPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(File.pathSeparator));
    }

    /** In the temporary directory, so that no test reads this working tree. */
    private static ProcessBuilder process(List<String> command) {
        return new ProcessBuilder(command).directory(new File(System.getProperty("java.io.tmpdir")));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
