package io.dmstestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmstestkit.simulator.SimulatedClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The standalone server driven by a second, independent SDK: boto3 (the AWS SDK for Python, with its own
 * models, waiters, paginators and error parsing) runs {@code src/test/python/botocore_check.py}, which
 * passes through every DMS waiter botocore knows — the schema-conversion ones that SDK for Java 2.42.1
 * lacks included — reaches failure acceptors, and pages through every paginator. Skipped, with one line
 * saying how to enable it, where {@code python3} with boto3 is not installed.
 */
class BotocoreClientAcceptanceTest {

    private static final Path SCRIPT = Path.of("src/test/python/botocore_check.py");
    private static final AtomicBoolean SAID_SKIPPED = new AtomicBoolean();

    @Test
    void boto3_passes_every_waiter_and_paginator() throws Exception {
        assumeBoto3();
        try (DmsServer server =
                DmsServer.builder().clock(SimulatedClock.manual()).start()) {
            Process python = new ProcessBuilder(
                            "python3", SCRIPT.toString(), server.baseUri().toString())
                    .redirectErrorStream(true)
                    .start();
            boolean finished = python.waitFor(5, TimeUnit.MINUTES);
            if (!finished) {
                python.destroyForcibly();
            }
            String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(finished)
                    .as("boto3 check finished within 5 minutes:%n%s", output)
                    .isTrue();
            assertThat(python.exitValue())
                    .as("boto3 check failures:%n%s", output)
                    .isZero();
            assertThat(output)
                    .contains("metadata_model_exported_to_target", "metadata_model_creation_cancelled")
                    .contains("16 paginators")
                    .contains("failures: 0");
        }
    }

    private static void assumeBoto3() throws InterruptedException {
        boolean present;
        try {
            Process probe = new ProcessBuilder(List.of("python3", "-c", "import boto3"))
                    .redirectErrorStream(true)
                    .start();
            present = probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException noPython) {
            present = false;
        }
        if (!present && SAID_SKIPPED.compareAndSet(false, true)) {
            System.out.println("[dms-testkit] boto3 client test skipped (BotocoreClientAcceptanceTest): python3 with"
                    + " boto3 not found; enable it with: pip install boto3");
        }
        Assumptions.assumeTrue(present, "python3 with boto3 not installed");
    }
}
