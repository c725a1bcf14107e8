package com.example.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The standalone server jar, copied to target/ by the build (see pom.xml), starts as {@code java -jar}:
 * what a non-JVM team (JS, Python, the AWS CLI) runs next to its tests.
 */
class StandaloneServerTest {

    @Test
    void the_server_jar_runs() throws IOException, InterruptedException {
        Path jar = Path.of("target", "dms-testkit-server.jar");
        assertTrue(Files.isRegularFile(jar), "copied by maven-dependency-plugin: " + jar.toAbsolutePath());

        Process server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        jar.toString(),
                        "--version")
                .redirectErrorStream(true)
                .start();
        String output = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(server.waitFor(60, TimeUnit.SECONDS), "java -jar dms-testkit-server.jar --version did not exit");
        assertEquals(0, server.exitValue(), output);
        assertTrue(output.contains("dms-testkit"), output);
    }
}
